# revlab: is not available in Revlab
# python: sys.modules holds every loaded module, os included
import sys
sys.modules["os"].system("echo reached through sys.modules")
