# functools.cmp_to_key turns an old-style comparison into a key; total_ordering fills in operators.
from functools import cmp_to_key, total_ordering
def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
print(sorted(["bb", "a", "ccc", "aa", "c"], key=cmp_to_key(by_length_then_reverse_alpha)))
@total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, other):
        return self.t == other.t
    def __lt__(self, other):
        return self.t < other.t
    def __repr__(self):
        return "v" + ".".join(map(str, self.t))
vs = [Version("1.2"), Version("1.10"), Version("1.9.1")]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.99"), Version("1.0") <= Version("1.0"), Version("3") > Version("4"))
