def f(**kw):
    return kw
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print("TE", e)
try:
    dict(**{'a': 1}, a=2)
except TypeError as e:
    print("TE", e)
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print("TE", e)
# The same in a generator (its calls are evaluated by the coroutine evaluator).
def gen():
    yield dict(**{'b': 1}, c=2)
    yield f(**{'b': 1}, b=2)
g = gen()
print(sorted(next(g).items()))
try:
    next(g)
except TypeError as e:
    print("TE", e)
