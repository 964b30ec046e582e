"""sqlmodel.sql.sqltypes: AutoString and GUID on SQLite."""
import uuid

from sqlalchemy import types


class AutoString(types.TypeDecorator):
    """A String whose length MySQL needs: only there does a missing length become 255, so on SQLite
    AutoString() is VARCHAR and AutoString(length=50) VARCHAR(50)."""

    impl = types.String
    cache_ok = True
    mysql_default_length = 255

    def load_dialect_impl(self, dialect):
        if self.impl.length is None and dialect.name == "mysql":
            return dialect.type_descriptor(types.String(self.mysql_default_length))
        return super().load_dialect_impl(dialect)


class GUID(types.TypeDecorator):
    """A UUID in a CHAR(32), as its 32 hex digits (PostgreSQL would use its UUID type)."""

    impl = types.CHAR
    cache_ok = True

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(types.CHAR(32))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return (value if isinstance(value, uuid.UUID) else uuid.UUID(value)).hex

    def process_result_value(self, value, dialect):
        if value is None or isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(value)
