# Nested loops: break leaves only the inner loop; flags and for-else to leave both.
import math

pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        pairs.append((i, j))
print(pairs)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print(found)
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = math.isqrt(c2)
        if c * c == c2 and c < 20:
            print((a, b, c), end=" ")
print()
table = [[r * c for c in range(1, 4)] for r in range(1, 4)]
for line in table:
    print(" ".join(f"{v:2}" for v in line))
