# Comparing, sorting, min/max and grouping dates; date ranges by stepping with timedelta.
from datetime import date, datetime, timedelta
dates = [date(2024, 3, 1), date(2023, 12, 25), date(2024, 1, 1), date(2024, 3, 1)]
print(sorted(dates), min(dates), max(dates), len(set(dates)))
print(date(2024, 1, 1) == datetime(2024, 1, 1).date(), date(2024, 1, 1) != date(2024, 1, 2))
start, end = date(2024, 2, 26), date(2024, 3, 3)
day = start
days = []
while day <= end:
    days.append(day.strftime("%a %d"))
    day += timedelta(days=1)
print(days)
by_month = {}
for d in dates:
    by_month.setdefault((d.year, d.month), []).append(d.day)
print(by_month)
print((date(2024, 12, 25) - date(2024, 1, 1)).days, date(2024, 1, 1) + timedelta(days=365))
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)))
