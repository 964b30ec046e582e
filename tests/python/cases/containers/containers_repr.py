# repr of nested containers: quotes, spacing, empty forms.
print([], {}, (), set(), frozenset(), [[]], [()], ({},), {"a": []})
print([1, "two", 3.0, None, True, b"x", (1,), {"k": (1, 2)}])
print({"a": {"b": {"c": [1, {"d": None}]}}})
print([["it's"], ['"']], {'key': "val'ue"}, ("tab\t",))
print(list(range(3)), range(3), range(1, 10, 2), list(range(10, 0, -3)))
print(repr([1.0, -0.0, 1e100, float("inf")]))
print(str([1, "a"]) == repr([1, "a"]))
