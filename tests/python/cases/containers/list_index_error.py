# Indexing a list past its end raises IndexError.
items = ["a", "b", "c"]
print(items[2], items[-3])
print(items[3])
