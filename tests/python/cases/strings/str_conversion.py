# str() and repr() of the basic values, and str of containers using repr of items.
values = [42, -3.5, True, None, "text", b"bytes", [1, "a"], (1,), (), {"k": "v"}, {1}, 1e100, 2 ** 70]
for v in values:
    print(str(v), "|", repr(v))
print(str(), repr(""), str(str), str(int), str(type(None)))
print(str(1) + str(2), int(str(12) * 2))
print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"))
