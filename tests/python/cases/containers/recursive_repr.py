# A list or dict that contains itself prints with ... instead of recursing.
xs = [1, 2]
xs.append(xs)
print(xs, len(xs), xs[2] is xs)
d = {"name": "root"}
d["self"] = d
print(d)
a = []
b = [a]
a.append(b)
print(a, b)
print(repr([[], [[]], [[], []]]))
