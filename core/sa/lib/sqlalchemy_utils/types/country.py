"""CountryType: a VARCHAR(2) holding the ISO 3166-1 alpha-2 code. A Country is stored as its
code, a string as is, anything else as NULL; values load as Country objects."""
from sqlalchemy import types

from ..primitives import Country
from .code import CodeType


class CountryType(CodeType):
    impl = types.String(2)
    python_type = Country
    cache_ok = True
