# Indices and sizes beyond a machine word: Python's messages, and slices that clamp.
items = [1, 2, 3]
print(items[-(2 ** 64):], items[: 2 ** 100], items[2 ** 70 :], "abc"[-(10 ** 30) :])
attempts = [
    lambda: items[2 ** 64],
    lambda: items[-(2 ** 64)],
    lambda: "abc"[10 ** 20],
    lambda: len(range(10 ** 20)),
    lambda: [0] * (2 ** 64),
    lambda: "x" * (2 ** 64),
    lambda: items.pop(2 ** 64),
    lambda: items.insert(2 ** 64, 0) or items,
    lambda: range(10 ** 20)[10 ** 19],
    lambda: range(10 ** 20)[-1],
    lambda: (1).to_bytes(-1, "big"),
    lambda: "x" * -5,
    lambda: [1] * -1,
]
for f in attempts:
    try:
        print("ok:", f())
    except (IndexError, OverflowError, ValueError, MemoryError) as e:
        print(f"{type(e).__name__}: {e}")
class Huge:
    def __len__(self):
        return 10 ** 20
try:
    len(Huge())
except OverflowError as e:
    print("OverflowError:", e)
