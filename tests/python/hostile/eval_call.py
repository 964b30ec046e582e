# revlab: is not available in Revlab
# python: eval evaluates the expression: here it reaches os through __import__
print(eval("__import__('os').getcwd()"))
