# fromisoformat of a non-ISO string raises ValueError quoting it.
from datetime import date
print(date.fromisoformat("2024-01-15"))
print(date.fromisoformat("January 15"))
