# revlab: used more than | ran more than
# python: iter(int, 1) never meets its sentinel (int() is always 0): list() grows until memory runs out
items = list(iter(int, 1))
