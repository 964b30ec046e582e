# The constructor builtins: int float bool str list dict set frozenset tuple from various inputs.
print(int(), float(), bool(), str(), list(), dict(), set(), frozenset(), tuple())
print(int("7"), int(7.9), int(True), float("1.5"), float(2), bool(""), bool("False"), str(None))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list({"a": 1}.items()))
print(dict(a=1), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(sorted(set("banana")), sorted(frozenset([3, 1])), tuple([1, 2]), tuple("xy"))
print(list(map(int, "123")), [float(x) for x in ["1", "2.5"]], bool([]), bool([[]]))
print(str(1.0), str(10 ** 20), str([None]), repr("a"), str(b"a"), str(("x",)))
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type({}).__name__,
      type(()).__name__, type(set()).__name__, type(None).__name__, type(True).__name__, type(b"").__name__)
print(type(1) is int, type(True) is bool, type(True) == int, type(type) is type)
