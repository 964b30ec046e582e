# next() raises StopIteration with no message; a default avoids it; for loops stop on it.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), repr(str(e)), e.args, e.value)
print(next(it, None), next(iter(""), "empty"))
class Upto:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Upto(3)), sum(Upto(4)))
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator returned", e.value, e.args)
