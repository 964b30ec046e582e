# Dividing a Decimal by zero raises decimal.DivisionByZero.
from decimal import Decimal
print(Decimal("1") / Decimal("4"))
print(Decimal("1") / Decimal("0"))
