# revlab: ran more than | maximum recursion depth exceeded
# python: effectively never ends: every RecursionError is caught and the recursion restarted (2**1000 calls)
def f():
    try:
        f()
    except RecursionError:
        f()
f()
