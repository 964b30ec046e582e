# itertools objects are lazy iterators: they pull from their inputs only when asked, as Python's do.
from itertools import islice, groupby, tee, chain, count, cycle, repeat, zip_longest, accumulate
it = iter(range(10))
list(islice(it, 2, 5))
print(next(it))
it = iter(range(10))
list(islice(it, 2, 8, 3))
print(next(it))
g = groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
a, b, c = tee(iter([1, 2, 3]), 3)
print(next(a), list(b), list(a), list(c))
seen = []
class Values:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= 5:
            raise StopIteration
        seen.append(self.i)
        self.i += 1
        return self.i - 1
chained = chain(Values(), [99])
print(next(chained), seen, list(islice(chained, 2)), seen)
print(repr(count(3)), repr(count(1, 2)), repr(repeat(1, 2)), list(cycle([])), list(zip_longest([1], [], [2, 3])))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(islice(count(), 0)))
try:
    islice([], -1)
except ValueError as e:
    print("ValueError:", e)
