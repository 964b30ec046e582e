"""fastapi_users_db_sqlalchemy.generics: GUID and TIMESTAMPAware on SQLite."""
import datetime
import uuid

from sqlalchemy import types


class GUID(types.TypeDecorator):
    """A UUID in a CHAR(36), as its canonical text with hyphens (PostgreSQL would use UUID)."""

    class UUIDChar(types.CHAR):
        python_type = uuid.UUID

    impl = UUIDChar
    cache_ok = True

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(types.CHAR(36))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(value))

    def process_result_value(self, value, dialect):
        if value is None or isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(value)


def now_utc():
    return datetime.datetime.now(datetime.timezone.utc)


class TIMESTAMPAware(types.TypeDecorator):
    """A TIMESTAMP whose values load timezone-aware in UTC (SQLite keeps no offset)."""

    impl = types.TIMESTAMP
    cache_ok = True

    def process_result_value(self, value, dialect):
        return value.replace(tzinfo=datetime.timezone.utc)
