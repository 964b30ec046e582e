# quantize with rounding modes; round(); formatting Decimals.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR
cents = Decimal("0.01")
for text in ["2.675", "2.665", "-2.675", "1.005", "0.125", "10"]:
    d = Decimal(text)
    print(text, d.quantize(cents), d.quantize(cents, rounding=ROUND_HALF_UP), d.quantize(cents, rounding=ROUND_DOWN),
          d.quantize(cents, rounding=ROUND_UP), d.quantize(cents, ROUND_CEILING), d.quantize(cents, ROUND_FLOOR))
print(Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), Decimal("3.5").quantize(Decimal("1")))
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")), type(round(Decimal("2.5"))).__name__)
print(Decimal("1234.5").quantize(Decimal("1E+2")), Decimal("1234.5678").quantize(Decimal("0.000")))
price = Decimal("19.99")
qty = 3
tax = Decimal("0.0825")
subtotal = price * qty
total = (subtotal * (1 + tax)).quantize(cents, rounding=ROUND_HALF_UP)
print(subtotal, subtotal * tax, total)
print(f"{total:.2f} {total:>10} {Decimal('1234567.891'):,.2f} {Decimal('0.5'):%} {Decimal('1e-10'):f}")
