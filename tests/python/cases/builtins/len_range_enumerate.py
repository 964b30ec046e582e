# len() of every container kind; enumerate with start; range in loops.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(b"xy"), len(range(10)), len(""))
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)))
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(len(range(0, 100, 7)), len(range(10, 0)), len(range(5, -5, -2)))
print(dict(enumerate("ab")), [i * c for i, c in enumerate("abc")])
