# Functions are objects: names, docstrings, attributes, annotations, passed around.
def documented(a: int, b: str = "x") -> bool:
    """Checks things."""
    return True
print(documented.__name__, documented.__doc__, documented.__defaults__)
print(documented.__annotations__)
documented.version = 2
print(documented.version, callable(documented), callable(3))
def apply(func, *args):
    return func(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "x"), apply(len, [1, 2]))
handlers = [str.lower, str.title, str.strip]
print([h("  Mixed Case  ") for h in handlers])
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
def no_return():
    x = 1
print(no_return())
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(multi(), a, b, c)
