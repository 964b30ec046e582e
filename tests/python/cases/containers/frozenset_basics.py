# frozenset: immutable and hashable; mixes with set in operations.
fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, type(fs).__name__)
print(fs == {1, 2, 3}, sorted(fs | {4}), type(fs | {4}).__name__, type({4} | fs).__name__)
print(sorted(fs & {1, 9}), sorted(fs - {1}), fs.issubset({1, 2, 3, 4}))
d = {fs: "frozen", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(frozenset(), repr(frozenset()), hash(frozenset()) == hash(frozenset()))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
