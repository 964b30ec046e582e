# An uncaught KeyError shows the repr of the key.
mapping = {"a": 1}
print(mapping["a"])
print(mapping["b c"])
