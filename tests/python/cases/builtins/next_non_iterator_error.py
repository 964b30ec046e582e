# next() on a list (not an iterator) raises TypeError.
items = [1, 2]
print(next(iter(items)))
print(next(items))
