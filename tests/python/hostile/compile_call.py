# revlab: is not available in Revlab
# python: compile builds a code object that exec then runs
code = compile("print('compiled and run')", "<string>", "exec")
exec(code)
