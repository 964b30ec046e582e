"""UUIDType(binary=True, native=True): on SQLite a BINARY(16) holding the 16 bytes, or with
binary=False a CHAR(32) holding the 32 hex digits; `native` only matters on PostgreSQL and MSSQL.
Strings (and 16-byte values) are accepted and made UUIDs first."""
import uuid

from sqlalchemy import types

from .scalar_coercible import ScalarCoercible


class UUIDType(ScalarCoercible, types.TypeDecorator):
    impl = types.BINARY(16)
    python_type = uuid.UUID
    cache_ok = True

    def __init__(self, binary=True, native=True):
        # No TypeDecorator.__init__: the impl stays the class's BINARY(16), as in the real type.
        self.binary = binary
        self.native = native

    def __repr__(self):
        return "UUIDType()" if self.binary and self.native else "UUIDType(%s)" % ", ".join(
            "%s=%r" % (k, getattr(self, k)) for k in ("binary", "native") if not getattr(self, k))

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(self.impl if self.binary else types.CHAR(32))

    @staticmethod
    def _coerce(value):
        if value and not isinstance(value, uuid.UUID):
            try:
                value = uuid.UUID(value)
            except (TypeError, ValueError):
                value = uuid.UUID(bytes=value)
        return value

    def process_literal_param(self, value, dialect):
        return "'%s'" % value if value else value

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = self._coerce(value)
        return value.bytes if self.binary else value.hex

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return uuid.UUID(bytes=value) if self.binary else uuid.UUID(value)
