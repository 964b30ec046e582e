"""CurrencyType: a VARCHAR(3) holding the ISO 4217 code. A Currency is stored as its code, a
string as is, anything else as NULL; values load as Currency objects."""
from sqlalchemy import types

from ..primitives import Currency
from .scalar_coercible import ScalarCoercible


class CurrencyType(ScalarCoercible, types.TypeDecorator):
    impl = types.String(3)
    python_type = Currency
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if isinstance(value, Currency):
            return value.code
        return value if isinstance(value, str) else None

    def process_result_value(self, value, dialect):
        return Currency(value) if value is not None else None

    def _coerce(self, value):
        if value is not None and not isinstance(value, Currency):
            return Currency(value)
        return value
