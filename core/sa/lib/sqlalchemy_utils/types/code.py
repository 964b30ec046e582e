"""What CountryType and CurrencyType share: a short VARCHAR holding an ISO code. An object of the
type's python_type is stored as its code, a string as is, anything else as NULL; values load as
python_type objects."""
from sqlalchemy import types

from .scalar_coercible import ScalarCoercible


class CodeType(ScalarCoercible, types.TypeDecorator):
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if isinstance(value, self.python_type):
            return value.code
        return value if isinstance(value, str) else None

    def process_result_value(self, value, dialect):
        return self.python_type(value) if value is not None else None

    def _coerce(self, value):
        if value is not None and not isinstance(value, self.python_type):
            return self.python_type(value)
        return value
