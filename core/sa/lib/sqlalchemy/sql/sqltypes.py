"""SQLAlchemy's generic and SQL-standard types, as SQLAlchemy 1.4's sql/sqltypes.py defines them.

Generic ("CamelCase") types: Integer, SmallInteger, BigInteger, String, Text, Unicode, UnicodeText,
Boolean, Date, DateTime, Time, Interval, Float, Numeric, LargeBinary, PickleType, JSON, Enum, ARRAY,
NullType, TupleType, MatchType. SQL-standard ("UPPERCASE") types: INTEGER, INT, SMALLINT, BIGINT,
VARCHAR, NVARCHAR, CHAR, NCHAR, TEXT, CLOB, BOOLEAN, DATE, DATETIME, TIME, TIMESTAMP, FLOAT, REAL,
NUMERIC, DECIMAL, BLOB, BINARY, VARBINARY.

Each converts values as SQLAlchemy's SQLite dialect does: Boolean 1/0, Numeric float <-> Decimal,
JSON through json.dumps/loads, Enum names <-> members, Interval as a DATETIME from the epoch, and
(through dialects/sqlite) Date/DateTime/Time as text. Each renders its DDL name as SQLite's type
compiler does (`_ddl`).

Not here: PickleType pickles nothing (Revlab has no pickle module): binding a value raises. ARRAY
exists to be named in scripts; SQLite cannot render or store it, as in SQLAlchemy.
"""
from .. import exc
from . import type_api
from .type_api import ExternalType  # noqa: F401
from .type_api import TypeDecorator
from .type_api import TypeEngine
from .type_api import UserDefinedType  # noqa: F401
from .type_api import Variant  # noqa: F401
from .type_api import to_instance


class _LazyDatetime:
    """The datetime module, imported when first used (so that the types load without it)."""

    def __getattr__(self, name):
        import datetime

        return getattr(datetime, name)


_dt = _LazyDatetime()


# ---- mixins (not TypeEngine subclasses, so that _type_affinity skips them) --------------------
class Concatenable:
    """A type whose `+` is SQL's `||` (strings)."""

    _concatenable = True


class Indexable:
    """A type whose values can be indexed in SQL (JSON, ARRAY)."""


class Emulated:
    """A type that another backend renders natively (Enum, Boolean, Interval)."""

    def adapt_to_emulated(self, impltype, **kw):
        return TypeEngine.adapt(self, impltype, **kw)


class SchemaType:
    """A type that can produce schema objects (Boolean's and Enum's CHECK constraint)."""

    def _init_schema(self, name=None, schema=None, metadata=None, inherit_schema=False, quote=None,
                     _create_events=True):
        self.name = name
        self.schema = schema
        self.metadata = metadata
        self.inherit_schema = inherit_schema
        self._create_events = _create_events

    # Enum(...).create(bind, checkfirst=True) and .drop(bind): SQLAlchemy creates a named type only
    # where the dialect has one (PostgreSQL's CREATE TYPE); SQLite has none, so both emit nothing.
    def _bind_for_ddl(self, bind):
        if bind is None:
            bind = getattr(self.metadata, "bind", None)
        if bind is None:
            from sqlalchemy import exc
            raise exc.UnboundExecutionError(
                "%s is not bound to an Engine or Connection.  Execution can not proceed without a "
                "database to execute against." % self.__class__.__name__)
        return bind

    def create(self, bind=None, checkfirst=False):
        self._bind_for_ddl(bind)

    def drop(self, bind=None, checkfirst=False):
        self._bind_for_ddl(bind)


# ---- numbers --------------------------------------------------------------------------------
class Integer(TypeEngine):
    __visit_name__ = "integer"
    _revlab_name = "sqlalchemy.Integer"

    @property
    def python_type(self):
        return int

    def literal_processor(self, dialect):
        def process(value):
            return str(int(value))

        return process

    def _ddl(self, dialect):
        return "INTEGER"


class SmallInteger(Integer):
    __visit_name__ = "small_integer"
    _revlab_name = "sqlalchemy.SmallInteger"

    def _ddl(self, dialect):
        return "SMALLINT"


class BigInteger(Integer):
    __visit_name__ = "big_integer"
    _revlab_name = "sqlalchemy.BigInteger"

    def _ddl(self, dialect):
        return "BIGINT"


def _decimal_processor(scale):
    import decimal

    fstring = "%%.%df" % scale
    Decimal = decimal.Decimal

    def process(value):
        if value is None:
            return None
        return Decimal(fstring % value)

    return process


class Numeric(TypeEngine):
    __visit_name__ = "numeric"
    _revlab_name = "sqlalchemy.Numeric"
    _default_decimal_return_scale = 10
    _repr_keywords = (("precision", None), ("scale", None), ("decimal_return_scale", None),
                      ("asdecimal", True))

    def __init__(self, precision=None, scale=None, decimal_return_scale=None, asdecimal=True):
        self.precision = precision
        self.scale = scale
        self.decimal_return_scale = decimal_return_scale
        self.asdecimal = asdecimal

    @property
    def _effective_decimal_return_scale(self):
        if self.decimal_return_scale is not None:
            return self.decimal_return_scale
        if getattr(self, "scale", None) is not None:
            return self.scale
        return self._default_decimal_return_scale

    @property
    def python_type(self):
        if self.asdecimal:
            import decimal

            return decimal.Decimal
        return float

    def literal_processor(self, dialect):
        def process(value):
            return str(value)

        return process

    def bind_processor(self, dialect):
        # pysqlite has no Decimal: SQLAlchemy sends floats.
        def process(value):
            if value is None:
                return None
            return float(value)

        return process

    def result_processor(self, dialect, coltype):
        if self.asdecimal:
            if not dialect.supports_native_decimal:
                # as SQLAlchemy warns once a result reads such a column (the processor is then kept)
                from .. import util

                util.warn("Dialect %s+%s does *not* support Decimal objects natively, and SQLAlchemy must "
                          "convert from floating point - rounding errors and other issues may occur. Please "
                          "consider storing Decimal numbers as strings or integers on this platform for lossless "
                          "storage." % (dialect.name, dialect.driver))
            return _decimal_processor(self._effective_decimal_return_scale)
        return None

    def _ddl(self, dialect):
        return _numeric_ddl("NUMERIC", self)


def _numeric_ddl(name, type_):
    if type_.precision is None:
        return name
    if type_.scale is None:
        return "%s(%s)" % (name, type_.precision)
    return "%s(%s, %s)" % (name, type_.precision, type_.scale)


class Float(Numeric):
    __visit_name__ = "float"
    _revlab_name = "sqlalchemy.Float"
    scale = None
    _repr_keywords = (("precision", None), ("asdecimal", False), ("decimal_return_scale", None))

    def __init__(self, precision=None, asdecimal=False, decimal_return_scale=None):
        self.precision = precision
        self.asdecimal = asdecimal
        self.decimal_return_scale = decimal_return_scale

    def result_processor(self, dialect, coltype):
        if self.asdecimal:
            return _decimal_processor(self._effective_decimal_return_scale)
        return None

    def bind_processor(self, dialect):
        return None

    def _ddl(self, dialect):
        return "FLOAT"


# ---- strings --------------------------------------------------------------------------------
class String(Concatenable, TypeEngine):
    __visit_name__ = "string"
    _revlab_name = "sqlalchemy.String"
    _repr_keywords = (("length", None), ("collation", None))
    _ddl_name = "VARCHAR"

    def __init__(self, length=None, collation=None, convert_unicode=False, unicode_error=None,
                 _warn_on_bytestring=False, _expect_unicode=False):
        self.length = length
        self.collation = collation

    @property
    def python_type(self):
        return str

    def literal_processor(self, dialect):
        def process(value):
            return "'%s'" % value.replace("'", "''")

        return process

    def _ddl(self, dialect):
        text = self._ddl_name
        if self.length:
            text += "(%d)" % self.length
        if self.collation:
            text += ' COLLATE "%s"' % self.collation
        return text


class Text(String):
    __visit_name__ = "text"
    _revlab_name = "sqlalchemy.Text"
    _ddl_name = "TEXT"


class Unicode(String):
    __visit_name__ = "unicode"
    _revlab_name = "sqlalchemy.Unicode"


class UnicodeText(Text):
    __visit_name__ = "unicode_text"
    _revlab_name = "sqlalchemy.UnicodeText"


# ---- binary ---------------------------------------------------------------------------------
class _Binary(TypeEngine):
    _repr_keywords = (("length", None),)
    _ddl_name = "BLOB"

    def __init__(self, length=None):
        self.length = length

    @property
    def python_type(self):
        return bytes

    def literal_processor(self, dialect):
        def process(value):
            return "'%s'" % value.decode("utf-8").replace("'", "''")

        return process

    def bind_processor(self, dialect):
        def process(value):
            if value is None:
                return None
            return bytes(value)

        return process

    def result_processor(self, dialect, coltype):
        def process(value):
            if value is None:
                return None
            if isinstance(value, str):
                # A TEXT value in a BLOB column: sqlite3 gives str, SQLAlchemy passes it on.
                return value
            return bytes(value)

        return process

    def _ddl(self, dialect):
        if self._ddl_name == "BLOB":
            return "BLOB"
        return self._ddl_name + ("(%d)" % self.length if self.length else "")


class LargeBinary(_Binary):
    __visit_name__ = "large_binary"
    _revlab_name = "sqlalchemy.LargeBinary"


# ---- booleans -------------------------------------------------------------------------------
class Boolean(Emulated, TypeEngine, SchemaType):
    __visit_name__ = "boolean"
    _revlab_name = "sqlalchemy.Boolean"
    native = True
    _repr_keywords = (("create_constraint", False), ("name", None))

    def __init__(self, create_constraint=False, name=None, _create_events=True):
        self.create_constraint = create_constraint
        self.name = name
        self._create_events = _create_events

    @property
    def python_type(self):
        return bool

    _strict_bools = frozenset([None, True, False])

    def _strict_as_bool(self, value):
        if value not in self._strict_bools:
            if not isinstance(value, int):
                raise TypeError("Not a boolean value: %r" % (value,))
            raise ValueError("Value %r is not None, True, or False" % (value,))
        return value

    def literal_processor(self, dialect):
        def process(value):
            return "1" if self._strict_as_bool(value) else "0"

        return process

    def bind_processor(self, dialect):
        strict = self._strict_as_bool

        def process(value):
            value = strict(value)
            if value is not None:
                value = int(value)
            return value

        return process

    def result_processor(self, dialect, coltype):
        def process(value):
            if value is None:
                return None
            return bool(value)

        return process

    def _ddl(self, dialect):
        return "BOOLEAN"


# ---- dates and times ------------------------------------------------------------------------
class DateTime(TypeEngine):
    __visit_name__ = "datetime"
    _revlab_name = "sqlalchemy.DateTime"
    _repr_keywords = (("timezone", False),)

    def __init__(self, timezone=False):
        self.timezone = timezone

    @property
    def python_type(self):
        return _dt.datetime

    def _ddl(self, dialect):
        return "DATETIME"


class Date(TypeEngine):
    __visit_name__ = "date"
    _revlab_name = "sqlalchemy.Date"

    @property
    def python_type(self):
        return _dt.date

    def _ddl(self, dialect):
        return "DATE"


class Time(TypeEngine):
    __visit_name__ = "time"
    _revlab_name = "sqlalchemy.Time"
    _repr_keywords = (("timezone", False),)

    def __init__(self, timezone=False):
        self.timezone = timezone

    @property
    def python_type(self):
        return _dt.time

    def _ddl(self, dialect):
        return "TIME"


class _AbstractInterval(TypeEngine):
    @property
    def _type_affinity(self):
        return Interval


class Interval(Emulated, _AbstractInterval, TypeDecorator):
    """A timedelta, stored on SQLite as the DATETIME that far from 1970-01-01."""

    impl = DateTime
    cache_ok = True
    _revlab_name = "sqlalchemy.Interval"
    _repr_keywords = (("native", True), ("second_precision", None), ("day_precision", None))

    def __init__(self, native=True, second_precision=None, day_precision=None):
        TypeDecorator.__init__(self)
        self.native = native
        self.second_precision = second_precision
        self.day_precision = day_precision

    @property
    def epoch(self):
        return _dt.datetime(1970, 1, 1)

    @property
    def python_type(self):
        return _dt.timedelta

    def _gen_dialect_impl(self, dialect):
        tt = self.copy()
        tt.impl = self.impl.dialect_impl(dialect)
        return tt

    def bind_processor(self, dialect):
        impl_processor = self.impl.bind_processor(dialect)
        epoch = self.epoch

        def process(value):
            if value is not None:
                value = epoch + value
            return impl_processor(value) if impl_processor else value

        return process

    def result_processor(self, dialect, coltype):
        impl_processor = self.impl.result_processor(dialect, coltype)
        epoch = self.epoch

        def process(value):
            if impl_processor:
                value = impl_processor(value)
            if value is None:
                return None
            return value - epoch

        return process

    def literal_processor(self, dialect):
        return None

    def coerce_compared_value(self, op, value):
        return self.impl.coerce_compared_value(op, value)

    def __repr__(self):
        return TypeEngine.__repr__(self)

    def _ddl(self, dialect):
        return "DATETIME"

    def _revlab_call(self):
        return TypeEngine._revlab_call(self)

    @classmethod
    def _revlab_class_record(cls):
        return ("ref", cls._revlab_name)


# ---- JSON -----------------------------------------------------------------------------------
class _JSONNull:
    def __repr__(self):
        return "symbol('JSON_NULL')"


class JSON(Indexable, TypeEngine):
    """JSON text (json.dumps on the way in, json.loads on the way out)."""

    __visit_name__ = "JSON"
    _revlab_name = "sqlalchemy.JSON"
    hashable = False
    NULL = _JSONNull()
    _repr_keywords = (("none_as_null", False),)

    def __init__(self, none_as_null=False):
        self.none_as_null = none_as_null

    @property
    def should_evaluate_none(self):
        return not self.none_as_null

    @property
    def python_type(self):
        return dict

    def bind_processor(self, dialect):
        import json

        dumps = dialect._json_serializer or json.dumps
        NULL = self.NULL
        none_as_null = self.none_as_null
        from .elements import Null

        def process(value):
            if value is NULL:
                value = None
            elif isinstance(value, Null) or (value is None and none_as_null):
                return None
            return dumps(value)

        return process

    def result_processor(self, dialect, coltype):
        import json

        loads = dialect._json_deserializer or json.loads

        def process(value):
            if value is None:
                return None
            return loads(value)

        return process

    def _ddl(self, dialect):
        return "JSON"

    class JSONElementType(TypeEngine):
        pass

    class JSONIndexType(JSONElementType):
        """The type of an index into JSON (`col["key"]`, `col[0]`): on SQLite a JSON path."""

        def bind_processor(self, dialect):
            def process(value):
                if isinstance(value, int):
                    return "$[%s]" % value
                return '$."%s"' % value

            return process

        def literal_processor(self, dialect):
            def process(value):
                if isinstance(value, int):
                    return "'$[%s]'" % value
                return "'$.\"%s\"'" % value

            return process

    class JSONIntIndexType(JSONIndexType):
        pass

    class JSONStrIndexType(JSONIndexType):
        pass

    class JSONPathType(JSONElementType):
        pass


# ---- enumerations ---------------------------------------------------------------------------
def _repr_tuple_names(names):
    """SQLAlchemy's langhelpers.repr_tuple_names: at most four names, long ones shortened."""
    if len(names) == 0:
        return None
    flag = len(names) <= 4
    names = names[0:4] if flag else names[0:3] + names[-1:]
    res = ["%s.." % name[:4] if len(name) > 11 else name for name in names]
    if flag:
        return ", ".join(res)
    return "%s, ..., %s" % (", ".join(res[0:3]), res[-1])


class Enum(Emulated, String, SchemaType):
    """Strings from a fixed list, or the members of a Python enum.Enum class (stored by NAME unless
    values_callable says otherwise)."""

    __visit_name__ = "enum"
    _revlab_name = "sqlalchemy.Enum"

    def __init__(self, *enums, **kw):
        self._enum_init(enums, kw)

    def _enum_init(self, enums, kw):
        self.native_enum = kw.pop("native_enum", True)
        self.create_constraint = kw.pop("create_constraint", False)
        self.values_callable = kw.pop("values_callable", None)
        self._sort_key_function = kw.pop("sort_key_function", None)
        length_arg = kw.pop("length", None)
        self._omit_aliases = kw.pop("omit_aliases", None)
        self.validate_strings = kw.pop("validate_strings", False)
        kw.pop("convert_unicode", None)
        values, objects = self._parse_into_values(enums, kw)
        self._setup_for_values(values, objects, kw)
        # None binds and loads as None (SQLAlchemy 1.4 puts it in both lookups).
        self._valid_lookup[None] = self._object_lookup[None] = None
        if self.enums:
            self._default_length = length = max(len(x) for x in self.enums)
        else:
            self._default_length = length = 0
        if length_arg is not None:
            if not self.native_enum:
                if length_arg < length:
                    raise ValueError("When provided, length must be larger or equal than the length "
                                     "of the longest enum value. %s < %s" % (length_arg, length))
                length = length_arg
        String.__init__(self, length=length)
        if self.enum_class is not None:
            kw.setdefault("name", self.enum_class.__name__.lower())
        self._init_schema(name=kw.pop("name", None), schema=kw.pop("schema", None),
                          metadata=kw.pop("metadata", None), inherit_schema=kw.pop("inherit_schema", False),
                          quote=kw.pop("quote", None), _create_events=kw.pop("_create_events", True))
        if kw:
            raise TypeError("Enum() got an unexpected keyword argument %r" % sorted(kw)[0])

    def _parse_into_values(self, enums, kw):
        if not enums and "_enums" in kw:
            enums = kw.pop("_enums")
        if len(enums) == 1 and isinstance(enums[0], type) and hasattr(enums[0], "__members__"):
            self.enum_class = enums[0]
            members = self.enum_class.__members__
            if self._omit_aliases is True:
                members = {n: v for n, v in members.items() if v.name == n}
            if self.values_callable:
                values = list(self.values_callable(self.enum_class))
            else:
                values = list(members)
            objects = [members[k] for k in members]
            return values, objects
        self.enum_class = None
        return list(enums), list(enums)

    def _setup_for_values(self, values, objects, kw):
        self.enums = list(values)
        self._valid_lookup = {}
        for obj, value in zip(objects, values):
            self._valid_lookup[obj] = value
        self._object_lookup = {}
        for obj, value in zip(objects, values):
            self._object_lookup[value] = obj
        for value in values:
            self._valid_lookup[value] = self._valid_lookup[self._object_lookup[value]]

    @property
    def sort_key_function(self):
        if self._sort_key_function is None:
            return self._db_value_for_elem
        return self._sort_key_function

    @property
    def native(self):
        return self.native_enum

    def _db_value_for_elem(self, elem):
        try:
            return self._valid_lookup[elem]
        except (KeyError, TypeError):
            if not self.validate_strings and isinstance(elem, str):
                return elem
            raise LookupError("'%s' is not among the defined enum values. Enum name: %s. Possible values: %s"
                              % (elem, self.name, _repr_tuple_names(self.enums)))

    def _object_value_for_elem(self, elem):
        try:
            return self._object_lookup[elem]
        except (KeyError, TypeError):
            raise LookupError("'%s' is not among the defined enum values. Enum name: %s. Possible values: %s"
                              % (elem, self.name, _repr_tuple_names(self.enums)))

    def literal_processor(self, dialect):
        parent = String.literal_processor(self, dialect)

        def process(value):
            return parent(self._db_value_for_elem(value))

        return process

    def bind_processor(self, dialect):
        def process(value):
            return self._db_value_for_elem(value)

        return process

    def result_processor(self, dialect, coltype):
        def process(value):
            return self._object_value_for_elem(value)

        return process

    def _revlab_prebind(self, value, dialect):
        # A member of the enum class is stored by name (or values_callable's value).
        return self._db_value_for_elem(value)

    @property
    def python_type(self):
        if self.enum_class:
            return self.enum_class
        return str

    def adapt(self, cls, **kw):
        obj = TypeEngine.adapt(self, cls, **kw)
        return obj

    def copy(self, **kw):
        return self.adapt(self.__class__)

    def __repr__(self):
        out = [repr(e) for e in self.enums]
        for name, default in (("name", None), ("schema", None), ("metadata", None), ("inherit_schema", False),
                              ("native_enum", True), ("create_constraint", False),
                              ("length", self._default_length)):
            value = getattr(self, name, default)
            if value != default:
                out.append("%s=%r" % (name, value))
        return "%s(%s)" % (self.__class__.__name__, ", ".join(out))

    def _ddl(self, dialect):
        return String._ddl(self, dialect)

    def _revlab_call(self):
        if type(self).__dict__.get("_revlab_name") and self.enum_class is None:
            args, kwargs = self._revlab_args
            return self._revlab_name, args, kwargs
        # An enum class: its names (or values_callable's) and name=<class name, lower-cased>.
        kwargs = {}
        if self.enum_class is not None:
            kwargs = dict(self._revlab_args[1])
            kwargs.pop("values_callable", None)
            kwargs.setdefault("name", self.name)
        else:
            kwargs["name"] = self.name
            for key, default in (("native_enum", True), ("create_constraint", False)):
                if getattr(self, key) != default:
                    kwargs[key] = getattr(self, key)
        return "sqlalchemy.Enum", tuple(self.enums), kwargs


# ---- the rest -------------------------------------------------------------------------------
class PickleType(TypeDecorator):
    """Named for scripts and models; Revlab has no pickle module, so its values cannot be stored."""

    impl = LargeBinary
    cache_ok = True
    _revlab_name = "sqlalchemy.PickleType"

    def __init__(self, protocol=5, pickler=None, comparator=None, impl=None):
        TypeDecorator.__init__(self)
        self.protocol = protocol
        self.pickler = pickler
        self.comparator = comparator
        if impl is not None:
            self.impl = to_instance(impl)

    def bind_processor(self, dialect):
        def process(value):
            if value is None:
                return None
            raise NotImplementedError("PickleType values cannot be stored in Revlab (there is no pickle module)")

        return process

    def result_processor(self, dialect, coltype):
        def process(value):
            if value is None:
                return None
            raise NotImplementedError("PickleType values cannot be read in Revlab (there is no pickle module)")

        return process

    def __repr__(self):
        return "PickleType()"

    def _revlab_call(self):
        return TypeEngine._revlab_call(self)

    @classmethod
    def _revlab_class_record(cls):
        return ("ref", cls._revlab_name)


class ARRAY(Indexable, Concatenable, TypeEngine):
    __visit_name__ = "ARRAY"
    _revlab_name = "sqlalchemy.ARRAY"
    hashable = False

    def __init__(self, item_type, as_tuple=False, dimensions=None, zero_indexes=False):
        if isinstance(item_type, ARRAY):
            raise ValueError("Do not nest ARRAY types; ARRAY(basetype) handles multi-dimensional arrays of basetype")
        self.item_type = to_instance(item_type)
        self.as_tuple = as_tuple
        self.dimensions = dimensions
        self.zero_indexes = zero_indexes

    @property
    def python_type(self):
        return list

    def __repr__(self):
        out = [repr(self.item_type)]
        for name, default in (("as_tuple", False), ("dimensions", None), ("zero_indexes", False)):
            if getattr(self, name) != default:
                out.append("%s=%r" % (name, getattr(self, name)))
        return "ARRAY(%s)" % ", ".join(out)


class NullType(TypeEngine):
    """The type of an expression whose type is unknown."""

    __visit_name__ = "null"
    _revlab_name = "sqlalchemy.types.NullType"
    _isnull = True

    def literal_processor(self, dialect):
        return None

    def _ddl(self, dialect):
        if dialect.name == "default":
            return "NULL"
        raise exc.CompileError("Can't generate DDL for %r; did you forget to specify a type on this Column?" % self)


class MatchType(Boolean):
    pass


class TupleType(TypeEngine):
    def __init__(self, *types):
        self.types = [to_instance(t) for t in types]


# ---- the SQL-standard names -----------------------------------------------------------------
class INTEGER(Integer):
    __visit_name__ = "INTEGER"
    _revlab_name = "sqlalchemy.INTEGER"


INT = INTEGER


class SMALLINT(SmallInteger):
    __visit_name__ = "SMALLINT"
    _revlab_name = "sqlalchemy.SMALLINT"


class BIGINT(BigInteger):
    __visit_name__ = "BIGINT"
    _revlab_name = "sqlalchemy.BIGINT"


class FLOAT(Float):
    __visit_name__ = "FLOAT"
    _revlab_name = "sqlalchemy.FLOAT"


class REAL(Float):
    __visit_name__ = "REAL"
    _revlab_name = "sqlalchemy.REAL"

    def _ddl(self, dialect):
        return "REAL"


class NUMERIC(Numeric):
    __visit_name__ = "NUMERIC"
    _revlab_name = "sqlalchemy.NUMERIC"


class DECIMAL(Numeric):
    __visit_name__ = "DECIMAL"
    _revlab_name = "sqlalchemy.DECIMAL"

    def _ddl(self, dialect):
        return _numeric_ddl("DECIMAL", self)


class VARCHAR(String):
    __visit_name__ = "VARCHAR"
    _revlab_name = "sqlalchemy.VARCHAR"


class NVARCHAR(Unicode):
    __visit_name__ = "NVARCHAR"
    _revlab_name = "sqlalchemy.NVARCHAR"
    _ddl_name = "NVARCHAR"


class CHAR(String):
    __visit_name__ = "CHAR"
    _revlab_name = "sqlalchemy.CHAR"
    _ddl_name = "CHAR"


class NCHAR(Unicode):
    __visit_name__ = "NCHAR"
    _revlab_name = "sqlalchemy.NCHAR"
    _ddl_name = "NCHAR"


class TEXT(Text):
    __visit_name__ = "TEXT"
    _revlab_name = "sqlalchemy.TEXT"


class CLOB(Text):
    __visit_name__ = "CLOB"
    _revlab_name = "sqlalchemy.CLOB"

    def _ddl(self, dialect):
        return "CLOB"


class BLOB(LargeBinary):
    __visit_name__ = "BLOB"
    _revlab_name = "sqlalchemy.BLOB"


class BINARY(_Binary):
    __visit_name__ = "BINARY"
    _revlab_name = "sqlalchemy.BINARY"
    _ddl_name = "BINARY"


class VARBINARY(_Binary):
    __visit_name__ = "VARBINARY"
    _revlab_name = "sqlalchemy.VARBINARY"
    _ddl_name = "VARBINARY"


class BOOLEAN(Boolean):
    __visit_name__ = "BOOLEAN"
    _revlab_name = "sqlalchemy.BOOLEAN"


class DATETIME(DateTime):
    __visit_name__ = "DATETIME"
    _revlab_name = "sqlalchemy.DATETIME"


class DATE(Date):
    __visit_name__ = "DATE"
    _revlab_name = "sqlalchemy.DATE"


class TIME(Time):
    __visit_name__ = "TIME"
    _revlab_name = "sqlalchemy.TIME"


class TIMESTAMP(DateTime):
    __visit_name__ = "TIMESTAMP"
    _revlab_name = "sqlalchemy.TIMESTAMP"

    def _ddl(self, dialect):
        return "TIMESTAMP"


# ---- values to types ------------------------------------------------------------------------
NULLTYPE = NullType()
NullType._instance = NULLTYPE
BOOLEANTYPE = Boolean()
STRINGTYPE = String()
INTEGERTYPE = Integer()
MATCHTYPE = MatchType()

_type_map = None


def _python_type_map():
    global _type_map
    if _type_map is None:
        _type_map = {
            int: Integer(),
            float: Float(),
            bool: BOOLEANTYPE,
            str: String(),
            bytes: LargeBinary(),
            type(None): NULLTYPE,
        }
        try:
            import datetime

            _type_map[datetime.date] = Date()
            _type_map[datetime.datetime] = DateTime()
            _type_map[datetime.time] = Time()
            _type_map[datetime.timedelta] = Interval()
        except ImportError:
            pass
        try:
            import decimal

            _type_map[decimal.Decimal] = Numeric()
        except ImportError:
            pass
    return _type_map


def _resolve_value_to_type(value):
    """The type SQLAlchemy gives a plain Python value in an expression (`col == 5`: Integer)."""
    result = _python_type_map().get(type(value))
    if result is None:
        if hasattr(value, "__clause_element__") or hasattr(value, "_sa_clause"):
            raise exc.ArgumentError("Object %r is not legal as a SQL literal value" % (value,))
        return NULLTYPE
    return result

