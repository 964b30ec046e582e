# revlab: maximum recursion depth exceeded
# python: RecursionError: maximum recursion depth exceeded (the default limit is 1000 frames)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(10000))
