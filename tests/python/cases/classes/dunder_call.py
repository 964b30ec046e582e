# __call__ makes instances callable; callable() sees it.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value):
        self.calls += 1
        return value * self.factor
double = Multiplier(2)
print(double(21), double("ab"), double.calls, callable(double), callable(Multiplier))
print(list(map(double, [1, 2, 3])), double.calls)
class Validator:
    def __init__(self, *rules):
        self.rules = rules
    def __call__(self, value):
        return [name for name, rule in self.rules if not rule(value)]
check = Validator(("positive", lambda v: v > 0), ("even", lambda v: v % 2 == 0))
print(check(4), check(-3), check(3))
