# Adding an int to a date raises TypeError naming both types.
from datetime import date, timedelta
d = date(2024, 1, 1)
print(d + timedelta(days=1))
print(d + 1)
