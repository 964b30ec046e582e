# Tuples of hashables are hashable: dict keys and set members; equal tuples hash alike.
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid[(2, 1)], grid[2, 0], (1, 1) in grid, (5, 5) in grid, len(grid))
print(sorted(grid)[:3])
seen = set()
for pair in [(1, 2), (2, 1), (1, 2), (1, 2.0), (True, 2)]:
    seen.add(pair)
print(sorted(seen), len(seen))
print(hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()), (1, 2) == (1.0, 2))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1, -2)), hash(((1, 2), 3)))
print(hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.0), hash(None) == hash(None))
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
