# sorted() returns a new list from any iterable; reversed() needs a sequence or __reversed__.
data = (3, 1, 2)
print(sorted(data), data, sorted("bca"), sorted({"b": 1, "a": 2}), sorted({3, 1}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.lower))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())))
r = reversed([1, 2])
print(next(r), list(r))
class Countdown:
    def __reversed__(self):
        return iter([1, 2, 3])
print(list(reversed(Countdown())))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([[2], [1, 5], [1]]))
print(sorted(range(-3, 4), key=lambda n: (abs(n), n)))
