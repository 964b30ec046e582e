# min/max with several arguments, an iterable, key and default; sum with a start value.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max({"x": 1, "y": 3}, key={"x": 1, "y": 3}.get))
print(min([], default=None), max((), default="empty"), max([2], default=0))
print(max([1, 3, 3, 2], key=lambda n: n // 2), min([(1, "b"), (1, "a")]))
print(max([2, 1, 2]), max(1, 1.0), max(1.0, 1), min(True, 1))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.1, 0.2]), sum(range(101)), sum([[1], [2]], []))
print(sum([1.5, 2.5]), sum((x * x for x in range(4)), start=1), sum([True, True]))
