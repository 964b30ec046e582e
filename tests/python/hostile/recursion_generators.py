# revlab: maximum recursion depth exceeded
# python: RecursionError: maximum recursion depth exceeded (generators delegating to themselves)
def gen():
    yield from gen()
list(gen())
