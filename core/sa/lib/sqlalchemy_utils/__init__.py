"""sqlalchemy_utils, as far as revision scripts use it: its column types.

Revlab's own implementation of what SQLAlchemy-Utils 0.38.2 (Debian's python3-sqlalchemy-utils)
does on SQLite: each type is a TypeDecorator over the emulated sqlalchemy, so its DDL is that of the
type it decorates there and its values are bound as the real package binds them (checked against
the real package by tests/sa/cases/sqlalchemy_utils_*.py). The rest of the package (database
helpers, aggregates, generic relationships) is not here.
"""
from .exceptions import ImproperlyConfigured  # noqa: F401
from .primitives import Country, Currency  # noqa: F401
from .types import (  # noqa: F401
    ArrowType,
    Choice,
    ChoiceType,
    CountryType,
    CurrencyType,
    EmailType,
    EncryptedType,
    IPAddressType,
    JSONType,
    LocaleType,
    Password,
    PasswordType,
    ScalarListException,
    ScalarListType,
    StringEncryptedType,
    TimezoneType,
    TSVectorType,
    URLType,
    UUIDType,
)

__version__ = "0.38.2"
