# functools.wraps on a decorator with state, and singledispatch choosing by the first argument's type.
import functools
def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@counted
def greet(name):
    """Say hello."""
    return f"hello {name}"
print(greet("a"), greet("b"), greet.calls, greet.__name__, greet.__doc__)
@functools.singledispatch
def render(value):
    return f"value {value!r}"
@render.register
def _(value: int):
    return f"int {value}"
@render.register(list)
def _(value):
    return "list of " + ", ".join(render(v) for v in value)
print(render(3), render("s"), render([1, "x"]), render(True))
