# Keys compare by value: 1, 1.0 and True are one key; tuples and frozensets are keys, lists are not.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {None: "none", "": "empty", 0: "zero", (): "tuple", frozenset(): "fs", b"": "bytes"}
print(d[None], d[""], d[0], d[()], d[frozenset()], d[b""], d[False], len(d))
key = frozenset({1, 2})
print({key: "set"}[frozenset({2, 1})])
try:
    {[1]: "list"}
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
print({(1, 2): 1, (2, 1): 2}, {-1: "a", -2: "b"})
