# revlab: is not available in Revlab
# python: a function's __globals__ is its module's namespace, with __builtins__ and everything imported
def f():
    pass
print(f.__globals__["__builtins__"])
