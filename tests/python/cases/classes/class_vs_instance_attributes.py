# Class attributes are shared until an instance assigns its own; mutable class attributes are shared.
class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.own = []
a, b = Counter(), Counter()
print(Counter.total, a.total, b.total)
a.total = 100
print(Counter.total, a.total, b.total, "total" in vars(a), "total" in vars(b))
a.shared.append("from a")
print(b.shared, Counter.shared)
a.own.append(1)
print(a.own, b.own)
del a.total
print(a.total)
Counter.total = 7
print(a.total, b.total)
class Limits:
    MAX_LEN = 255
    DEFAULT = MAX_LEN // 5
    NAMES = ("a", "b")
    PAIRS = {n: i for i, n in enumerate(NAMES)}
print(Limits.MAX_LEN, Limits.DEFAULT, Limits.PAIRS, Limits().MAX_LEN)
