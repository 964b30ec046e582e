"""CurrencyType: a VARCHAR(3) holding the ISO 4217 code. A Currency is stored as its code, a
string as is, anything else as NULL; values load as Currency objects."""
from sqlalchemy import types

from ..primitives import Currency
from .code import CodeType


class CurrencyType(CodeType):
    impl = types.String(3)
    python_type = Currency
    cache_ok = True
