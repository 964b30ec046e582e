# revlab: is not available in Revlab
# python: ctypes reads raw memory: this one crashes the process (signal 11)
import ctypes
ctypes.string_at(0)
