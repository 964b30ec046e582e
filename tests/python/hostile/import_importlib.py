# revlab: is not available in Revlab
# python: importlib imports any module by name
import importlib
importlib.import_module("os").system("echo imported by name")
