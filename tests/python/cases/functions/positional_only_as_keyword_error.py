# A positional-only parameter passed by keyword raises TypeError.
def f(a, /, b):
    return a, b
print(f(1, b=2))
print(f(a=1, b=2))
