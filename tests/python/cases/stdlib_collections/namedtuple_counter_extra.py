# namedtuple options (rename, defaults, module) and errors; Counter comparisons and in-place ops; deque extras.
from collections import namedtuple, Counter, deque, OrderedDict, ChainMap, UserDict, UserList
P = namedtuple("P", "x, y", defaults=(0,))
print(P(1), P(1, 2)._replace(y=5), P._field_defaults, P.__doc__, P(1, 2).__getnewargs__())
R = namedtuple("R", ["a", "def", "a", "_b"], rename=True)
print(R._fields)
for bad in [("Bad", "x _y"), ("Bad", "x x"), ("class", "x"), ("Ok", "1x")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    P(1, 2)._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c <= c + d, c < d, c >= Counter(a=1), c.total())
c += d
print(c)
c -= Counter(a=10)
print(c, Counter("aab") | Counter("bcc"), Counter("aab") & Counter("abb"))
q = deque([1, 2, 3], maxlen=3)
q.appendleft(0)
print(q, q.maxlen, q * 2, q + deque([9]), 2 in q, q.index(2), list(reversed(q)))
q.insert(1, 5) if len(q) < 3 else print("full")
u = UserDict(a=1)
u["b"] = 2
print(u, len(u), sorted(u), UserList([3, 1, 2]) + [4], ChainMap({"a": 1}, {"a": 2, "b": 3}).parents)
