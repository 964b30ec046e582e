# Tuple and list targets, swapping, and unpacking any iterable.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, second, third = range(3)
print(first, second, third)
k1, k2 = {"key1": 1, "key2": 2}
print(k1, k2)
n1, n2 = (n * 10 for n in (1, 2))
print(n1, n2)
i = 0
items = [0, 0]
i, items[i] = 1, 5
print(i, items)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
