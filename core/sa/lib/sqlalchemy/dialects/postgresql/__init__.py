"""sqlalchemy.dialects.postgresql: PostgreSQL's types (SQLAlchemy 1.4's postgresql/base.py, json.py,
array.py, ranges.py), as revision scripts import them; on SQLite they render as SQLAlchemy's SQLite
compiler renders them (see .._foreign): ENUM as sa.Enum (VARCHAR, create_type ignored), JSON as JSON,
TIME/TIMESTAMP as TIME/TIMESTAMP; UUID, JSONB, ARRAY, INET, ... have no DDL on SQLite."""

from ...sql import sqltypes
from ...sql.sqltypes import BIGINT  # noqa: F401
from ...sql.sqltypes import BOOLEAN  # noqa: F401
from ...sql.sqltypes import CHAR  # noqa: F401
from ...sql.sqltypes import DATE  # noqa: F401
from ...sql.sqltypes import FLOAT  # noqa: F401
from ...sql.sqltypes import INTEGER  # noqa: F401
from ...sql.sqltypes import NUMERIC  # noqa: F401
from ...sql.sqltypes import REAL  # noqa: F401
from ...sql.sqltypes import SMALLINT  # noqa: F401
from ...sql.sqltypes import TEXT  # noqa: F401
from ...sql.sqltypes import VARCHAR  # noqa: F401
from .._foreign import _GenericOnSQLite
from .._foreign import _NotOnSQLite

_P = "sqlalchemy.dialects.postgresql."


class TIMESTAMP(_GenericOnSQLite, sqltypes.TIMESTAMP):
    def __init__(self, timezone=False, precision=None):
        super().__init__(timezone=timezone)
        self.precision = precision


class TIME(_GenericOnSQLite, sqltypes.TIME):
    def __init__(self, timezone=False, precision=None):
        super().__init__(timezone=timezone)
        self.precision = precision


class ENUM(_GenericOnSQLite, sqltypes.Enum):
    """PostgreSQL's named ENUM: on SQLite what sa.Enum is (VARCHAR); create()/drop() do nothing there,
    as SQLite has no native enums."""

    def __init__(self, *enums, **kw):
        self.create_type = kw.pop("create_type", True)
        super().__init__(*enums, **kw)

    def _revlab_call(self):
        name, args, kwargs = sqltypes.Enum._revlab_call(self)
        kwargs = {k: v for k, v in kwargs.items() if k != "create_type"}
        if name.startswith(_P):
            name = "sqlalchemy.Enum"
        return name, args, kwargs

    def create(self, bind=None, checkfirst=True):
        pass

    def drop(self, bind=None, checkfirst=True):
        pass


class JSON(_GenericOnSQLite, sqltypes.JSON):
    def __init__(self, none_as_null=False, astext_type=None):
        super().__init__(none_as_null=none_as_null)
        if astext_type is not None:
            self.astext_type = astext_type


class JSONB(_NotOnSQLite, JSON):
    __visit_name__ = "JSONB"
    _revlab_name = _P + "JSONB"


class UUID(_NotOnSQLite, sqltypes.TypeEngine):
    __visit_name__ = "UUID"
    _revlab_name = _P + "UUID"

    def __init__(self, as_uuid=False):
        self.as_uuid = as_uuid

    def bind_processor(self, dialect):
        if self.as_uuid:
            def process(value):
                if value is not None:
                    value = str(value)
                return value

            return process
        return None

    def result_processor(self, dialect, coltype):
        if self.as_uuid:
            import uuid

            def process(value):
                if value is not None:
                    value = uuid.UUID(value)
                return value

            return process
        return None


class ARRAY(_NotOnSQLite, sqltypes.ARRAY):
    _revlab_name = _P + "ARRAY"


def _no_ddl(name, base=sqltypes.TypeEngine, init=None):
    def __init__(self, *args, **kwargs):
        pass

    return type(name, (_NotOnSQLite, base), {"__visit_name__": name, "_revlab_name": _P + name,
                                             "__init__": init or __init__, "__module__": __name__})


BYTEA = _no_ddl("BYTEA", sqltypes.LargeBinary, sqltypes.LargeBinary.__init__)
DOUBLE_PRECISION = _no_ddl("DOUBLE_PRECISION", sqltypes.Float, sqltypes.Float.__init__)
INTERVAL = _no_ddl("INTERVAL", sqltypes._AbstractInterval)
INET = _no_ddl("INET")
CIDR = _no_ddl("CIDR")
MACADDR = _no_ddl("MACADDR")
MACADDR8 = _no_ddl("MACADDR8")
MONEY = _no_ddl("MONEY")
OID = _no_ddl("OID")
REGCLASS = _no_ddl("REGCLASS")
TSVECTOR = _no_ddl("TSVECTOR")
BIT = _no_ddl("BIT")
HSTORE = _no_ddl("HSTORE")
INT4RANGE = _no_ddl("INT4RANGE")
INT8RANGE = _no_ddl("INT8RANGE")
NUMRANGE = _no_ddl("NUMRANGE")
DATERANGE = _no_ddl("DATERANGE")
TSRANGE = _no_ddl("TSRANGE")
TSTZRANGE = _no_ddl("TSTZRANGE")

