# popitem() on an empty dict raises KeyError with its own message.
d = {"only": 1}
print(d.popitem())
print(d.popitem())
