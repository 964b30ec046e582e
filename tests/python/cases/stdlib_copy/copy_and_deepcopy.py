# copy.copy shares the inner objects, copy.deepcopy copies them, keeping shared references shared.
import copy
inner = [1, 2]
outer = {"a": inner, "b": inner, "t": (inner, 3), "s": {1, 2}}
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow["a"] is inner, deep["a"] is inner, deep["a"] is deep["b"], deep["t"][0] is deep["a"], deep == outer)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class Row:
    def __init__(self, values):
        self.values = values
        self.meta = {"dirty": False}
r = Row([1, 2, 3])
r2 = copy.copy(r)
r3 = copy.deepcopy(r)
print(r2.values is r.values, r3.values is r.values, r3.values == r.values, type(r3).__name__, r3.meta)
class Custom:
    def __init__(self):
        self.n = 1
    def __copy__(self):
        c = Custom()
        c.n = 100
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.n = 200
        return c
print(copy.copy(Custom()).n, copy.deepcopy(Custom()).n, copy.deepcopy([Custom()])[0].n)
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy("text"), copy.copy(None), copy.deepcopy(3.5), copy.copy(len) is len)
from collections import OrderedDict, namedtuple, defaultdict
P = namedtuple("P", "x y")
print(copy.deepcopy(P([1], 2)), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, {"k": [1]})))
