# list.index raises ValueError quoting the missing value.
items = ["a", "b"]
print(items.index("b"))
print(items.index("z"))
