# next() on an exhausted generator raises StopIteration, which shows with no message.
def one():
    yield 1
g = one()
print(next(g))
print(next(g, "default"))
print(next(g))
