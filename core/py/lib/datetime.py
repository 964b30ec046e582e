"""Dates and times, as the datetime module has them, with Python 3.11's reprs and messages.

Here: date, time, datetime, timedelta, tzinfo, timezone (utc and fixed offsets), MINYEAR, MAXYEAR;
arithmetic and comparisons (naive and aware), isoformat/fromisoformat (3.11's forms), strftime/
strptime (see _timeformat), replace, combine, weekday/isoweekday/isocalendar, timestamp,
fromtimestamp, utcfromtimestamp, now/utcnow/today with the host's clock (the sandbox's local zone
is UTC), astimezone, ctime, timetuple, toordinal/fromordinal, fromisocalendar.
Not here: the fold of local times in zones with daylight saving (there are none here), zoneinfo.
"""

import _revlab
import _timeformat

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_US_PER_DAY = 86400000000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd2ord(year, month, day):
    y = year - 1
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return y * 365 + y // 4 - y // 100 + y // 400 + before + day


_ord2ymd = _timeformat._from_ordinal


def _type_name(obj):
    """How Python names the type of obj in a message: 'datetime.date', 'int'."""
    cls = type(obj)
    module = cls.__module__
    if module == "builtins":
        return cls.__qualname__
    return "%s.%s" % (module, cls.__qualname__)


def _unsupported(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _type_name(a), _type_name(b)))


def _cmp_error(op, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _type_name(a), _type_name(b)))


_builtin_types = (int, float, str, bytes, list, tuple, dict, set, frozenset, bool, type(None))


def _reflected_or_error(op, a, b):
    """NotImplemented, unless b is a builtin value (which has no reflected method for us): then
    Python's TypeError, naming the types as Python's C datetime does."""
    if isinstance(b, _builtin_types):
        raise _unsupported(op, a, b)
    return NotImplemented


def _index(value, name=None):
    if type(value) is int:
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off):
    return _timeformat.format_offset(off, ":")


def _divide_and_round(a, b):
    """a / b rounded half to even, for ints."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _exact_ratio(value):
    if isinstance(value, int):
        return value, 1
    return value.as_integer_ratio()


# ---- timedelta ----------------------------------------------------------------------------------


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
        else:
            num, den = 0, 1
            for value, factor in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                                  (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000),
                                  (microseconds, 1)):
                if not isinstance(value, (int, float)):
                    raise TypeError("unsupported type for timedelta %s component: %s"
                                    % (_component_name(factor), type(value).__name__))
                if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
                    raise ValueError("cannot convert float %s to integer" % ("NaN" if value != value else "infinity"))
                n, d = _exact_ratio(value)
                num = num * d + n * factor * den
                den *= d
            total = _divide_and_round(num, den)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        seconds, microseconds = divmod(rest, 1000000)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = ("%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "")) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return _reflected_or_error("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return other.__add__(self)
        return _reflected_or_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return _reflected_or_error("-", self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return _reflected_or_error("-", other, self)

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return _reflected_or_error("*", self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _reflected_or_error("*", other, self)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return _reflected_or_error("//", self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(b * self._to_microseconds(), a))
        return _reflected_or_error("/", self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return _reflected_or_error("%", self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return _reflected_or_error("divmod()", self, other)

    def _cmp_key(self, other, op):
        if isinstance(other, timedelta):
            return self._to_microseconds(), other._to_microseconds()
        if isinstance(other, _builtin_types):
            raise _cmp_error(op, self, other)
        return None

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() == other._to_microseconds()
        return NotImplemented

    def __lt__(self, other):
        k = self._cmp_key(other, "<")
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmp_key(other, "<=")
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp_key(other, ">")
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp_key(other, ">=")
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _component_name(factor):
    return {604800000000: "weeks", 86400000000: "days", 3600000000: "hours", 60000000: "minutes",
            1000000: "seconds", 1000: "milliseconds", 1: "microseconds"}[factor]


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- date -------------------------------------------------------------------------------------


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns it."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "%s.%s(year=%d, week=%d, weekday=%d)" % (type(self).__module__, type(self).__qualname__, self[0],
                                                        self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


IsoCalendarDate.__module__ = "datetime"
IsoCalendarDate.__qualname__ = "IsoCalendarDate"


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    day_1 = _ymd2ord(year, 1, 4)
    week1_monday = day_1 - (day_1 + 6) % 7
    return _ord2ymd(week1_monday + (week - 1) * 7 + (day - 1))


class date:
    """A date of the proleptic Gregorian calendar: year, month, day."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    # How Revlab's operations receive the value (op.bulk_insert rows, defaults): as the call
    # that makes it, which they render as SQLAlchemy's SQLite types store it.
    def __revlab_record__(self):
        return ("call", "datetime.date", (self.year, self.month, self.day), {})

    def __new__(cls, year, month=None, day=None):
        if type(year) is not int or type(month) is not int or type(day) is not int:
            year, month, day = _check_date_fields(year, month, day)
        elif not (1 <= month <= 12 and 1 <= day <= 28 and MINYEAR <= year <= MAXYEAR):
            year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local (here UTC) date of a POSIX timestamp."""
        y, m, d = _utc_fields(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_revlab.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (1 is January 1 of year 1)."""
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of YYYY-MM-DD, YYYYMMDD, YYYY-Www-D and the other ISO 8601 forms of 3.11."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*_parse_isoformat_date(date_string, date_string))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isoweek_to_gregorian(year, week, day))

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (type(self).__module__, type(self).__qualname__, self._year, self._month,
                                      self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_timeformat.DAY_ABBRS[weekday - 1], _timeformat.MONTH_ABBRS[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """fmt with the date's fields; the time fields are zero."""
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _timeformat.format_time(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                                       epoch=(self.toordinal() - 719163) * 86400)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        import time as _time
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else 1 if a > b else -1

    def _comparable(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return True
        if op in ("==", "!="):
            return None
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(other), _type_name(self)))
        if isinstance(other, _builtin_types):
            raise _cmp_error(op, self, other)
        return None

    def __eq__(self, other):
        if self._comparable(other, "==") is None:
            return NotImplemented
        return self._cmp(other) == 0

    def __le__(self, other):
        if self._comparable(other, "<=") is None:
            return NotImplemented
        return self._cmp(other) <= 0

    def __lt__(self, other):
        if self._comparable(other, "<") is None:
            return NotImplemented
        return self._cmp(other) < 0

    def __ge__(self, other):
        if self._comparable(other, ">=") is None:
            return NotImplemented
        return self._cmp(other) >= 0

    def __gt__(self, other):
        if self._comparable(other, ">") is None:
            return NotImplemented
        return self._cmp(other) > 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return _reflected_or_error("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _reflected_or_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _reflected_or_error("-", self, other)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """IsoCalendarDate(year, week, weekday) of ISO 8601."""
        return IsoCalendarDate(*_timeformat.iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _parse_isoformat_date(dtstr, whole):
    """[year, month, day] of the date part; 'Invalid isoformat string' for a malformed one."""
    def invalid():
        return ValueError("Invalid isoformat string: %r" % (whole,))
    if not dtstr.isascii() or len(dtstr) not in (7, 8, 10):
        raise invalid()
    if not dtstr[0:4].isdigit():
        raise invalid()
    year = int(dtstr[0:4])
    has_sep = dtstr[4] == "-"
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == "W":
        pos += 1
        if not dtstr[pos:pos + 2].isdigit() or len(dtstr[pos:pos + 2]) != 2:
            raise invalid()
        weekno = int(dtstr[pos:pos + 2])
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == "-") != has_sep:
                raise invalid()
            pos += has_sep
            if not dtstr[pos:pos + 1].isdigit() or len(dtstr) != pos + 1:
                raise invalid()
            dayno = int(dtstr[pos:pos + 1])
        try:
            return list(_isoweek_to_gregorian(year, weekno, dayno))
        except ValueError:
            raise invalid() from None
    month_text = dtstr[pos:pos + 2]
    if len(month_text) != 2 or not month_text.isdigit():
        raise invalid()
    pos += 2
    if (dtstr[pos:pos + 1] == "-") != has_sep:
        raise invalid()
    pos += has_sep
    day_text = dtstr[pos:pos + 2]
    if len(day_text) != 2 or not day_text.isdigit() or len(dtstr) != pos + 2:
        raise invalid()
    return [year, int(month_text), int(day_text)]


def _parse_hh_mm_ss_ff(tstr):
    """[hour, minute, second, microsecond] of HH[:?MM[:?SS[{.,}fff[fff]]]]."""
    len_str = len(tstr)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(3):
        if len_str - pos < 2 or not tstr[pos:pos + 2].isdigit():
            raise ValueError("Incomplete time component")
        comps[comp] = int(tstr[pos:pos + 2])
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ":"
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ":":
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < len_str:
        if tstr[pos] not in ".,":
            raise ValueError("Invalid microsecond component")
        pos += 1
        remainder = tstr[pos:]
        if not remainder or not remainder.isdigit():
            raise ValueError("Invalid microsecond component")
        digits = remainder[:6]
        comps[3] = int(digits) * 10 ** (6 - len(digits))
    return comps


def _parse_isoformat_time(tstr):
    """[hour, minute, second, microsecond, tzinfo] of HH[:MM[:SS[.ffffff]]][Z|+HH[:MM[:SS[.ffffff]]]]."""
    if len(tstr) < 2 or not tstr.isascii():
        raise ValueError("Isoformat time too short")
    tz_pos = tstr.find("-") + 1 or tstr.find("+") + 1 or tstr.find("Z") + 1
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == len(tstr) and tstr[-1] == "Z":
        tzi = timezone.utc
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError("Malformed time zone string")
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if all(x == 0 for x in tz_comps):
            tzi = timezone.utc
        else:
            sign = -1 if tstr[tz_pos - 1] == "-" else 1
            td = timedelta(hours=tz_comps[0], minutes=tz_comps[1], seconds=tz_comps[2], microseconds=tz_comps[3])
            comps.append(("offset", sign * td))
            return comps
    comps.append(tzi)
    return comps


def _tz_from_parsed(value):
    if isinstance(value, tuple):
        return timezone(value[1])
    return value


def _find_isoformat_datetime_separator(dtstr):
    len_dtstr = len(dtstr)
    if len_dtstr == 7:
        return 7
    if dtstr[4] == "-":
        if dtstr[5] == "W":
            if len_dtstr < 8:
                raise ValueError("Invalid ISO string")
            if len_dtstr > 8 and dtstr[8] == "-":
                if len_dtstr == 9:
                    raise ValueError("Invalid ISO string")
                if len_dtstr > 10 and dtstr[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    if dtstr[4] == "W":
        idx = 7
        while idx < len_dtstr and dtstr[idx].isdigit():
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _utc_fields(t):
    """(year, month, day, hour, minute, second, microsecond) of a POSIX timestamp in UTC, with
    the microseconds rounded half to even as Python rounds them."""
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value %s" % ("NaN (not a number)" if t != t else "inf"))
        a, b = t.as_integer_ratio()
        us = _divide_and_round(a * 1000000, b)
    else:
        us = _index(t) * 1000000
    days, us = divmod(us, _US_PER_DAY)
    y, m, d = _ord2ymd(days + 719163)
    seconds, us = divmod(us, 1000000)
    hh, seconds = divmod(seconds, 3600)
    mm, ss = divmod(seconds, 60)
    return y, m, d, hh, mm, ss, us


# ---- tzinfo, timezone -------------------------------------------------------------------------


class tzinfo:
    """The abstract base of time zones: utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name: timezone(timedelta(hours=1), 'CET')."""

    __slots__ = ("_offset", "_name")
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is cls._Omitted:
            if not offset and cls is timezone and hasattr(cls, "utc"):
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s.%s(%r)" % (type(self).__module__, type(self).__qualname__, self._offset)
        return "%s.%s(%r, %r)" % (type(self).__module__, type(self).__qualname__, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        if delta < timedelta(0):
            sign = "-"
            delta = -delta
        else:
            sign = "+"
        hours, rest = divmod(delta._to_microseconds(), 3600000000)
        minutes, rest = divmod(rest, 60000000)
        seconds, microseconds = divmod(rest, 1000000)
        if microseconds:
            return "UTC%s%02d:%02d:%02d.%06d" % (sign, hours, minutes, seconds, microseconds)
        if seconds:
            return "UTC%s%02d:%02d:%02d" % (sign, hours, minutes, seconds)
        return "UTC%s%02d:%02d" % (sign, hours, minutes)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---- time -------------------------------------------------------------------------------------


class time:
    """A time of day: hour, minute, second, microsecond, tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __revlab_record__(self):
        return ("call", "datetime.time", (self.hour, self.minute, self.second, self.microsecond), {})

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _micro(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, time):
            if op in ("==", "!="):
                return None
            if isinstance(other, _builtin_types) or isinstance(other, date):
                raise _cmp_error(op, self, other)
            return None
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a, b = self._micro(), other._micro()
        else:
            if myoff is None or otoff is None:
                if op in ("==", "!="):
                    return "ne"
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = self._micro() - myoff._to_microseconds()
            b = other._micro() - otoff._to_microseconds()
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._cmp(other, "==")
        if c is None:
            return NotImplemented
        return c == 0

    def __lt__(self, other):
        c = self._cmp(other, "<")
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other, "<=")
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, ">")
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other, ">=")
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            tzoff = self.utcoffset()
            if not tzoff:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(self._micro() - tzoff._to_microseconds())
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s.%s(%d, %d%s)" % (type(self).__module__, type(self).__qualname__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of HH[:MM[:SS[.ffffff]]] with an optional offset (and an optional leading T)."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string.startswith("T") else time_string
        try:
            comps = _parse_isoformat_time(text)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        comps[4] = _tz_from_parsed(comps[4])
        return cls(*comps)

    def strftime(self, fmt):
        return _timeformat.format_time(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                                       0, 1, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ---------------------------------------------------------------------------------


class datetime(date):
    """A date and a time of day, naive or aware (with a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __revlab_record__(self):
        return ("call", "datetime.datetime",
                (self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond), {})

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if type(year) is not int or type(month) is not int or type(day) is not int or not (
                1 <= month <= 12 and 1 <= day <= 28 and MINYEAR <= year <= MAXYEAR):
            year, month, day = _check_date_fields(year, month, day)
        if (type(hour) is not int or type(minute) is not int or type(second) is not int
                or type(microsecond) is not int or not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59
                                                        and 0 <= microsecond <= 999999) or fold):
            hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _make(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold=0):
        """A datetime of fields already known to be valid (arithmetic's results): no checks."""
        if cls is not datetime:
            return cls(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (here UTC) datetime of a POSIX timestamp; in tz when one is given."""
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        if tz is None:
            return cls(y, m, d, hh, mm, ss, us)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        """The host's clock, naive local (UTC) time, or in tz."""
        return cls.fromtimestamp(_revlab.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_revlab.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_revlab.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string (3.11's forms: any date form, any one-character
        separator, times to the microsecond, Z or offsets)."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            separator_location = _find_isoformat_datetime_separator(date_string)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        dstr = date_string[0:separator_location]
        tstr = date_string[separator_location + 1:]
        date_components = _parse_isoformat_date(dstr, date_string)
        if len(date_string) > separator_location:
            try:
                time_components = _parse_isoformat_time(tstr)
            except ValueError:
                raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        else:
            time_components = [0, 0, 0, 0, None]
        time_components[4] = _tz_from_parsed(time_components[4])
        return cls(*(date_components + time_components))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that date_string gives under format."""
        y, m, d, hh, mm, ss, us, _wd, _jd, gmtoff, gmtoff_fraction, tzname = _timeformat.parse_time(date_string,
                                                                                                    format)
        tz = None
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            tz = timezone(delta, tzname) if tzname else timezone(delta)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def timetuple(self):
        import time as _time
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), yday, dst))

    def _naive_seconds(self):
        return (self.toordinal() - 719163) * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        """POSIX seconds of the datetime (naive ones are local time: UTC here)."""
        if self._tzinfo is None:
            return self._naive_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        import time as _time
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), yday, 0))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        """The same instant in tz (the local zone, UTC, by default)."""
        if tz is None:
            tz = timezone.utc if self._tzinfo is None else _local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self._tzinfo
        if mytz is None:
            offset = timedelta(0)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                offset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_timeformat.DAY_ABBRS[weekday - 1],
                                                  _timeformat.MONTH_ABBRS[self._month], self._day, self._hour,
                                                  self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]."""
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
             + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        return s + _format_offset(off)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        epoch = self._naive_seconds()  # glibc's %s reads the fields as local time (UTC here)
        off = self.utcoffset()
        return _timeformat.format_time(fmt, self._year, self._month, self._day, self._hour, self._minute,
                                       self._second, self._microsecond, utcoffset=off, tzname=self.tzname(),
                                       epoch=epoch)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _micro(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if op in ("==", "!="):
                return None
            if isinstance(other, date):
                raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
            if isinstance(other, _builtin_types):
                raise _cmp_error(op, self, other)
            return None
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a, b = self._micro(), other._micro()
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if op in ("==", "!="):
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        c = self._cmp(other, "==")
        if c is None:
            if isinstance(other, date):
                return False
            return NotImplemented
        return c == 0

    def __lt__(self, other):
        c = self._cmp(other, "<")
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other, "<=")
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, ">")
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other, ">=")
        return NotImplemented if c is None else c >= 0

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _reflected_or_error("+", self, other)
        total = self._micro() + other._to_microseconds()
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        seconds, us = divmod(rest, 1000000)
        hh, seconds = divmod(seconds, 3600)
        mm, ss = divmod(seconds, 60)
        return type(self)._make(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _reflected_or_error("+", other, self)

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return _reflected_or_error("-", self, other)
        base = timedelta._from_microseconds(self._micro() - other._micro())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            tzoff = self.utcoffset()
            if tzoff is None:
                self._hashcode = hash(self._micro())
            else:
                self._hashcode = hash(self._micro() - tzoff._to_microseconds())
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _local_timezone():
    return timezone(timedelta(0), "UTC")


datetime_CAPI = None
