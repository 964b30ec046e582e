# chain, chain.from_iterable, islice (start/stop/step), count with islice, repeat, cycle with islice.
from itertools import chain, count, cycle, islice, repeat
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 3)), list(islice("abcdef", 1, None)), list(islice([], 5)))
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(repeat("x", 3)), list(islice(repeat(0), 2)), list(islice(cycle("ab"), 5)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
print(list(zip(count(1), "abc")), dict(zip("xyz", count())))
