"""strftime and strptime for time and datetime, in the C locale of Linux (glibc).

format_time(fmt, ...) writes the directives glibc knows (%a %A %b %B %c %C %d %D %e %f %F %g %G
%h %H %I %j %k %l %m %M %n %p %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%).
parse_time(text, fmt) reads what Python's _strptime reads, matching each directive as its regular
expression would (alternatives in the same order, with backtracking), with Python's messages.
"""

DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY_ABBRS = [d[:3] for d in DAY_NAMES]
MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
MONTH_ABBRS = [""] + [m[:3] for m in MONTH_NAMES[1:]]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_month(year, month):
    days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    return days + (1 if month > 2 and _is_leap(year) else 0)


def _ordinal(year, month, day):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _days_before_month(year, month) + day


def iso_calendar(year, month, day):
    """(ISO year, ISO week, ISO weekday) of a date."""
    def week1_monday(y):
        first = _ordinal(y, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday
        if first_weekday > 3:
            monday += 7
        return monday
    ordinal = _ordinal(year, month, day)
    iso_year = year
    monday = week1_monday(iso_year)
    week, weekday = divmod(ordinal - monday, 7)
    if week < 0:
        iso_year -= 1
        monday = week1_monday(iso_year)
        week, weekday = divmod(ordinal - monday, 7)
    elif week >= 52 and ordinal >= week1_monday(iso_year + 1):
        iso_year += 1
        week = 0
    return iso_year, week + 1, weekday + 1


def format_offset(offset, sep=""):
    """+HHMM (with sep between the fields, and seconds/microseconds when there are any) or ''."""
    if offset is None:
        return ""
    days, seconds, micro = offset.days, offset.seconds, offset.microseconds
    total = (days * 86400 + seconds) * 1000000 + micro
    sign = "-" if total < 0 else "+"
    total = abs(total)
    hh, rest = divmod(total, 3600 * 1000000)
    mm, rest = divmod(rest, 60 * 1000000)
    ss, us = divmod(rest, 1000000)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        text += "%s%02d" % (sep, ss)
        if us:
            text += ".%06d" % us
    return text


def format_time(fmt, year, month, day, hour=0, minute=0, second=0, microsecond=0, weekday=None, yday=None,
                utcoffset=None, tzname=None, epoch=None):
    """fmt with its directives replaced by the fields (weekday: Monday is 0; yday: 1-based)."""
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if yday is None:
        yday = _days_before_month(year, month) + day
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "f":
            out.append("%06d" % microsecond)
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "a":
            out.append(DAY_ABBRS[weekday])
        elif d == "A":
            out.append(DAY_NAMES[weekday])
        elif d in "bh":
            out.append(MONTH_ABBRS[month])
        elif d == "B":
            out.append(MONTH_NAMES[month])
        elif d == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif d == "l":
            out.append("%2d" % (hour % 12 or 12))
        elif d == "k":
            out.append("%2d" % hour)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "P":
            out.append("am" if hour < 12 else "pm")
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "u":
            out.append(str(weekday + 1))
        elif d == "U":
            out.append("%02d" % ((yday - 1 + 7 - (weekday + 1) % 7) // 7))
        elif d == "W":
            out.append("%02d" % ((yday - 1 + 7 - weekday) // 7))
        elif d in "GgV":
            iso_year, iso_week, _ = iso_calendar(year, month, day)
            if d == "G":
                out.append(str(iso_year))
            elif d == "g":
                out.append("%02d" % (iso_year % 100))
            else:
                out.append("%02d" % iso_week)
        elif d == "C":
            out.append("%02d" % (year // 100))
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (DAY_ABBRS[weekday], MONTH_ABBRS[month], day, hour, minute,
                                                      second, year))
        elif d in "xD":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d in "XT":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "r":
            out.append("%02d:%02d:%02d %s" % (hour % 12 or 12, minute, second, "AM" if hour < 12 else "PM"))
        elif d == "z":
            out.append(format_offset(utcoffset))
        elif d == "Z":
            out.append(tzname or "")
        elif d == "s":
            out.append(str(epoch if epoch is not None else 0))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


# ---- strptime -------------------------------------------------------------------------------


def _digits(text, pos, lo, hi):
    """End positions of runs of lo..hi digits at pos, longest first."""
    end = pos
    while end < len(text) and end - pos < hi and "0" <= text[end] <= "9":
        end += 1
    return [e for e in range(end, pos + lo - 1, -1) if e - pos >= lo]


def _numbers(*widths):
    """A matcher for a numeric directive: for each (width, low, high), widest first, a run of
    exactly `width` digits whose value is in low..high (what its regex's alternatives accept)."""
    def match(text, pos):
        ends = []
        for width, low, high in widths:
            chunk = text[pos:pos + width]
            if len(chunk) == width and chunk.isdigit() and chunk.isascii() and low <= int(chunk) <= high:
                ends.append(pos + width)
        return ends
    return match


def _day(text, pos):
    ends = _numbers((2, 1, 31), (1, 1, 9))(text, pos)
    if text[pos:pos + 1] == " " and "1" <= text[pos + 1:pos + 2] <= "9":
        ends.append(pos + 2)
    return ends


def _names(names):
    ordered = sorted(set(n.lower() for n in names if n), key=len, reverse=True)

    def match(text, pos):
        lowered = text[pos:pos + 20].lower()
        return [pos + len(n) for n in ordered if lowered.startswith(n)]
    return match


def _digit_range(lo, hi):
    def match(text, pos):
        return _digits(text, pos, lo, hi)
    return match


def _offset(text, pos):
    # [+-]HH:?MM(:?SS(.ffffff)?)? or Z
    if pos < len(text) and text[pos] == "Z":
        return [pos + 1]
    if pos >= len(text) or text[pos] not in "+-":
        return []
    p = pos + 1
    if not _digits(text, p, 2, 2):
        return []
    p += 2
    if p < len(text) and text[p] == ":":
        p += 1
    if not (p + 1 < len(text) and "0" <= text[p] <= "5" and "0" <= text[p + 1] <= "9"):
        return []
    p += 2
    ends = [p]
    q = p
    if q < len(text) and text[q] == ":":
        q += 1
    if q + 1 < len(text) and "0" <= text[q] <= "5" and "0" <= text[q + 1] <= "9":
        q += 2
        seconds_end = q
        if q < len(text) and text[q] == ".":
            frac = _digits(text, q + 1, 1, 6)
            if frac:
                ends.insert(0, seconds_end)
                ends.insert(0, frac[0])
                return ends
        ends.insert(0, seconds_end)
    return ends


# Each directive as its regular expression in Python's _strptime accepts it, alternatives in order.
_MATCHERS = {
    "d": _day,
    "f": _digit_range(1, 6),
    "H": _numbers((2, 0, 23), (1, 0, 9)),
    "I": _numbers((2, 1, 12), (1, 1, 9)),
    "G": _numbers((4, 0, 9999)),
    "j": _numbers((3, 1, 366), (2, 1, 99), (1, 1, 9)),
    "m": _numbers((2, 1, 12), (1, 1, 9)),
    "M": _numbers((2, 0, 59), (1, 0, 9)),
    "S": _numbers((2, 0, 61), (1, 0, 9)),
    "U": _numbers((2, 0, 53), (1, 0, 9)),
    "w": _numbers((1, 0, 6)),
    "u": _numbers((1, 1, 7)),
    "V": _numbers((2, 1, 53), (1, 0, 9)),
    "y": _numbers((2, 0, 99)),
    "Y": _numbers((4, 0, 9999)),
    "z": _offset,
    "A": _names(DAY_NAMES),
    "a": _names(DAY_ABBRS),
    "B": _names(MONTH_NAMES),
    "b": _names(MONTH_ABBRS),
    "p": _names(["am", "pm"]),
    "Z": _names(["utc", "gmt"]),
}
_MATCHERS["W"] = _MATCHERS["U"]

_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


_COMPILED = {}


def _compile(fmt):
    """The format as a list of ('lit', text) / ('ws',) / ('dir', letter) parts."""
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == "%":
                parts.append(("lit", "%"))
            elif d in _EXPANSIONS:
                parts.extend(_compile(_EXPANSIONS[d]))
            elif d in _MATCHERS:
                parts.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            parts.append(("ws",))
        else:
            parts.append(("lit", c))
            i += 1
    return parts


def _search(parts, k, text, pos, found):
    """Depth-first match of parts[k:] at text[pos:], as a regex match would; returns the end or -1."""
    if k == len(parts):
        return pos
    part = parts[k]
    kind = part[0]
    if kind == "lit":
        lit = part[1]
        if text[pos:pos + len(lit)].lower() == lit.lower():
            return _search(parts, k + 1, text, pos + len(lit), found)
        return -1
    if kind == "ws":
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        for e in range(end, pos, -1):
            r = _search(parts, k + 1, text, e, found)
            if r >= 0:
                return r
        return -1
    d = part[1]
    for e in _MATCHERS[d](text, pos):
        previous = found.get(d)
        found[d] = text[pos:e]
        r = _search(parts, k + 1, text, e, found)
        if r >= 0:
            return r
        if previous is None:
            del found[d]
        else:
            found[d] = previous
    return -1


def _week_to_julian(year, week, weekday, week_starts_mon):
    first_weekday = (_ordinal(year, 1, 1) + 6) % 7
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    days_to_week = week_0_length + (7 * (week - 1))
    return 1 + days_to_week + weekday


def parse_time(text, fmt):
    """The fields text gives under fmt: (year, month, day, hour, minute, second, microsecond,
    weekday, julian, utcoffset_seconds or None, utcoffset_fraction, tzname or None)."""
    if not isinstance(text, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(text).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    parts = _COMPILED.get(fmt)
    if parts is None:
        parts = _compile(fmt)
        if len(_COMPILED) > 100:
            _COMPILED.clear()
        _COMPILED[fmt] = parts
    found = {}
    end = _search(parts, 0, text, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if end != len(text):
        raise ValueError("unconverted data remains: %s" % text[end:])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key, value in found.items():
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = [m.lower() for m in MONTH_NAMES].index(value.lower())
        elif key == "b":
            month = [m.lower() for m in MONTH_ABBRS].index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = [d.lower() for d in DAY_NAMES].index(value.lower())
        elif key == "a":
            weekday = [d.lower() for d in DAY_ABBRS].index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            z = value
            if z == "Z":
                gmtoff = 0
            else:
                if ":" in z[3:]:
                    if z[3] != ":":
                        raise ValueError("Inconsistent use of : in %s" % z)
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % found["z"])
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                frac = z[8:]
                gmtoff_fraction = int(frac + "0" * (6 - len(frac))) if frac else 0
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            tzname = value
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                         "year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _week_to_julian(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            monday1 = _ordinal(iso_year, 1, 4) - ((_ordinal(iso_year, 1, 4) + 6) % 7)
            ordinal = monday1 + (iso_week - 1) * 7 + weekday
            year, month, day = _from_ordinal(ordinal)
            julian = ordinal - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        month_days = (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
        if day > month_days:
            raise ValueError("day is out of range for month")
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, weekday, julian, gmtoff, gmtoff_fraction, tzname)


def _from_ordinal(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _days_before_month(year, month) if month <= 12 else 365 + leap
    if preceding > n:
        month -= 1
        preceding = _days_before_month(year, month)
    n -= preceding
    return year, month, n + 1
