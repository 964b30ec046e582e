# CPython's iteration order of a set of small non-negative ints is ascending (ints hash to themselves).
print({3, 1, 2})
print({10, 5, 0, 7})
print(set([4, 4, 2, 8]))
print(list({9, 3, 6}))
print({1, 2} | {0})
print(frozenset({2, 1}))
