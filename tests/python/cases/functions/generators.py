# Generator functions: yield, laziness, return value, yield from, and send.
def count_up(n):
    print("start")
    for i in range(n):
        yield i
    print("end")
    return "done"
g = count_up(2)
print("created")
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def delegate():
    result = yield from count_up(1)
    yield f"inner returned {result}"
print(list(delegate()))
def running_total():
    total = 0
    while True:
        x = yield total
        total += x
acc = running_total()
print(next(acc), acc.send(5), acc.send(10))
squares = (n * n for n in range(4))
print(next(squares), list(squares), list(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
