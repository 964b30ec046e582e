# map and filter are lazy; map with several iterables; filter(None, ...) drops falsy items.
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda n: n % 2, range(10))))
m = map(int, ["1", "2", "3"])
print(type(m).__name__, next(m), list(m), list(m))
print(sum(map(int, "12345")), ",".join(map(str, range(4))), dict(map(lambda k: (k, len(k)), ["ab", "c"])))
print(sorted(filter(lambda w: len(w) > 2, "a bb ccc dddd".split()), reverse=True))
