# time: gmtime/strftime/strptime/mktime on fixed values; struct_time; sleep returns at once.
import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t.tm_yday, t[0:3], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.asctime(t), time.ctime(0))
print(time.mktime(time.gmtime(86400 * 365)), time.gmtime(0).tm_wday, time.gmtime(-1))
p = time.strptime("2024-03-09 07:05", "%Y-%m-%d %H:%M")
print(p.tm_year, p.tm_mon, p.tm_mday, p.tm_hour, p.tm_min, p.tm_wday, p.tm_yday, p.tm_isdst)
start = time.monotonic()
time.sleep(0.01)
print(isinstance(time.time(), float), time.monotonic() >= start, time.timezone, time.daylight)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
