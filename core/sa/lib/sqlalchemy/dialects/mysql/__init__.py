"""sqlalchemy.dialects.mysql: MySQL's types (SQLAlchemy 1.4's mysql/types.py and enumerated.py), as
revision scripts import them; on SQLite they render as SQLAlchemy's SQLite compiler renders them (see
.._foreign)."""
from ...sql import sqltypes
from ...sql.sqltypes import BINARY  # noqa: F401
from ...sql.sqltypes import BLOB  # noqa: F401
from ...sql.sqltypes import BOOLEAN  # noqa: F401
from ...sql.sqltypes import DATE  # noqa: F401
from ...sql.sqltypes import VARBINARY  # noqa: F401
from .._foreign import _GenericOnSQLite
from .._foreign import _NotOnSQLite

_P = "sqlalchemy.dialects.mysql."


def _repr_of(*keyword_lists):
    """The keywords SQLAlchemy's generic_repr(to_inspect=[...]) prints for MySQL's types: each
    class's __init__ keywords in turn, a later default replacing an earlier one in its place."""
    merged = {}
    for keywords in keyword_lists:
        for name, default in keywords:
            merged[name] = default
    return tuple(merged.items())


class _NumericType(_GenericOnSQLite):
    _repr_keywords = _repr_of((("unsigned", False), ("zerofill", False)), sqltypes.Numeric._repr_keywords)

    def __init__(self, unsigned=False, zerofill=False, **kw):
        self.unsigned = unsigned
        self.zerofill = zerofill
        super().__init__(**kw)


class _FloatType(_NumericType, sqltypes.Float):
    _repr_keywords = _repr_of((("precision", None), ("scale", None), ("asdecimal", True)),
                              (("unsigned", False), ("zerofill", False)), sqltypes.Float._repr_keywords)

    def __init__(self, precision=None, scale=None, asdecimal=True, **kw):
        if isinstance(self, (REAL, DOUBLE)) and ((precision is None and scale is not None)
                                                 or (precision is not None and scale is None)):
            raise TypeError("You must specify both precision and scale or omit both altogether.")
        super().__init__(precision=precision, asdecimal=asdecimal, **kw)
        self.scale = scale


class _IntegerType(_NumericType, sqltypes.Integer):
    _repr_keywords = (("display_width", None), ("unsigned", False), ("zerofill", False))

    def __init__(self, display_width=None, **kw):
        self.display_width = display_width
        super().__init__(**kw)


class _StringType(_GenericOnSQLite, sqltypes.String):
    _repr_keywords = _repr_of((("charset", None), ("collation", None), ("ascii", False), ("binary", False),
                               ("unicode", False), ("national", False)), sqltypes.String._repr_keywords)

    def __init__(self, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False,
                 **kw):
        self.charset = charset
        kw.setdefault("collation", kw.pop("collate", collation))
        self.ascii = ascii
        self.unicode = unicode
        self.binary = binary
        self.national = national
        super().__init__(**kw)


class NUMERIC(_NumericType, sqltypes.NUMERIC):
    def __init__(self, precision=None, scale=None, asdecimal=True, **kw):
        super().__init__(precision=precision, scale=scale, asdecimal=asdecimal, **kw)


class DECIMAL(_NumericType, sqltypes.DECIMAL):
    def __init__(self, precision=None, scale=None, asdecimal=True, **kw):
        super().__init__(precision=precision, scale=scale, asdecimal=asdecimal, **kw)


class DOUBLE(_NotOnSQLite, _FloatType):
    __visit_name__ = "DOUBLE"
    _revlab_name = _P + "DOUBLE"


class REAL(_FloatType, sqltypes.REAL):
    __visit_name__ = "REAL"


class FLOAT(_FloatType, sqltypes.FLOAT):
    __visit_name__ = "FLOAT"

    def __init__(self, precision=None, scale=None, asdecimal=False, **kw):
        super().__init__(precision=precision, scale=scale, asdecimal=asdecimal, **kw)


class INTEGER(_IntegerType, sqltypes.INTEGER):
    __visit_name__ = "INTEGER"


class BIGINT(_IntegerType, sqltypes.BIGINT):
    __visit_name__ = "BIGINT"


class SMALLINT(_IntegerType, sqltypes.SMALLINT):
    __visit_name__ = "SMALLINT"


class MEDIUMINT(_NotOnSQLite, _IntegerType):
    __visit_name__ = "MEDIUMINT"
    _revlab_name = _P + "MEDIUMINT"


class TINYINT(_NotOnSQLite, _IntegerType):
    __visit_name__ = "TINYINT"
    _revlab_name = _P + "TINYINT"


class BIT(_NotOnSQLite, sqltypes.TypeEngine):
    __visit_name__ = "BIT"
    _revlab_name = _P + "BIT"

    _repr_keywords = (("length", None),)

    def __init__(self, length=None):
        self.length = length


class TIME(_GenericOnSQLite, sqltypes.TIME):
    __visit_name__ = "TIME"
    _repr_keywords = (("timezone", False), ("fsp", None))

    def __init__(self, timezone=False, fsp=None):
        super().__init__(timezone=timezone)
        self.fsp = fsp


class TIMESTAMP(_GenericOnSQLite, sqltypes.TIMESTAMP):
    __visit_name__ = "TIMESTAMP"
    _repr_keywords = (("timezone", False), ("fsp", None))

    def __init__(self, timezone=False, fsp=None):
        super().__init__(timezone=timezone)
        self.fsp = fsp


class DATETIME(_GenericOnSQLite, sqltypes.DATETIME):
    __visit_name__ = "DATETIME"
    _repr_keywords = (("timezone", False), ("fsp", None))

    def __init__(self, timezone=False, fsp=None):
        super().__init__(timezone=timezone)
        self.fsp = fsp


class YEAR(_NotOnSQLite, sqltypes.TypeEngine):
    __visit_name__ = "YEAR"
    _revlab_name = _P + "YEAR"

    def __init__(self, display_width=None):
        self.display_width = display_width


class TEXT(_StringType, sqltypes.TEXT):
    __visit_name__ = "TEXT"

    def __init__(self, length=None, **kw):
        super().__init__(length=length, **kw)


class TINYTEXT(_NotOnSQLite, _StringType):
    __visit_name__ = "TINYTEXT"
    _revlab_name = _P + "TINYTEXT"


class MEDIUMTEXT(_NotOnSQLite, _StringType):
    __visit_name__ = "MEDIUMTEXT"
    _revlab_name = _P + "MEDIUMTEXT"


class LONGTEXT(_NotOnSQLite, _StringType):
    __visit_name__ = "LONGTEXT"
    _revlab_name = _P + "LONGTEXT"


class VARCHAR(_StringType, sqltypes.VARCHAR):
    __visit_name__ = "VARCHAR"

    def __init__(self, length=None, **kwargs):
        super().__init__(length=length, **kwargs)


class CHAR(_StringType, sqltypes.CHAR):
    __visit_name__ = "CHAR"

    def __init__(self, length=None, **kwargs):
        super().__init__(length=length, **kwargs)


class NVARCHAR(_StringType, sqltypes.NVARCHAR):
    __visit_name__ = "NVARCHAR"

    def __init__(self, length=None, **kwargs):
        kwargs["national"] = True
        super().__init__(length=length, **kwargs)


class NCHAR(_StringType, sqltypes.NCHAR):
    __visit_name__ = "NCHAR"

    def __init__(self, length=None, **kwargs):
        kwargs["national"] = True
        super().__init__(length=length, **kwargs)


class TINYBLOB(_NotOnSQLite, sqltypes._Binary):
    __visit_name__ = "TINYBLOB"
    _revlab_name = _P + "TINYBLOB"


class MEDIUMBLOB(_NotOnSQLite, sqltypes._Binary):
    __visit_name__ = "MEDIUMBLOB"
    _revlab_name = _P + "MEDIUMBLOB"


class LONGBLOB(_NotOnSQLite, sqltypes._Binary):
    __visit_name__ = "LONGBLOB"
    _revlab_name = _P + "LONGBLOB"


class ENUM(_NotOnSQLite, sqltypes.Enum):
    """MySQL's ENUM: SQLite's compiler has no visit_ENUM, so it has no DDL there (sa.Enum does)."""

    __visit_name__ = "ENUM"
    _revlab_name = _P + "ENUM"

    def __init__(self, *enums, **kw):
        for key in ("charset", "collation", "ascii", "binary", "unicode", "national", "retrieve_as_bitwise"):
            kw.pop(key, None)
        super().__init__(*enums, **kw)


class SET(_NotOnSQLite, _StringType):
    __visit_name__ = "SET"
    _revlab_name = _P + "SET"

    def __init__(self, *values, **kw):
        self.retrieve_as_bitwise = kw.pop("retrieve_as_bitwise", False)
        self.values = tuple(values)
        super().__init__(length=max([len(v) for v in values] + [0]), **kw)

    def __repr__(self):
        # generic_repr(to_inspect=[SET, _StringType]): the values, then _StringType's own keywords
        out = [repr(v) for v in self.values]
        for name, default in _StringType._repr_keywords[:6]:
            if getattr(self, name, default) != default:
                out.append("%s=%r" % (name, getattr(self, name)))
        return "SET(%s)" % ", ".join(out)


class JSON(_GenericOnSQLite, sqltypes.JSON):
    pass


INT = INTEGER
DOUBLE_PRECISION = DOUBLE
