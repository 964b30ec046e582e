# del on names, list items, slices, dict keys and attributes.
x = 1
del x
print("x" in globals())
items = list(range(8))
del items[0]
print(items)
del items[-1]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Obj:
    pass
o = Obj()
o.attr = "value"
o.other = 2
del o.attr
print(hasattr(o, "attr"), vars(o))
a, b, c = 1, 2, 3
del a, b
print("a" in globals(), "b" in globals(), c)
nested = {"k": [1, 2, 3]}
del nested["k"][0]
print(nested)
def f():
    y = 1
    del y
    return "y" in locals()
print(f())
