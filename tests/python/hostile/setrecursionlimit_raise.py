# revlab: is not available in Revlab | maximum recursion depth exceeded
# python: raising the limit lets the recursion run until the C stack overflows: a segmentation fault (signal 11)
import sys
sys.setrecursionlimit(10 ** 6)
def deep(n):
    return deep(n + 1) + 1
deep(0)
