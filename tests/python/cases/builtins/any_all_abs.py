# any/all on empty and non-empty iterables; abs on ints, floats and bools.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, True, 2]))
print(any("abc"), all(""), any({0: "x"}), all({1: 0}))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(2 ** 100)))
print(abs(-7) == 7, type(abs(-7.0)).__name__)
