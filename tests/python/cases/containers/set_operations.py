# Set algebra on ints (printed sorted) and the set methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3])), sorted(a.difference({1})), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (5,))
print(sorted(s), len(s), 3 in s, 7 not in s)
s.discard(99)
s.discard(1)
s.remove(2)
print(sorted(s))
s |= {10}
s &= {3, 5, 10, 11}
s -= {5}
s ^= {3, 4}
print(sorted(s))
print(set("hello") == set("olleh"), sorted(set("mississippi")), len(set([1, 1.0, True])))
t = s.copy()
t.clear()
print(sorted(s), t, set(), type(set()).__name__, {1, 2} == {2, 1})
