# revlab: used more than
# python: the string doubles each turn until MemoryError
s = "x"
while True:
    s += s
