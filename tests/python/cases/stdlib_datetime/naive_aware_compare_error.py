# Comparing a naive and an aware datetime raises TypeError.
from datetime import datetime, timezone
naive = datetime(2024, 1, 1)
aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
print(naive == aware)
print(naive < aware)
