# revlab: maximum recursion depth exceeded | ran more than
# python: RecursionError: maximum recursion depth exceeded in comparison
a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
print(a == b)
