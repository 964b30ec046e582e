"""PasswordType(max_length=None, **passlib_options): on SQLite a BLOB holding the passlib hash of
the password. Revlab has no passlib: the column is created as the real type creates it, a stored
hash (bytes, or a Password holding one) is kept, and a plain password, which would need hashing,
is refused with a message."""
from sqlalchemy import types
from sqlalchemy.dialects import sqlite

from .scalar_coercible import ScalarCoercible


class Password:
    """A password hash as loaded from the column (bytes)."""

    def __init__(self, value, context=None, secret=False):
        self.hash = value if not secret else None
        self.secret = value if secret else None
        if isinstance(self.hash, str):
            self.hash = self.hash.encode("utf8")
        self.context = context

    def __eq__(self, value):
        if self.hash is None or value is None:
            return self.hash is value
        if isinstance(value, Password):
            return value.hash == self.hash
        return False

    def __ne__(self, value):
        return not self == value

    __hash__ = None


class PasswordType(ScalarCoercible, types.TypeDecorator):
    impl = types.VARBINARY(1024)
    python_type = Password
    cache_ok = True

    def __init__(self, max_length=None, **kwargs):
        self.context_options = kwargs
        # Every passlib scheme's hash is shorter than 1024, the length the real type then uses.
        self._max_length = max_length

    @property
    def length(self):
        return 1024 if self._max_length is None else self._max_length

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(sqlite.BLOB(self.length))

    def process_bind_param(self, value, dialect):
        if isinstance(value, Password):
            if value.secret is None:
                return value.hash
            value = value.secret
        if isinstance(value, str):
            raise NotImplementedError(
                "Revlab cannot hash a password as passlib does (PasswordType); store a hash made "
                "elsewhere as bytes, or leave the column empty in the migration")
        return None  # bytes and other values: the real type stores NULL too

    def process_result_value(self, value, dialect):
        return Password(value, self.context_options) if value is not None else None

    def _coerce(self, value):
        if value is None or isinstance(value, Password):
            return value
        raise NotImplementedError("Revlab cannot hash a password as passlib does (PasswordType)")
