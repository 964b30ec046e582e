# Closures: each call of the outer function makes a new cell; nonlocal rebinds it.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7))
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed before call"
    return inner
print(outer()())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
add = accumulator()
add(1)
print(add(2))
