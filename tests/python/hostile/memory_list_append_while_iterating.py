# revlab: used more than | ran more than
# python: the loop never reaches the end of a list it keeps extending; memory grows until exhausted
items = [1]
for x in items:
    items.append(x)
