# Values both ways through the SQLite dialect's bind and result processors
import datetime
import decimal
import enum
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
d = sqlite.dialect()


class Color(enum.Enum):
    red = 1
    green = "g"


def procs(t):
    impl = t.dialect_impl(d)
    return impl.bind_processor(d), impl.result_processor(d, None)


cases = [
    (sa.DateTime(), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), "2020-01-02 03:04:05.000006"),
    (sa.DateTime(), datetime.datetime(2020, 1, 2, 3, 4, 5), "2020-01-02 03:04:05"),
    (sa.DateTime(), datetime.date(2020, 1, 2), "2020-01-02 03:04:05.123"),
    (sa.Date(), datetime.date(2020, 1, 2), "2020-01-02"),
    (sa.Date(), datetime.date(1999, 12, 31), "2020-1-2x"),
    (sa.Time(), datetime.time(3, 4, 5), "03:04:05"),
    (sa.Time(), datetime.time(23, 59, 59, 999999), "03:04:05.5"),
    (sa.Boolean(), True, 1),
    (sa.Boolean(), False, 0),
    (sa.Boolean(), None, None),
    (sa.JSON(), {"a": [1, None, "x"]}, '{"a": [1, null, "x"]}'),
    (sa.JSON(), None, None),
    (sa.JSON(none_as_null=True), None, "null"),
    (sa.JSON(), [1, 2], "[1, 2]"),
    (sa.Numeric(10, 2), decimal.Decimal("1.50"), 1.5),
    (sa.Numeric(), decimal.Decimal("2.25"), 2.25),
    (sa.Numeric(asdecimal=False), decimal.Decimal("2.25"), 2.25),
    (sa.Float(), 1.5, 1.5),
    (sa.Float(asdecimal=True), 1.5, 1.5),
    (sa.Integer(), 5, 5),
    (sa.Enum(Color), Color.green, "green"),
    (sa.Enum(Color), Color.red, "red"),
    (sa.Enum("a", "b"), "a", "b"),
    (sa.Enum(Color, values_callable=lambda e: [str(m.value) for m in e]), Color.red, "g"),
    (sa.Interval(), datetime.timedelta(days=1, seconds=3), "1970-01-02 00:00:03.000000"),
    (sa.LargeBinary(), b"ab", b"ab"),
    (sa.String(), "x", "x"),
    (sqlite.DATETIME(truncate_microseconds=True), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), "2020-01-02 03:04:05"),
    (sqlite.DATETIME(storage_format="%(year)04d/%(month)02d/%(day)02d", regexp=r"(\d+)/(\d+)/(\d+)"),
     datetime.datetime(2020, 1, 2), "2021/03/04"),
]
for t, value, raw in cases:
    b, r = procs(t)
    print(repr(t), repr(b(value) if b else value), repr(r(raw) if r else raw))
