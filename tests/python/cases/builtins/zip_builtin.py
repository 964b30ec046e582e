# zip stops at the shortest; strict=True checks lengths; unzipping with zip(*...).
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
names, ages = ["a", "b"], [1, 2]
print(dict(zip(names, ages)), list(zip(*[(1, "x"), (2, "y")])))
print(list(zip(range(3), range(3), strict=True)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
z = zip("ab", [1, 2])
print(next(z), list(z), list(z))
print([a + b for a, b in zip("abc", "xyz")])
