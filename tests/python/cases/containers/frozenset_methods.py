# frozenset's methods called inside functions and through the class: union & co. return frozensets, copy, predicates
SAFE = frozenset(b"AB")


def quote_set(extra):
    s = SAFE.union(extra)
    return sorted(s), type(s).__name__


def ops():
    f = frozenset([1, 2, 3])
    out = [f.union([4]), f.intersection({2, 3, 9}), f.difference([1]), f.symmetric_difference([3, 4]), f.copy()]
    print([(sorted(x), type(x).__name__) for x in out])
    print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([7]), len(f), 2 in f)
    print(frozenset.union(f, [5]) == {1, 2, 3, 5}, type(frozenset.union(f, [5])).__name__)
    print(sorted(set.union({1}, f)), type(set.union({1}, f)).__name__, sorted({0}.union(f)))
    print(f | {9} == frozenset({1, 2, 3, 9}), type({9} | f).__name__, type(f - {1}).__name__)


print(quote_set(b"/"))
ops()
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError", e)
