# datetime.date: construction, repr/str, attributes, weekday, replace, ordinal.
import datetime
d = datetime.date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()))
print(d.isoformat(), str(d), f"{d}", d.replace(year=2025, day=28), d.replace(month=3))
print(d.toordinal(), datetime.date.fromordinal(738945), d.timetuple().tm_yday)
print(datetime.date.min, datetime.date.max, datetime.date(1, 1, 1) == datetime.date.min)
print(datetime.date(2024, 1, 31) < datetime.date(2024, 2, 1), max(d, datetime.date(2000, 1, 1)))
print(sorted([datetime.date(2024, 3, 1), datetime.date(2023, 12, 31), d]))
print(datetime.date(2024, 12, 31).isocalendar().week, datetime.date(2021, 1, 3).isocalendar())
print({d: "leap day"}[datetime.date(2024, 2, 29)], hash(d) == hash(datetime.date(2024, 2, 29)))
