# revlab: is not available in Revlab
# python: frames give the globals and builtins of every caller
import sys
frame = sys._getframe()
print(frame.f_globals["__builtins__"])
