"""ArrowType(timezone=False): a DATETIME holding the moment in UTC, without an offset.

The real type needs the `arrow` package and loads Arrow objects. Revlab has no arrow: a datetime
(naive ones are taken as UTC, as arrow.get takes them) or an ISO 8601 string is converted to UTC
and stored as the real type stores it; values load as datetimes in UTC (timezone-aware)."""
import datetime

from sqlalchemy import types

from .scalar_coercible import ScalarCoercible

_UTC = datetime.timezone.utc


def _utc(value):
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if not isinstance(value, datetime.datetime):
        raise TypeError("Revlab's ArrowType takes a datetime or an ISO 8601 string, not %r" % (value,))
    if value.tzinfo is None:
        return value.replace(tzinfo=_UTC)
    return value.astimezone(_UTC)


class ArrowType(ScalarCoercible, types.TypeDecorator):
    impl = types.DateTime
    cache_ok = True

    def _coerce(self, value):
        return _utc(value) if value is not None else None

    def process_bind_param(self, value, dialect):
        if not value:
            return value
        utc = _utc(value)
        # DateTime(timezone=True) keeps the offset; SQLite's DATETIME storage drops it either way.
        return utc if self.impl.timezone else utc.replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return value.replace(tzinfo=_UTC) if value else value

    def process_literal_param(self, value, dialect):
        return str(value)
