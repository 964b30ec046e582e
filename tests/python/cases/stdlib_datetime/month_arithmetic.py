# Month arithmetic by hand (no dateutil): end of month, adding months, leap years.
from datetime import date, timedelta
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def month_end(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)
def add_months(d, n):
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, month_end(y, m + 1).day))
print([is_leap(y) for y in (1900, 2000, 2023, 2024)])
print([month_end(2024, m).day for m in range(1, 13)])
print(add_months(date(2024, 1, 31), 1), add_months(date(2024, 1, 31), 13), add_months(date(2024, 3, 15), -3))
print([add_months(date(2023, 11, 30), k).isoformat() for k in range(4)])
