# strftime with the common directives (the C locale's English names).
from datetime import datetime, date
dt = datetime(2024, 3, 9, 7, 5, 3, 42)
for fmt in ["%Y-%m-%d", "%H:%M:%S", "%Y%m%d%H%M%S", "%d/%m/%y", "%A %a", "%B %b", "%I:%M %p", "%j",
            "%U %W", "%f", "%%", "%Y-%m-%dT%H:%M:%S.%f", "%c", "%x", "%X", "%w", "%d",
            "%G-W%V-%u", "migration_%Y_%m_%d_%H%M"]:
    print(repr(fmt), "->", repr(dt.strftime(fmt)))
print(date(2024, 12, 25).strftime("%a %d %b %Y"), date(2024, 1, 1).strftime("%Y week %W"))
print(format(dt, "%Y/%m/%d"), f"{dt:%H.%M}", "{:%b %d}".format(dt))
print(datetime(2024, 1, 1, 0, 0).strftime("%I %p"), datetime(2024, 1, 1, 12, 0).strftime("%I %p"), datetime(2024, 1, 1, 23, 0).strftime("%I %p"))
