# Decorators with arguments, stacked decorators and their order of application.
def tag(name):
    def decorate(func):
        def wrapper(*args):
            return f"<{name}>{func(*args)}</{name}>"
        return wrapper
    return decorate
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
order = []
def mark(label):
    order.append(f"factory {label}")
    def deco(func):
        order.append(f"apply {label}")
        return func
    return deco
@mark("outer")
@mark("inner")
def f():
    pass
print(order)
def repeat(times=2):
    def deco(func):
        def wrapper(*a, **k):
            return [func(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(times=3)
def ping():
    return "ping"
@repeat()
def pong():
    return "pong"
print(ping(), pong())
