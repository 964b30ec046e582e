# keys(), values() and items() are live views; keys and items support set operations.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), ("d", 4) in i, "d" in k, 4 in v)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("b", 99)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
for key, value in d.items():
    print(key, value, end=" | ")
print()
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list(k)[1:3], sorted(v, reverse=True))
