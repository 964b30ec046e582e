# dicts keep insertion order; updating a key keeps its place; deleting and re-adding moves it last.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 99
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
print({3: "c", 1: "a", 2: "b"}, {1: "a", 1.0: "b", True: "c"})
print(dict(zip("cab", range(3))), dict([("y", 1), ("x", 2)]), dict(b=1, a=2))
print(sorted(d.items()), sorted(d, key=d.get), max(d, key=lambda k: d[k]))
print(list(reversed(d)), list(reversed(d.items()))[0])
print(next(iter(d)), list(d.values())[-1])
