# functools.wraps copies the name, docstring and __wrapped__ onto the wrapper.
import functools
def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
def wrapped(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper
@plain
def first():
    """First's doc."""
    return 1
@wrapped
def second():
    """Second's doc."""
    return 2
print(first.__name__, first.__doc__, first())
print(second.__name__, second.__doc__, second(), second.__wrapped__.__name__)
print(second.__qualname__, second.__module__)
def timer_like(label):
    def deco(func):
        @functools.wraps(func)
        def inner(*a):
            return f"{label}:{func.__name__}:{func(*a)}"
        return inner
    return deco
@timer_like("t")
def compute(x):
    return x * 2
print(compute(21), compute.__name__)
