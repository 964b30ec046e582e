# revlab: ValueError: bad key 3
# python: ValueError: bad key 3 (the key's exception leaves sorted(); the list is untouched)
def key(v):
    if v == 3:
        raise ValueError(f"bad key {v}")
    return -v
items = [5, 1, 4, 3, 2]
try:
    items.sort(key=key)
except ValueError:
    print(items)
sorted(items, key=key)
