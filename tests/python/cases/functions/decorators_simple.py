# Decorators without arguments: wrapping, call order, returning the same function.
calls = []
def logged(func):
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result!r}")
        return result
    return wrapper
@logged
def add(a, b):
    return a + b
print(add(2, 3), calls)
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def upgrade():
    return "up"
@register
def downgrade():
    return "down"
print(sorted(registry), registry["upgrade"](), upgrade is registry["upgrade"])
print(add.__name__)
def twice(func):
    def run():
        func()
        func()
    return run
@twice
def hello():
    print("hello")
hello()
