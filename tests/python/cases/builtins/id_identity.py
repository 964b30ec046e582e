# id() only compared: the same object has one id while alive; distinct live objects differ.
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
def same(x, y):
    return id(x) == id(y)
print(same(a, b), same(a, c), same(None, None), same(True, True))
objs = [object() for _ in range(3)]
print(len({id(o) for o in objs}))
print(type(id(a)).__name__, id(a) == id(a))
