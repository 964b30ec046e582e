# fromisoformat on dates, datetimes and times, with offsets and fractions (3.11 accepts more forms).
from datetime import date, datetime, time
for s in ["2024-01-15", "20240115", "2024-W03-1"]:
    print(s, repr(date.fromisoformat(s)))
for s in ["2024-01-15T09:30:00", "2024-01-15 09:30", "2024-01-15T09:30:00.123", "2024-01-15T09:30:00.123456+02:00",
          "2024-01-15T09:30:00Z", "2024-01-15T09", "2024-01-15", "20240115T093000"]:
    print(s, repr(datetime.fromisoformat(s)))
for s in ["09:30", "09:30:15", "09:30:15.5", "23:59:59.999999"]:
    print(s, repr(time.fromisoformat(s)))
dt = datetime(2024, 1, 15, 9, 30, 0, 250000)
print(datetime.fromisoformat(dt.isoformat()) == dt, date.fromisoformat(str(dt.date())))
for bad in ["2024-13-01", "15/01/2024", "", "2024-01-15T25:00"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
