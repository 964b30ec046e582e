# reduce() of an empty iterable without an initial value raises TypeError.
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2]))
print(reduce(lambda a, b: a + b, []))
