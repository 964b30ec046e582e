# Dict comprehensions: order of insertion, later duplicates win, inverted mappings.
words = ["apple", "bob", "cat", "apple", "dog", "bob"]
first_index = {}
for i, w in enumerate(words):
    first_index.setdefault(w, i)
print(first_index)
last_index = {w: i for i, w in enumerate(words)}
print(last_index)
lengths = {w: len(w) for w in words}
print(lengths)
inverted = {v: k for k, v in lengths.items()}
print(inverted)
print({n: n * n for n in range(5) if n % 2 == 0})
print({k.upper(): v for k, v in sorted(lengths.items(), key=lambda kv: kv[1])})
print(dict((k, v) for k, v in zip("xyz", range(3))))
