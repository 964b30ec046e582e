# __iter__ written as a generator, and a separate iterator class with __next__.
class Chain:
    def __init__(self, *parts):
        self.parts = parts
    def __iter__(self):
        for part in self.parts:
            yield from part
print(list(Chain([1, 2], "ab")), sum(Chain([1], [2, 3])))
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
print(dict(zip(Chain("xy"), Countdown(5))))
