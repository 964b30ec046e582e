# Recursing past the default limit (1000) raises RecursionError, which can be caught and recovered from.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
print(isinstance(RecursionError(), RuntimeError), depth(10))
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("repr:", type(e).__name__)
print("still running")
