# Decimal from a float shows its exact binary value; the context's precision limits division.
from decimal import Decimal, getcontext, localcontext
print(Decimal(0.1))
print(Decimal(0.5), Decimal(1.25), Decimal(2.0), Decimal(1e20))
print(Decimal(str(0.1)), Decimal.from_float(0.25), Decimal(0.1).quantize(Decimal("0.01")))
print(getcontext().prec, Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("1.234567") + 0, Decimal("1.234567"))
print(Decimal(1) / Decimal(7))
print(Decimal("3.14").is_signed(), Decimal("-0").is_signed(), Decimal("NaN").is_nan(), Decimal("Infinity"), Decimal("-inf"))
print(Decimal("1.1").compare(Decimal("1.10")), Decimal("2").sqrt(), Decimal("100").log10(), Decimal("1").exp())
