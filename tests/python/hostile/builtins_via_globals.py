# revlab: is not available in Revlab
# python: globals() holds __builtins__, and through it __import__
globals()["__builtins__"].__import__("os").system("echo reached through globals()")
