# revlab: is not available in Revlab
# python: __builtins__ is the builtins module (or its dict), with open, exec, eval and __import__
print(__builtins__.__dict__["open"] if hasattr(__builtins__, "__dict__") else __builtins__["open"])
