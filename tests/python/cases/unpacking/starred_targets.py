# Starred targets collect the rest into a list, at any position.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = [1]
print(a, b)
*all_of_it, = (1, 2)
print(all_of_it)
x, *y, z = 1, 2
print(x, y, z)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
name, *_, ext = "archive.tar.gz".split(".")
print(name, ext)
version, *parts = "2024_01_15_add_users".split("_", 3)
print(version, parts)
