"""Time access and conversions, as the time module has them, in a sandbox whose zone is UTC.

Here: time, time_ns, monotonic(_ns), perf_counter(_ns), process_time(_ns), thread_time, sleep,
gmtime, localtime (UTC), mktime, timegm-like conversions, asctime, ctime, strftime, strptime,
struct_time, timezone/altzone/daylight/tzname, get_clock_info.
sleep() does not wait (it would freeze the page): it returns at once for up to 10 seconds and
refuses longer sleeps, which only a runaway or hostile script asks for.
"""

import _revlab
import _timeformat

__all__ = ["time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
           "process_time_ns", "sleep", "gmtime", "localtime", "mktime", "asctime", "ctime", "strftime",
           "strptime", "struct_time", "timezone", "altzone", "daylight", "tzname", "get_clock_info"]

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_MAX_SLEEP = 10


def time():
    """Seconds since the epoch, as a float."""
    return _revlab.time()


def time_ns():
    return _revlab.time_ns()


def monotonic():
    return _revlab.monotonic()


def monotonic_ns():
    return int(_revlab.monotonic() * 1e9)


perf_counter = monotonic
perf_counter_ns = monotonic_ns
process_time = monotonic
process_time_ns = monotonic_ns
thread_time = monotonic
thread_time_ns = monotonic_ns


def sleep(secs):
    """Returns at once (see the module's docstring)."""
    if not isinstance(secs, (int, float)) and not hasattr(secs, "__float__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    secs = float(secs)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if secs > _MAX_SLEEP:
        raise NotImplementedError("time.sleep(%r) is not available in Revlab: the sandbox does not wait, and "
                                  "sleeps longer than %d seconds are refused" % (secs, _MAX_SLEEP))


class struct_time(tuple):
    """The fields of a time: (tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday, tm_yday,
    tm_isdst), with tm_zone and tm_gmtoff as attributes."""

    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 9:
            zone = seq[9]
            gmtoff = seq[10] if len(seq) > 10 else gmtoff
        self = tuple.__new__(cls, seq[:9])
        self._zone = zone
        self._gmtoff = gmtoff
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self))

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def gmtime(secs=None):
    """The UTC struct_time of a number of seconds since the epoch (now by default)."""
    if secs is None:
        secs = _revlab.time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        secs = int(secs // 1)  # rounds down, as Python's time functions do
    days, rest = divmod(int(secs), 86400)
    year, month, day = _timeformat._from_ordinal(days + 719163)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    weekday = (days + 3) % 7
    yday = _timeformat._days_before_month(year, month) + day
    return struct_time((year, month, day, hour, minute, second, weekday, yday, 0), "GMT", 0)


def localtime(secs=None):
    """Like gmtime: the sandbox's zone is UTC."""
    t = gmtime(secs)
    return struct_time(tuple(t), "UTC", 0)


def _as_struct(t):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("function takes exactly 9 arguments (%d given)" % len(t))
    return t


def mktime(t):
    """Seconds since the epoch of a local (here UTC) struct_time, as a float."""
    t = _as_struct(t)
    year, month, day, hour, minute, second = t[:6]
    month0 = month - 1
    year += month0 // 12
    month = month0 % 12 + 1
    days = _timeformat._ordinal(year, month, 1) + day - 1 - 719163
    return float(days * 86400 + hour * 3600 + minute * 60 + second)


def asctime(t=None):
    """'Tue Nov 14 22:13:20 2023'."""
    t = _as_struct(t)
    return "%s %s %2d %02d:%02d:%02d %d" % (_timeformat.DAY_ABBRS[t[6] % 7], _timeformat.MONTH_ABBRS[t[1]], t[2],
                                          t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    """format with the fields of t (now, by default)."""
    t = _as_struct(t)
    year, month, day, hour, minute, second, wday, yday = t[:8]
    if not 1 <= month <= 12:
        raise ValueError("month out of range")
    zone = getattr(t, "tm_zone", None) or "UTC"
    from datetime import timedelta
    return _timeformat.format_time(format, year, month, day, hour, minute, second, 0, wday % 7, yday or None,
                                   timedelta(0), zone, int(mktime(t)))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """The struct_time string gives under format."""
    fields = _timeformat.parse_time(string, format)
    year, month, day, hour, minute, second, _fraction, weekday, julian, gmtoff, _gf, tzname_ = fields
    return struct_time((year, month, day, hour, minute, second, weekday, julian, -1), tzname_, gmtoff)


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return ("namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)"
                % (self.implementation, self.monotonic, self.adjustable, self.resolution))


def get_clock_info(name):
    if name not in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
        raise ValueError("unknown clock")
    if name == "time":
        return _ClockInfo("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09)
    return _ClockInfo("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09)
