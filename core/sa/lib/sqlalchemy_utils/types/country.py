"""CountryType: a VARCHAR(2) holding the ISO 3166-1 alpha-2 code. A Country is stored as its
code, a string as is, anything else as NULL; values load as Country objects."""
from sqlalchemy import types

from ..primitives import Country
from .scalar_coercible import ScalarCoercible


class CountryType(ScalarCoercible, types.TypeDecorator):
    impl = types.String(2)
    python_type = Country
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if isinstance(value, Country):
            return value.code
        return value if isinstance(value, str) else None

    def process_result_value(self, value, dialect):
        return Country(value) if value is not None else None

    def _coerce(self, value):
        if value is not None and not isinstance(value, Country):
            return Country(value)
        return value
