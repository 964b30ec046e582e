# * and ** in calls: spreading sequences and mappings, several at once.
def f(a, b, c, d=0, **extra):
    return (a, b, c, d, extra)
args = [1, 2]
kw = {"d": 4, "e": 5}
print(f(*args, 3))
print(f(*args, *[3]))
print(f(1, *"xy", **kw))
print(f(*range(3), **{"d": 9}, z=1))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
print(*[1, 2, 3])
print(*"abc", sep="|")
def g(*args, **kwargs):
    return args, kwargs
print(g(*(), **{}), g(*[[]], **dict(x=[])))
print(g(**{"a": 1}, **{"b": 2}), g(*[1], 2, *[3]))
