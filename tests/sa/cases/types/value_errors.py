# What the processors refuse, with SQLAlchemy's messages
import datetime
import enum
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
d = sqlite.dialect()


class Color(enum.Enum):
    red = 1


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("datetime str", lambda: sa.DateTime().dialect_impl(d).bind_processor(d)("2020-01-01"))
attempt("date from datetime", lambda: sa.Date().dialect_impl(d).bind_processor(d)(datetime.datetime(2020, 1, 1, 5)))
attempt("date str", lambda: sa.Date().dialect_impl(d).bind_processor(d)("x"))
attempt("time str", lambda: sa.Time().dialect_impl(d).bind_processor(d)("x"))
attempt("parse datetime", lambda: sa.DateTime().dialect_impl(d).result_processor(d, None)("2020-01-02"))
attempt("parse T", lambda: sa.DateTime().dialect_impl(d).result_processor(d, None)("2020-01-02T03:04:05"))
attempt("parse int", lambda: sa.DateTime().dialect_impl(d).result_processor(d, None)(5))
attempt("parse time", lambda: sa.Time().dialect_impl(d).result_processor(d, None)("03:04"))
attempt("bool 2", lambda: sa.Boolean().bind_processor(d)(2))
attempt("bool str", lambda: sa.Boolean().bind_processor(d)("yes"))
attempt("bool 1", lambda: sa.Boolean().bind_processor(d)(1))
attempt("enum unknown", lambda: sa.Enum(Color).bind_processor(d)("blue"))
attempt("enum unknown obj", lambda: sa.Enum(Color).bind_processor(d)(3))
attempt("enum result", lambda: sa.Enum(Color).result_processor(d, None)("blue"))
attempt("enum strings", lambda: sa.Enum("a", "b", name="ab").result_processor(d, None)("c"))
attempt("enum validate", lambda: sa.Enum("a", "b", validate_strings=True).bind_processor(d)("c"))
attempt("enum length", lambda: sa.Enum("abc", native_enum=False, length=2))
