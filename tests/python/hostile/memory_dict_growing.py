# revlab: used more than | ran more than
# python: the dict grows until memory runs out
table = {}
i = 0
while True:
    table[i] = str(i)
    i += 1
