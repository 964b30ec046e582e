"""TimezoneType(backend='dateutil'): a VARCHAR(50) holding the zone's name ('Europe/Paris').
Each backend (dateutil, pytz, zoneinfo) stores the name of the zone it made from the value, so a
zone name is stored as written. Revlab has no time zone database: names are not checked, and
values load as the stored names (the real type gives the backend's tzinfo objects)."""
from sqlalchemy import types

from ..exceptions import ImproperlyConfigured
from .scalar_coercible import ScalarCoercible


class TimezoneType(ScalarCoercible, types.TypeDecorator):
    impl = types.Unicode(50)
    python_type = None
    cache_ok = True

    def __init__(self, backend="dateutil"):
        if backend not in ("dateutil", "pytz", "zoneinfo"):
            raise ImproperlyConfigured(
                "'pytz', 'dateutil' or 'zoneinfo' are the backends supported for 'TimezoneType'")
        self.backend = backend

    def _coerce(self, value):
        return value

    def process_bind_param(self, value, dialect):
        if not value:
            return None
        # A tzinfo object from a script: the name every backend keeps.
        for attr in ("key", "zone", "_filename"):
            name = getattr(value, attr, None)
            if isinstance(name, str):
                return name
        return str(value)

    def process_result_value(self, value, dialect):
        return value if value else None
