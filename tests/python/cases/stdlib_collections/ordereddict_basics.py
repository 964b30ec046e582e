# OrderedDict: repr, move_to_end, popitem(last=...), order-sensitive equality.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od["a"])
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x == dict(y), dict(x) == dict(y), OrderedDict(), OrderedDict(a=1))
print(x | {"c": 3}, type(x | {"c": 3}).__name__, list(reversed(x)))
print(sorted(OrderedDict.fromkeys("cab")), OrderedDict.fromkeys("cab"))
