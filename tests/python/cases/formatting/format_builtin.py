# The format() builtin and __format__ on a custom class.
print(format(42), repr(format(42, "")), format(42, "x"), format(3.5, ".3f"), format("s", ">4"))
print(format(0.1, ".17g"), format(1 / 3, ".5"), format(10 ** 6, ","))
print(format(True), format(None), format([1, 2]), format((1,)))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(12345)
print(format(m), format(m, "short"), format(m, ",.1f"))
print(f"{m} {m:short} {m:.0f}", "{:short}".format(m))
print(type(format(5)).__name__, format(-0.0), format(1e300 * 1e10))
