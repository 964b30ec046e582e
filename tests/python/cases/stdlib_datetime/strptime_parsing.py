# strptime with the usual formats; the parsed values and failures.
from datetime import datetime
for text, fmt in [("2024-01-15", "%Y-%m-%d"), ("15/01/24 09:30", "%d/%m/%y %H:%M"),
                  ("2024-01-15 09:30:05.000123", "%Y-%m-%d %H:%M:%S.%f"), ("Jan 5 2024", "%b %d %Y"),
                  ("Monday, 15 January 2024", "%A, %d %B %Y"), ("07:05 PM", "%I:%M %p"),
                  ("2024-01-15T09:30:00+0200", "%Y-%m-%dT%H:%M:%S%z"), ("2024 046", "%Y %j")]:
    print(repr(text), "->", repr(datetime.strptime(text, fmt)))
for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("2024/01/15", "%Y-%m-%d"), ("2024-01-15 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
