# Adding a Decimal and a float raises TypeError.
from decimal import Decimal
print(Decimal("1.5") + 2)
print(Decimal("1.5") + 2.0)
