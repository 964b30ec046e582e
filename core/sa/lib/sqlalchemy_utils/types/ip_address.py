"""IPAddressType(max_length=50): a VARCHAR(max_length) holding str(address). Revlab has no
`ipaddress` module, so values load as strings (the real type gives ip_address objects)."""
from sqlalchemy import types

from .scalar_coercible import ScalarCoercible


class IPAddressType(ScalarCoercible, types.TypeDecorator):
    impl = types.Unicode(50)
    cache_ok = True

    def __init__(self, max_length=50, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.impl = types.Unicode(max_length)

    def process_bind_param(self, value, dialect):
        return str(value) if value else None

    def process_result_value(self, value, dialect):
        return value if value else None

    def _coerce(self, value):
        return value if value else None
