# Decimal from str and int keeps exponents; repr/str; arithmetic keeps trailing zeros.
from decimal import Decimal
a = Decimal("1.10")
b = Decimal("2.205")
print(a, repr(a), str(b), Decimal(5), Decimal("-0"), Decimal("1e3"), Decimal("1E-7"), Decimal("0.000001"))
print(a + b, a - b, a * b, b - a - a, a * 3, 3 - a, -a, abs(Decimal("-2.50")))
print(Decimal("10") / Decimal("4"), Decimal("1") / Decimal("3"), Decimal("2") / Decimal("3"))
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("7") % Decimal("-2"), Decimal("-7") % Decimal("2"))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal("1.0") == Decimal("1.00"), Decimal("1.0") == 1)
print(Decimal("1.5") < 2, Decimal("2.5") > 2.4, max(Decimal("1.1"), Decimal("1.10")), sorted([Decimal("2"), Decimal("1.5"), Decimal("-1")]))
print(sum([Decimal("0.10")] * 3), sum([Decimal("1.1"), 2]), Decimal("1.23") ** 2, Decimal(2) ** Decimal("0.5"))
print(int(Decimal("7.9")), int(Decimal("-7.9")), float(Decimal("0.5")), str(Decimal("100").normalize()), Decimal("1.500").normalize())
print(Decimal("123.4500").as_tuple(), Decimal("5E+3"), Decimal("5E+3") + 0, f"{Decimal('5E+3'):f}")
