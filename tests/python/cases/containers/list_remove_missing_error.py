# list.remove raises ValueError when the value is absent.
items = [1, 2, 3]
items.remove(2)
print(items)
items.remove(42)
