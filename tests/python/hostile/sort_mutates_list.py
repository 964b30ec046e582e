# revlab: list modified during sort
# python: ValueError: list modified during sort (the key empties the list while it is being sorted)
items = list(range(100))
def key(v):
    items.append(v)
    return v
items.sort(key=key)
