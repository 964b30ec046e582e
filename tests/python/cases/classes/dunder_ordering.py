# __lt__ and friends: sorted(), min/max, and reflected comparisons.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9", "1.2.0"]]
print(sorted(vs), min(vs), max(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"), Version("1.0") == Version("1.0"))
print(sorted(vs, reverse=True))
import functools
@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Rank(1) <= Rank(2), Rank(3) >= Rank(2), Rank(1) > Rank(1), Rank(2) >= Rank(2))
