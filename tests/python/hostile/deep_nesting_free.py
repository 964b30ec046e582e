# revlab: freed a deep nesting | ran more than | used more than
# python: RuntimeError: freed a deep nesting (CPython frees the 10**6 levels without recursing: its "trashcan")
x = []
for _ in range(1000000):
    x = [x]
del x
raise RuntimeError("freed a deep nesting")
