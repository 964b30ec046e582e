# Decimal of a non-number string raises decimal.InvalidOperation.
from decimal import Decimal
print(Decimal("12.50"))
print(Decimal("twelve"))
