# Generator protocol: send, throw, close, finally at close, yield in try/except/finally and with.
def worker():
    print("setup")
    try:
        while True:
            try:
                item = yield "ready"
                print("got", item)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(next(w))
w.close()
print(w.gi_running, list(w))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unstarted():
    print("never")
    yield
u = unstarted()
u.close()
print(next(u, "done"))
try:
    unstarted().throw(KeyError("k"))
except KeyError as e:
    print("thrown before start:", repr(e))
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except KeyError:
        print("inner caught KeyError")
        return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o), o.send("hello"), o.throw(KeyError))
print(list(o))
try:
    g = (x for x in [1])
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def gen_with():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *a):
            print("exit", a[0])
    with CM():
        yield 1
        yield 2
gw = gen_with()
print(next(gw))
gw.close()
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2), g2.gi_running)
def reentrant():
    yield next(g3)
g3 = reentrant()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
def ret_in_finally():
    try:
        yield 1
        return "a"
    finally:
        print("finally runs")
print(list(ret_in_finally()))
def args_check(a, b):
    yield a + b
try:
    args_check(1)
except TypeError as e:
    print("TypeError at call:", e)
gen = args_check(1, 2)
print(type(gen).__name__, gen.__name__, gen.__qualname__, iter(gen) is gen)
def values():
    total = 0
    while (x := (yield total)) is not None:
        total += x
    return total
v = values()
next(v)
v.send(3)
v.send(4)
try:
    v.send(None)
except StopIteration as e:
    print("returned", e.value)
def compound():
    d = {"a": (yield 1), "b": [(yield 2), (yield 3)]}
    print(d, (yield 4) + (yield 5), f((yield 6), k=(yield 7)))
def f(x, k):
    return (x, k)
c = compound()
print(next(c), [c.send(i) for i in range(10, 16)])
try:
    c.send(99)
except StopIteration:
    print("compound done")
def lam():
    return (lambda: (yield 5))()
print(list(lam()))
import types
print(isinstance(c, types.GeneratorType))
