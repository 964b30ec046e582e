# revlab: maximum recursion depth exceeded | ran more than
# python: RecursionError: maximum recursion depth exceeded while getting the repr of an object
x = []
for _ in range(100000):
    x = [x]
print(repr(x))
