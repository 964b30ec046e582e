"""SQLAlchemy's SQLite dialect (pysqlite driver), the one dialect Revlab has.

Here: the SQLite date/time types (DATETIME, DATE, TIME with storage_format / regexp /
truncate_microseconds, stored as text), sqlite.JSON, the mapping from generic types to them
(`colspecs`), the names SQLite reflection maps to types (`ischema_names`), the identifier quoting
rules, and the dialect object scripts see as `conn.dialect` (name "sqlite", driver "pysqlite",
server_version_info, paramstyle "qmark").

A second, "default" dialect is what str(statement) and compile() without a dialect use, as in
SQLAlchemy: named parameters (:name) and the generic reserved words.
"""
from ... import _revlab
from ...engine.interfaces import Dialect
from ...sql import sqltypes
from ...sql import type_api
from ...sql.sqltypes import BIGINT  # noqa: F401
from ...sql.sqltypes import BLOB  # noqa: F401
from ...sql.sqltypes import BOOLEAN  # noqa: F401
from ...sql.sqltypes import CHAR  # noqa: F401
from ...sql.sqltypes import DECIMAL  # noqa: F401
from ...sql.sqltypes import FLOAT  # noqa: F401
from ...sql.sqltypes import INTEGER  # noqa: F401
from ...sql.sqltypes import NCHAR  # noqa: F401
from ...sql.sqltypes import NUMERIC  # noqa: F401
from ...sql.sqltypes import NVARCHAR  # noqa: F401
from ...sql.sqltypes import REAL  # noqa: F401
from ...sql.sqltypes import SMALLINT  # noqa: F401
from ...sql.sqltypes import TEXT  # noqa: F401
from ...sql.sqltypes import TIMESTAMP  # noqa: F401
from ...sql.sqltypes import VARCHAR  # noqa: F401


# ---- text dates: parsing as SQLAlchemy's processors (their regular expressions, by hand) ------
def _digits(value, pos):
    end = pos
    n = len(value)
    while end < n and "0" <= value[end] <= "9":
        end += 1
    if end == pos:
        return None, pos
    return int(value[pos:end]), end


def _match_numbers(value, separators, optional_fraction):
    """The groups of a match of (\\d+)SEP(\\d+)SEP...(\\d+)(?:\\.(\\d+))? at the start of value, or None."""
    groups = []
    pos = 0
    for sep in separators:
        number, pos = _digits(value, pos)
        if number is None or not value.startswith(sep, pos):
            return None
        groups.append(number)
        pos += len(sep)
    number, pos = _digits(value, pos)
    if number is None:
        return None
    groups.append(number)
    if optional_fraction:
        fraction = 0
        if value.startswith(".", pos):
            digits, _ = _digits(value, pos + 1)
            if digits is not None:
                fraction = digits
        groups.append(fraction)
    return groups


def _parser(separators, fraction, type_attr, type_name):
    def process(value):
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError("Couldn't parse %s string '%r' - value is not a string." % (type_name, value))
        groups = _match_numbers(value, separators, fraction)
        if groups is None:
            raise ValueError("Couldn't parse %s string: '%s'" % (type_name, value))
        import datetime

        return getattr(datetime, type_attr)(*groups)

    return process


def _regexp_parser(regexp, type_):
    import re

    if isinstance(regexp, str):
        regexp = re.compile(regexp)
    has_named_groups = bool(regexp.groupindex)

    def process(value):
        if value is None:
            return None
        try:
            m = regexp.match(value)
        except TypeError:
            raise ValueError("Couldn't parse %s string '%r' - value is not a string." % (type_.__name__, value))
        if m is None:
            raise ValueError("Couldn't parse %s string: '%s'" % (type_.__name__, value))
        if has_named_groups:
            return type_(**{k: int(v) for k, v in m.groupdict(0).items()})
        return type_(*[int(v) for v in m.groups(0)])

    return process


str_to_datetime = _parser(("-", "-", " ", ":", ":"), True, "datetime", "datetime")
str_to_time = _parser((":", ":"), True, "time", "time")
str_to_date = _parser(("-", "-"), False, "date", "datetime")


class _DateTimeMixin:
    _reg = None
    _storage_format = None

    def _init_format(self, storage_format=None, regexp=None):
        if regexp is not None:
            self._reg = regexp
        if storage_format is not None:
            self._storage_format = storage_format

    @property
    def format_is_text_affinity(self):
        spec = self._storage_format % {"year": 0, "month": 0, "day": 0, "hour": 0, "minute": 0,
                                       "second": 0, "microsecond": 0}
        return any(not ("0" <= ch <= "9") for ch in spec)

    def adapt(self, cls, **kw):
        if issubclass(cls, _DateTimeMixin):
            if self._storage_format:
                kw["_storage_format"] = self._storage_format
            if self._reg:
                kw["_reg"] = self._reg
        return type_api.TypeEngine.adapt(self, cls, **kw)

    def literal_processor(self, dialect):
        bp = self.bind_processor(dialect)

        def process(value):
            return "'%s'" % bp(value)

        return process

    def _ddl(self, dialect):
        if dialect.name != "sqlite":
            return self._ddl_name
        return self._ddl_name + ("" if self.format_is_text_affinity else "_CHAR")


class DATETIME(_DateTimeMixin, sqltypes.DateTime):
    """A datetime as text: 'YYYY-MM-DD HH:MM:SS.ffffff' by default."""

    __visit_name__ = "DATETIME"
    _revlab_name = "sqlalchemy.dialects.sqlite.DATETIME"
    _ddl_name = "DATETIME"
    _storage_format = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"

    def __init__(self, *args, **kwargs):
        truncate_microseconds = kwargs.pop("truncate_microseconds", False)
        storage_format = kwargs.pop("storage_format", None)
        regexp = kwargs.pop("regexp", None)
        sqltypes.DateTime.__init__(self, *args, **kwargs)
        self._init_format(storage_format, regexp)
        if truncate_microseconds:
            assert storage_format is None, "You can specify only one of truncate_microseconds or storage_format."
            assert regexp is None, "You can specify only one of truncate_microseconds or regexp."
            self._storage_format = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d"

    def bind_processor(self, dialect):
        import datetime

        format_ = self._storage_format
        datetime_datetime = datetime.datetime
        datetime_date = datetime.date

        def process(value):
            if value is None:
                return None
            if isinstance(value, datetime_datetime):
                return format_ % {"year": value.year, "month": value.month, "day": value.day,
                                  "hour": value.hour, "minute": value.minute, "second": value.second,
                                  "microsecond": value.microsecond}
            if isinstance(value, datetime_date):
                return format_ % {"year": value.year, "month": value.month, "day": value.day,
                                  "hour": 0, "minute": 0, "second": 0, "microsecond": 0}
            raise TypeError("SQLite DateTime type only accepts Python datetime and date objects as input.")

        return process

    def result_processor(self, dialect, coltype):
        if self._reg:
            import datetime

            return _regexp_parser(self._reg, datetime.datetime)
        return str_to_datetime


class DATE(_DateTimeMixin, sqltypes.Date):
    """A date as text: 'YYYY-MM-DD' by default."""

    __visit_name__ = "DATE"
    _revlab_name = "sqlalchemy.dialects.sqlite.DATE"
    _ddl_name = "DATE"
    _storage_format = "%(year)04d-%(month)02d-%(day)02d"

    def __init__(self, storage_format=None, regexp=None, **kw):
        sqltypes.Date.__init__(self, **kw)
        self._init_format(storage_format, regexp)

    def bind_processor(self, dialect):
        import datetime

        format_ = self._storage_format
        datetime_date = datetime.date

        def process(value):
            if value is None:
                return None
            if isinstance(value, datetime_date):
                return format_ % {"year": value.year, "month": value.month, "day": value.day}
            raise TypeError("SQLite Date type only accepts Python date objects as input.")

        return process

    def result_processor(self, dialect, coltype):
        if self._reg:
            import datetime

            return _regexp_parser(self._reg, datetime.date)
        return str_to_date


class TIME(_DateTimeMixin, sqltypes.Time):
    """A time as text: 'HH:MM:SS.ffffff' by default."""

    __visit_name__ = "TIME"
    _revlab_name = "sqlalchemy.dialects.sqlite.TIME"
    _ddl_name = "TIME"
    _storage_format = "%(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"

    def __init__(self, *args, **kwargs):
        truncate_microseconds = kwargs.pop("truncate_microseconds", False)
        storage_format = kwargs.pop("storage_format", None)
        regexp = kwargs.pop("regexp", None)
        sqltypes.Time.__init__(self, *args, **kwargs)
        self._init_format(storage_format, regexp)
        if truncate_microseconds:
            assert storage_format is None, "You can specify only one of truncate_microseconds or storage_format."
            assert regexp is None, "You can specify only one of truncate_microseconds or regexp."
            self._storage_format = "%(hour)02d:%(minute)02d:%(second)02d"

    def bind_processor(self, dialect):
        import datetime

        format_ = self._storage_format
        datetime_time = datetime.time

        def process(value):
            if value is None:
                return None
            if isinstance(value, datetime_time):
                return format_ % {"hour": value.hour, "minute": value.minute, "second": value.second,
                                  "microsecond": value.microsecond}
            raise TypeError("SQLite Time type only accepts Python time objects as input.")

        return process

    def result_processor(self, dialect, coltype):
        if self._reg:
            import datetime

            return _regexp_parser(self._reg, datetime.time)
        return str_to_time


class JSON(sqltypes.JSON):
    """SQLite's JSON (the JSON1 extension); what the generic JSON becomes on SQLite."""

    _revlab_name = "sqlalchemy.dialects.sqlite.JSON"


class _SQliteJson(JSON):
    _revlab_name = None

    def result_processor(self, dialect, coltype):
        default_processor = sqltypes.JSON.result_processor(self, dialect, coltype)

        def process(value):
            try:
                return default_processor(value)
            except TypeError:
                if isinstance(value, (int, float)):
                    return value
                raise

        return process


colspecs = {
    sqltypes.Date: DATE,
    sqltypes.DateTime: DATETIME,
    sqltypes.JSON: _SQliteJson,
    sqltypes.Time: TIME,
}

ischema_names = {
    "BIGINT": sqltypes.BIGINT,
    "BLOB": sqltypes.BLOB,
    "BOOL": sqltypes.BOOLEAN,
    "BOOLEAN": sqltypes.BOOLEAN,
    "CHAR": sqltypes.CHAR,
    "DATE": sqltypes.DATE,
    "DATE_CHAR": sqltypes.DATE,
    "DATETIME": sqltypes.DATETIME,
    "DATETIME_CHAR": sqltypes.DATETIME,
    "DOUBLE": sqltypes.FLOAT,
    "DECIMAL": sqltypes.DECIMAL,
    "FLOAT": sqltypes.FLOAT,
    "INT": sqltypes.INTEGER,
    "INTEGER": sqltypes.INTEGER,
    "JSON": JSON,
    "NUMERIC": sqltypes.NUMERIC,
    "REAL": sqltypes.REAL,
    "SMALLINT": sqltypes.SMALLINT,
    "TEXT": sqltypes.TEXT,
    "TIME": sqltypes.TIME,
    "TIME_CHAR": sqltypes.TIME,
    "TIMESTAMP": sqltypes.TIMESTAMP,
    "VARCHAR": sqltypes.VARCHAR,
    "NVARCHAR": sqltypes.NVARCHAR,
    "NCHAR": sqltypes.NCHAR,
}


# ---- identifiers ------------------------------------------------------------------------------
SQLITE_RESERVED_WORDS = frozenset("""
add after all alter analyze and as asc attach autoincrement before begin between by cascade case
cast check collate column commit conflict constraint create cross current_date current_time
current_timestamp database default deferrable deferred delete desc detach distinct drop each else
end escape except exclusive exists explain false fail for foreign from full glob group having if
ignore immediate in index indexed initially inner insert instead intersect into is isnull join key
left like limit match natural not notnull null of offset on or order outer plan pragma primary query
raise references reindex rename replace restrict right rollback row select set table temp temporary
then to transaction trigger true union unique update using vacuum values view virtual when where
""".split())

GENERIC_RESERVED_WORDS = frozenset("""
all analyse analyze and any array as asc asymmetric authorization between binary both case cast
check collate column constraint create cross current_date current_role current_time
current_timestamp current_user default deferrable desc distinct do else end except false for
foreign freeze from full grant group having ilike in initially inner intersect into is isnull join
leading left like limit localtime localtimestamp natural new not notnull null off offset old on only
or order outer overlaps placing primary references right select session_user set similar some
symmetric table then to trailing true union unique user using verbose when where
""".split())

_LEGAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


class IdentifierPreparer:
    """Quotes identifiers as SQLAlchemy does: bare when lower-case, legal and not reserved."""

    initial_quote = '"'
    final_quote = '"'
    _double_percents = False

    def __init__(self, dialect, reserved_words):
        self.dialect = dialect
        self.reserved_words = reserved_words
        self._cache = {}

    def _requires_quotes(self, value):
        lc_value = value.lower()
        if lc_value in self.reserved_words or lc_value != value:
            return True
        if not value or value[0] in "0123456789$":
            return True
        for ch in value:
            if ch not in _LEGAL:
                return True
        return False

    def quote_identifier(self, value):
        return '"' + value.replace('"', '""') + '"'

    def quote(self, ident, force=None):
        if ident is None:
            return None
        quote = getattr(ident, "quote", None)
        if quote is True:
            return self.quote_identifier(ident)
        if quote is False:
            return str(ident)
        cached = self._cache.get(ident)
        if cached is None:
            cached = self.quote_identifier(ident) if self._requires_quotes(ident) else str(ident)
            self._cache[ident] = cached
        return cached

    def quote_schema(self, schema, force=None):
        return self.quote(schema)

    def format_table(self, table, use_schema=True, name=None):
        if name is None:
            name = table.name
        result = self.quote(name)
        schema = getattr(table, "schema", None)
        if use_schema and schema:
            result = self.quote_schema(schema) + "." + result
        return result

    def format_column(self, column, use_table=False, name=None, table_name=None):
        if name is None:
            name = column.name
        return self.quote(name)

    def format_constraint(self, constraint):
        return self.quote(constraint.name)

    def format_index(self, index):
        return self.quote(index.name)

    def format_label_name(self, name):
        return self.quote(name)


# ---- the dialects -----------------------------------------------------------------------------
def _server_version():
    import _revlab_sa

    version = _revlab_sa.sqlite_version
    return tuple(int(p) for p in version.split(".")[0:3])


class DefaultDialect(Dialect):
    """What str(statement) compiles with: SQLAlchemy's StrCompileDialect."""

    name = "default"
    driver = None
    positional = False
    paramstyle = "named"
    supports_native_boolean = True
    supports_native_decimal = True
    supports_native_enum = False
    supports_sane_rowcount = True
    supports_sane_multi_rowcount = True
    supports_statement_cache = True
    supports_alter = True
    supports_multivalues_insert = True
    supports_sequences = True  # StrCompileDialect's
    sequences_optional = True
    default_sequence_base = 1
    implicit_returning = False
    returning_support = True
    max_identifier_length = 9999
    encoding = "utf-8"
    default_schema_name = None
    _json_serializer = None
    _json_deserializer = None
    is_async = False
    colspecs = {}
    dbapi = None

    def __init__(self, **kwargs):
        self.identifier_preparer = IdentifierPreparer(self, GENERIC_RESERVED_WORDS)

    @property
    def preparer(self):
        return self.identifier_preparer

    def type_descriptor(self, typeobj):
        return type_api.adapt_type(typeobj, self.colspecs)

    @property
    def type_compiler(self):
        from ...sql.compiler import TypeCompiler

        return TypeCompiler(self)

    @property
    def type_compiler_name(self):
        return "<sqlalchemy.sql.compiler.StrSQLTypeCompiler object>"

    def statement_compiler(self, dialect, statement, **kw):
        from ...sql.compiler import SQLCompiler

        return SQLCompiler(dialect, statement, **kw)

    def ddl_compiler(self, dialect, statement, **kw):
        from ...sql.ddl import DDLCompiler

        return DDLCompiler(dialect, statement, **kw)

    def _str_dialect(self):
        return _STR_DIALECT[0]

    def __repr__(self):
        return "<sqlalchemy.engine.default.StrCompileDialect object>"


class SQLiteDialect(DefaultDialect):
    """SQLAlchemy's SQLiteDialect_pysqlite."""

    name = "sqlite"
    driver = "pysqlite"
    positional = True
    paramstyle = "qmark"
    supports_native_boolean = False
    supports_native_decimal = False
    supports_alter = False
    supports_sequences = False
    sequences_optional = False
    supports_default_values = True
    supports_empty_insert = False
    supports_cast = True
    supports_multivalues_insert = True
    returning_support = False
    max_identifier_length = None
    default_schema_name = "main"
    colspecs = colspecs
    ischema_names = ischema_names
    native_datetime = False
    _broken_fk_pragma_quotes = False

    def __init__(self, json_serializer=None, json_deserializer=None, **kwargs):
        self.identifier_preparer = IdentifierPreparer(self, SQLITE_RESERVED_WORDS)
        self._json_serializer = json_serializer
        self._json_deserializer = json_deserializer
        self._version = None

    @property
    def server_version_info(self):
        if self._version is None:
            try:
                self._version = _server_version()
            except Exception:
                self._version = (3, 0, 0)
        return self._version

    @property
    def dbapi(self):
        from ... import _dbapi

        return _dbapi

    @property
    def type_compiler_name(self):
        return "<sqlalchemy.dialects.sqlite.base.SQLiteTypeCompiler object>"

    def __repr__(self):
        return "<sqlalchemy.dialects.sqlite.pysqlite.SQLiteDialect_pysqlite object>"

    def __revlab_record__(self):
        return _revlab.record("sqlalchemy.dialects.sqlite.dialect")

    # ---- reflection, as scripts call it on the dialect: dialect.has_table(conn, name) --------------
    # SQLAlchemy's Inspector calls these; Revlab's Inspector is the one that reads the database, so
    # here each asks it. has_table wants a Connection, as 1.4's _ensure_has_table_connection does.
    def _inspector(self, connection):
        from ...engine import reflection

        return reflection.Inspector(connection)

    def has_table(self, connection, table_name, schema=None, **kw):
        from ...engine.base import Connection
        from ... import exc

        if not isinstance(connection, Connection):
            raise exc.ArgumentError(
                "The argument passed to Dialect.has_table() should be a %s, got %s. Additionally, the "
                "Dialect.has_table() method is for internal dialect use only; please use "
                "``inspect(some_engine).has_table(<tablename>>)`` for public API use." % (Connection, type(connection)))
        return self._inspector(connection).has_table(table_name, schema)

    def get_table_names(self, connection, schema=None, **kw):
        return self._inspector(connection).get_table_names(schema)

    def get_view_names(self, connection, schema=None, **kw):
        return self._inspector(connection).get_view_names(schema)

    def get_columns(self, connection, table_name, schema=None, **kw):
        return self._inspector(connection).get_columns(table_name, schema)

    def get_pk_constraint(self, connection, table_name, schema=None, **kw):
        return self._inspector(connection).get_pk_constraint(table_name, schema)

    def get_foreign_keys(self, connection, table_name, schema=None, **kw):
        return self._inspector(connection).get_foreign_keys(table_name, schema)

    def get_indexes(self, connection, table_name, schema=None, **kw):
        return self._inspector(connection).get_indexes(table_name, schema)

    def get_unique_constraints(self, connection, table_name, schema=None, **kw):
        return self._inspector(connection).get_unique_constraints(table_name, schema)

    def get_check_constraints(self, connection, table_name, schema=None, **kw):
        return self._inspector(connection).get_check_constraints(table_name, schema)


SQLiteDialect_pysqlite = SQLiteDialect
dialect = SQLiteDialect

_STR_DIALECT = [DefaultDialect()]
type_api._default_dialect[0] = SQLiteDialect()
