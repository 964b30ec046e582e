# revlab: is not available in Revlab
# python: a generator's frame exposes the globals of the module that made it
def g():
    yield 1
print(g().gi_frame.f_globals["__name__"])
