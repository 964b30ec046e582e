# More Decimal: context precision and rounding, specials, formatting, hashing, ratios, functions.
from decimal import Decimal, Context, localcontext, getcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
print(Decimal(4) ** Decimal("0.5"), Decimal(2) ** -2, Decimal("1.10") ** 2, Decimal("-8") ** Decimal(1) / Decimal(3))
print(divmod(Decimal(7), Decimal(-2)), Decimal("1e5").normalize(), Decimal("-0.00").normalize(), Decimal(10).sqrt(), Decimal("0.04").sqrt())
print(Decimal("10").ln(), Decimal("2").log10(), Decimal("0.001").log10(), Decimal(-1).exp(), Decimal("1e-30").exp())
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal(10)) == hash(10), Decimal("1.0") in {Decimal(1)}, {Decimal("1.00"): "a"}[Decimal(1)])
print(format(Decimal("1234.5"), "e"), format(Decimal("1234.5"), ".2e"), format(Decimal("-0.000123"), "g"), format(Decimal("123456789"), ","))
print(format(Decimal("1234.5678"), "^+15,.2f"), format(Decimal("0.00001234"), ".3g"), format(Decimal("12"), ".0%"), format(Decimal("-1.5"), "*<8"))
print(Decimal(" 1_000.5 "), Decimal("-inf"), Decimal("nan123"), Decimal((1, (1, 2), -1)), Decimal(".5"), Decimal("5."), Decimal("0e10"))
print(Decimal(0.1).as_integer_ratio(), Decimal("2.50").as_integer_ratio(), Decimal("1.1").compare(2), Decimal(5).max(Decimal(7)))
ctx = Context(prec=5, rounding=ROUND_DOWN)
print(ctx.create_decimal("1.234567"), ctx.divide(Decimal(1), Decimal(3)))
print(Decimal("0.3") == 0.3, Decimal("0.5") == 0.5, Decimal("1") < 1.5, Decimal(2) == 2.0, Decimal("NaN") == Decimal("NaN"))
print(Decimal("123.45").quantize(Decimal("1e1")), round(Decimal("-2.5")), round(Decimal("12345.678"), -2), -Decimal("0"), +Decimal("-0"))
with localcontext() as c:
    c.prec = 3
    c.rounding = ROUND_HALF_UP
    print(Decimal("1.2345") + 0, Decimal(2).sqrt(), Decimal(1) / 3, Decimal(100) * 123)
print(getcontext().prec, str(Decimal(123456789) * Decimal(987654321) * Decimal(123456789)), Decimal(22) / Decimal(7))
for bad in ["NaN < 1", "inf - inf", "int nan"]:
    try:
        if bad == "NaN < 1":
            Decimal("NaN") < 1
        elif bad == "inf - inf":
            Decimal("Infinity") - Decimal("Infinity")
        else:
            int(Decimal("NaN"))
    except (InvalidOperation, ValueError) as e:
        print(type(e).__name__, e)
