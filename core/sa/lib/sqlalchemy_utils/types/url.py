"""URLType: a TEXT column holding the URL. The real type converts furl objects when the `furl`
package is installed; Revlab has no furl, so, as the real type without it, a string is stored as
is, anything else as NULL, and values load as strings."""
from sqlalchemy import types

from .scalar_coercible import ScalarCoercible


class URLType(ScalarCoercible, types.TypeDecorator):
    impl = types.UnicodeText
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value if isinstance(value, str) else None

    def process_result_value(self, value, dialect):
        return value

    def _coerce(self, value):
        return value
