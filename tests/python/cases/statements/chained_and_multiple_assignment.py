# Chained assignment binds the same object to all targets; evaluation goes right to left.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
first = second = "text".upper()
print(first, second)
values = [0, 0, 0]
i = 0
i = values[i] = 2
print(i, values)
d = {}
d["a"] = d["b"] = len(d)
print(d)
p, q = r = (1, 2)
print(p, q, r)
