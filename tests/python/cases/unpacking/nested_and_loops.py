# Unpacking in for loops: pairs, nested tuples, enumerate, zip, dict items.
points = [(1, 2), (3, 4)]
for x, y in points:
    print(x + y, end=" ")
print()
for i, (x, y) in enumerate(points):
    print(i, x, y)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for name, (lo, hi) in {"age": (0, 120), "score": (0, 100)}.items():
    print(name, lo, hi)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
pairs = list(zip("abc", [1, 2, 3]))
letters, numbers = zip(*pairs)
print(pairs, letters, numbers)
