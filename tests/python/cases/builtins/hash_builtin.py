# hash() of ints, bools, floats equal to ints, tuples and frozensets is deterministic.
for v in [0, 1, -1, -2, 42, 10 ** 18, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 100]:
    print(v, hash(v))
print(hash(True), hash(False), hash(3.0) == hash(3), hash(0.5), hash(-0.5), hash(1e20) == hash(10 ** 20))
print(hash((1, 2)), hash((2, 1)), hash(()), hash((None,)) == hash((None,)), hash(((1,), 2)))
print(hash(float("inf")), hash(float("-inf")), hash(None) == hash(None))
