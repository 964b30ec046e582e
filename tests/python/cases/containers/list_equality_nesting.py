# Equality and comparison of lists, nesting, and aliasing.
a = [1, [2, 3]]
b = [1, [2, 3]]
c = a
print(a == b, a is b, a is c, a != b)
a[1].append(4)
print(a, b, c)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 99], [] == [], [[]] == [[]])
print([1, 2] + [3], [1, 2] * 2, 2 in [1, 2], [2] in [1, [2]])
shallow = a.copy()
shallow[1].append(5)
shallow[0] = "x"
print(a, shallow)
print(list(reversed(a)), a[-1][-1], len(a), len(a[1]))
