"""LocaleType: a VARCHAR(10) holding a locale identifier ('fi_FI'). A string is stored as is,
anything else as NULL. The real type loads babel.Locale objects; Revlab has no Babel, so values
load as the stored strings."""
from sqlalchemy import types

from .scalar_coercible import ScalarCoercible


class LocaleType(ScalarCoercible, types.TypeDecorator):
    impl = types.Unicode(10)
    cache_ok = True

    def __init__(self):
        pass  # the real one checks that Babel is installed

    def process_bind_param(self, value, dialect):
        return value if isinstance(value, str) else None

    def process_result_value(self, value, dialect):
        return value

    def _coerce(self, value):
        return value
