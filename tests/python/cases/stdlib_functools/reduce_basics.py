# functools.reduce with and without an initial value, over numbers, strings and dicts.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: f"({a}+{b})", "abcd"))
merged = reduce(lambda a, b: {**a, **b}, [{"a": 1}, {"b": 2}, {"a": 3}])
print(merged)
print(reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(operator.getitem, ["k", 0], {"k": ["deep"]}))
