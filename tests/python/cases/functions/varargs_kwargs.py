# *args and **kwargs: what they collect, and passing them on.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, "x", key=None))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def wrapper(*args, **kwargs):
    return show(*args, extra=True, **kwargs)
print(wrapper(1, z=2))
def column(name, type_, *constraints, nullable=True, **info):
    return name, type_, constraints, nullable, info
print(column("id", "int", "pk", "unique", nullable=False, comment="key"))
print(column("x", "text"))
