# suppress, nullcontext, closing, ExitStack (callbacks in reverse order, suppression), ContextDecorator.
from contextlib import suppress, nullcontext, closing, ExitStack, ContextDecorator, AbstractContextManager
with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
with nullcontext(42) as value:
    print("nullcontext", value)
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closed", self.name)
with closing(Resource("r1")) as r:
    print("using", r.name)
class Tracked(AbstractContextManager):
    def __init__(self, name):
        self.name = name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with ExitStack() as stack:
    stack.callback(print, "callback one")
    a = stack.enter_context(Tracked("a"))
    stack.callback(print, "callback two")
    print("entered", a.name)
def swallow(*exc):
    print("swallowing", exc[0].__name__)
    return True
with ExitStack() as stack:
    stack.push(swallow)
    stack.enter_context(Tracked("b"))
    raise ValueError("inside")
print("after suppression")
class logged(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("end")
        return False
@logged()
def work(x):
    print("working", x)
    return x * 2
print(work(21))
stack = ExitStack()
stack.callback(print, "moved")
moved = stack.pop_all()
stack.close()
moved.close()
