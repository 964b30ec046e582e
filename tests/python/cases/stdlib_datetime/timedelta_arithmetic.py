# timedelta: normalization, repr, str (including negative), arithmetic with dates and datetimes.
from datetime import date, datetime, timedelta
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in (timedelta(0), timedelta(seconds=1), timedelta(hours=-1), timedelta(days=-1, seconds=1),
          timedelta(weeks=2), timedelta(microseconds=1), timedelta(days=400, seconds=59.5), -timedelta(minutes=90)):
    print(str(t), "|", repr(t))
d = date(2024, 1, 31)
print(d + timedelta(days=1), d - timedelta(days=31), d + timedelta(hours=47), date(2024, 3, 1) - date(2024, 2, 1))
dt = datetime(2024, 12, 31, 23, 59, 59)
print(dt + timedelta(seconds=1), dt - datetime(2024, 1, 1), (dt - datetime(2025, 1, 1)).total_seconds())
print(timedelta(hours=1) * 2.5, timedelta(hours=3) / 2, timedelta(hours=3) // 2, timedelta(hours=3) / timedelta(minutes=45))
print(timedelta(days=7) // timedelta(days=2), timedelta(days=7) % timedelta(days=2), abs(timedelta(days=-2)))
print(timedelta(hours=1) < timedelta(minutes=61), timedelta(seconds=60) == timedelta(minutes=1), bool(timedelta()))
print(sum([timedelta(minutes=m) for m in (10, 20, 45)], timedelta()))
print(timedelta.max, timedelta.min, timedelta.resolution)
