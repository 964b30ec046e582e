# Dict and set comprehensions (sets printed sorted).
words = ["apple", "Bob", "cat", "apple", "Dog"]
print({w: len(w) for w in words})
print({w.lower(): i for i, w in enumerate(words)})
print(sorted({len(w) for w in words}), sorted({w[0].lower() for w in words}))
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
print({k: v for k, v in zip("abc", range(3)) if v})
swapped = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(swapped)
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({i % 3 for i in range(10)})
