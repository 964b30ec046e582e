# Nested comprehensions: matrices, flattening, grouping, cartesian products with filters.
rows, cols = 3, 4
grid = [[r * cols + c for c in range(cols)] for r in range(rows)]
print(grid)
print([[row[c] for row in grid] for c in range(cols)])
print([v for row in grid for v in row if v % 5 == 0])
words = ["one", "two", "three", "four", "five"]
by_len = {n: [w for w in words if len(w) == n] for n in sorted({len(w) for w in words})}
print(by_len)
print([(a, b) for a in "xy" for b in (1, 2) if (a, b) != ("y", 1)])
print(sum(sum(row) for row in grid), max(max(row) for row in grid))
print(["".join(p) for p in [[c for c in w if c not in "aeiou"] for w in words]])
