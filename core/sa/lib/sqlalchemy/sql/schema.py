"""Schema objects, after SQLAlchemy 1.4's sql/schema.py: MetaData, Table, Column, ForeignKey, the
constraints (PrimaryKeyConstraint, UniqueConstraint, CheckConstraint, ForeignKeyConstraint), Index,
ColumnDefault / DefaultClause / FetchedValue, Computed, Identity, Sequence.

- MetaData: tables (by key), sorted_tables (dependency order), naming_convention (applied to unnamed
  constraints and indexes as SQLAlchemy applies it), create_all / drop_all, reflect(bind).
- Table: columns (`t.c.name`, `t.c["name"]`), primary_key, foreign_keys, indexes, constraints,
  insert/update/delete/select, Table(name, metadata, autoload_with=conn) reflection, one Table per
  name per MetaData (extend_existing / keep_existing).
- Column: every common argument: name, type (class or instance), *SchemaItems (ForeignKey, Computed,
  Identity, Sequence, DefaultClause), key, primary_key, nullable, default (scalar, callable, SQL
  expression: applied on INSERT), onupdate, server_default (str, text(), func.*()), server_onupdate,
  unique, index, autoincrement, comment, info, doc.

Every object keeps its constructor's arguments for the DDL bridge (_revlab.py).
Not here: schema events, to_metadata/tometadata copies beyond Column.copy(), quoting options.
"""
from .. import _revlab
from .. import exc
from . import elements
from . import sqltypes
from . import type_api
from .base import ColumnCollection
from .selectable import TableClause

BLANK_SCHEMA = object()
_NONE_NAME = object()
# Constraints render in the order they were made (SQLAlchemy's _creation_order).
_creation_counter = [0]


class conv(str):
    """A name already passed through a naming convention (never converted again)."""


class SchemaItem(_revlab.Recorded):
    """The base of schema objects."""

    __visit_name__ = "schema_item"
    _revlab_name = None

    @property
    def info(self):
        info = self.__dict__.get("_info")
        if info is None:
            info = {}
            self.__dict__["_info"] = info
        return info

    def __repr__(self):
        return "%s()" % self.__class__.__name__


# ---- defaults ------------------------------------------------------------------------------------
class FetchedValue(SchemaItem):
    """A value the database generates (server_default / server_onupdate with no text)."""

    _revlab_name = "sqlalchemy.FetchedValue"
    is_server_default = True
    reflected = False
    has_argument = False
    is_clause_element = False
    is_sequence = False
    is_scalar = False
    is_callable = False
    is_identity = False
    is_computed = False

    def __init__(self, for_update=False):
        self.for_update = for_update

    def __repr__(self):
        return "FetchedValue()"


class DefaultClause(FetchedValue):
    """server_default=: DEFAULT in DDL (a string is a quoted literal, text()/func.*() SQL)."""

    _revlab_name = "sqlalchemy.DefaultClause"
    has_argument = True

    def __init__(self, arg, for_update=False, _reflected=False):
        if not isinstance(arg, (str, elements.ClauseElement)):
            raise exc.ArgumentError("Argument 'arg' is expected to be one of type '<class 'str'>' or "
                                    "'<class 'sqlalchemy.sql.elements.ClauseElement'>' or "
                                    "'<class 'sqlalchemy.sql.elements.TextClause'>', got '%s'" % type(arg))
        self.arg = arg
        self.for_update = for_update
        self.reflected = _reflected

    def __repr__(self):
        return "DefaultClause(%r, for_update=%r)" % (self.arg, self.for_update)


class ColumnDefault(SchemaItem):
    """default= / onupdate=: a value the INSERT/UPDATE gets when the statement gives none."""

    _revlab_name = "sqlalchemy.ColumnDefault"
    is_server_default = False
    is_sequence = False
    is_identity = False

    def __init__(self, arg, for_update=False):
        if isinstance(arg, FetchedValue):
            raise exc.ArgumentError("ColumnDefault may not be a server-side default type.")
        self.arg = arg
        self.for_update = for_update
        self.is_clause_element = isinstance(elements._clause_of(arg), elements.ClauseElement) \
            if not callable(arg) or hasattr(arg, "__clause_element__") or isinstance(arg, elements.ClauseElement) \
            else False
        if self.is_clause_element:
            self.arg = elements._clause_of(arg)
        self.is_callable = callable(arg) and not self.is_clause_element
        self.is_scalar = not self.is_callable and not self.is_clause_element
        if self.is_callable:
            self.arg = _wrap_callable(arg)

    def __repr__(self):
        return "ColumnDefault(%r)" % (self.arg,)


class _DefaultContext:
    """What a default callable that takes an argument receives (SQLAlchemy's execution context)."""

    def __init__(self, params):
        self.current_parameters = params

    def get_current_parameters(self, isolate_multiinsert_groups=True):
        return self.current_parameters


def _wrap_callable(fn):
    """SQLAlchemy passes the execution context to a default function that takes a positional argument.
    Revlab's sandbox hides code objects (no inspect.getfullargspec), so the function is called without
    it first, and with it when Python says the argument is missing."""

    def call(context):
        try:
            return fn()
        except TypeError as error:
            if "required positional argument" not in str(error):
                raise
        return fn(context)

    call._fn = fn
    return call


class Sequence(SchemaItem):
    """Named for scripts; SQLite has no sequences, so it renders and does nothing there."""

    _revlab_name = "sqlalchemy.Sequence"
    is_sequence = True
    is_server_default = False
    is_clause_element = False
    is_callable = False
    is_scalar = False
    is_identity = False

    def __init__(self, name, start=None, increment=None, minvalue=None, maxvalue=None, nominvalue=None,
                 nomaxvalue=None, cycle=None, schema=None, cache=None, order=None, data_type=None,
                 optional=False, quote=None, metadata=None, quote_schema=None, for_update=False):
        self.name = name
        self.start = start
        self.increment = increment
        self.minvalue = minvalue
        self.maxvalue = maxvalue
        self.nominvalue = nominvalue
        self.nomaxvalue = nomaxvalue
        self.cycle = cycle
        self.cache = cache
        self.order = order
        self.data_type = data_type
        self.optional = optional
        self.schema = schema
        self.metadata = metadata
        self.for_update = for_update

    def next_value(self):
        raise exc.CompileError("Dialect 'sqlite' does not support sequence increments.")

    def create(self, bind=None, checkfirst=True):
        pass  # SQLite has no sequences: SQLAlchemy's create() skips them there

    def drop(self, bind=None, checkfirst=True):
        pass

    def __repr__(self):
        out = [repr(self.name)]
        for key in ("start", "increment", "minvalue", "maxvalue", "nominvalue", "nomaxvalue", "cycle", "cache",
                    "order", "schema"):
            value = getattr(self, key)
            if value is not None:
                out.append("%s=%r" % (key, value))
        return "Sequence(%s)" % ", ".join(out)


class Computed(SchemaItem):
    """A generated column: GENERATED ALWAYS AS (sqltext)."""

    _revlab_name = "sqlalchemy.Computed"
    is_computed = True

    def __init__(self, sqltext, persisted=None):
        self.sqltext = elements.text(sqltext) if isinstance(sqltext, str) else sqltext
        self.persisted = persisted
        self.column = None


class Identity(SchemaItem):
    """An identity column (GENERATED AS IDENTITY elsewhere; an INTEGER PRIMARY KEY on SQLite)."""

    _revlab_name = "sqlalchemy.Identity"
    is_identity = True
    is_sequence = False
    is_server_default = True
    is_clause_element = False

    def __init__(self, always=False, on_null=None, start=None, increment=None, minvalue=None, maxvalue=None,
                 nominvalue=None, nomaxvalue=None, cycle=None, cache=None, order=None):
        self.always = always
        self.on_null = on_null
        self.start = start
        self.increment = increment


# ---- columns ---------------------------------------------------------------------------------
class Column(SchemaItem, elements.ColumnClause):
    """A table column."""

    __visit_name__ = "column"
    _revlab_name = "sqlalchemy.Column"
    is_literal = False

    def __init__(self, *args, **kwargs):
        args = list(args)
        name = kwargs.pop("name", None)
        type_ = kwargs.pop("type_", None)
        if args and isinstance(args[0], str):
            if name is not None:
                raise exc.ArgumentError("May not pass name positionally and as a keyword.")
            name = args.pop(0)
        if args:
            first = args[0]
            if isinstance(first, type_api.TypeEngine) or (isinstance(first, type) and issubclass(first, type_api.TypeEngine)):
                if type_ is not None:
                    raise exc.ArgumentError("May not pass type_ positionally and as a keyword.")
                type_ = args.pop(0)
        self.name = name
        _creation_counter[0] += 1
        self._creation_order = _creation_counter[0]
        self.key = kwargs.pop("key", name)
        self.primary_key = kwargs.pop("primary_key", False)
        self._user_defined_nullable = kwargs.pop("nullable", _NONE_NAME)
        self.nullable = (not self.primary_key) if self._user_defined_nullable is _NONE_NAME \
            else self._user_defined_nullable
        self.table = None
        self.is_literal = False
        self.foreign_keys = []
        self.constraints = set()
        self.computed = None
        self.identity = None
        default = kwargs.pop("default", None)
        server_default = kwargs.pop("server_default", None)
        onupdate = kwargs.pop("onupdate", None)
        server_onupdate = kwargs.pop("server_onupdate", None)
        self.index = kwargs.pop("index", None)
        self.unique = kwargs.pop("unique", None)
        self.system = kwargs.pop("system", False)
        self.doc = kwargs.pop("doc", None)
        self.autoincrement = kwargs.pop("autoincrement", "auto")
        self.comment = kwargs.pop("comment", None)
        self.quote = kwargs.pop("quote", None)
        info = kwargs.pop("info", None)
        if info is not None:
            self._info = info
        self.dialect_kwargs = {}
        for k in list(kwargs):
            if k.startswith("sqlite_") or "_" in k and k.split("_", 1)[0] in ("mysql", "postgresql", "mssql",
                                                                                "oracle", "mariadb"):
                self.dialect_kwargs[k] = kwargs.pop(k)
        kwargs.pop("_proxies", None)
        if kwargs:
            raise exc.ArgumentError("Unknown arguments passed to Column: %r" % sorted(kwargs))
        # A ForeignKey whose type is left out takes the referred column's type later.
        self.type = type_api.to_instance(type_)
        self.default = self._as_default(default, False)
        self.onupdate = self._as_default(onupdate, True)
        self.server_default = self._as_server_default(server_default, False)
        self.server_onupdate = self._as_server_default(server_onupdate, True)
        for item in args:
            if item is None:
                continue
            self._attach_item(item)
        if self.identity is not None and self._user_defined_nullable is _NONE_NAME:
            self.nullable = False

    def _as_default(self, value, for_update):
        if value is None:
            return None
        if isinstance(value, (ColumnDefault, Sequence)):
            value.for_update = for_update
            return value
        return ColumnDefault(value, for_update=for_update)

    def _as_server_default(self, value, for_update):
        if value is None:
            return None
        if isinstance(value, FetchedValue):
            return value
        return DefaultClause(value, for_update=for_update)

    def _attach_item(self, item):
        if isinstance(item, ForeignKey):
            item.parent = self
            self.foreign_keys.append(item)
        elif isinstance(item, Computed):
            item.column = self
            self.computed = item
            self.server_default = item
        elif isinstance(item, Identity):
            self.identity = item
            self.server_default = item
        elif isinstance(item, Sequence):
            self.default = item
        elif isinstance(item, DefaultClause) or isinstance(item, FetchedValue):
            if item.for_update:
                self.server_onupdate = item
            else:
                self.server_default = item
        elif isinstance(item, ColumnDefault):
            if item.for_update:
                self.onupdate = item
            else:
                self.default = item
        elif isinstance(item, Constraint):
            self.constraints.add(item)
            item._column_args.append(self)
        else:
            raise exc.ArgumentError("'SchemaItem' object, such as a 'Column' or a 'Constraint' expected, got %r"
                                    % (item,))

    @property
    def _ddl_label(self):
        if self.table is None:
            return self.name
        return "%s_%s" % (self.table.name, self.name)

    @property
    def description(self):
        return self.name

    def references(self, column):
        return any(fk.column is column for fk in self.foreign_keys)

    def _python_default(self, kind, params):
        default = self.default if kind == "insert" else self.onupdate
        if default is None:
            return None
        if default.is_scalar:
            return default.arg
        if default.is_callable:
            return default.arg(_DefaultContext(params))
        return None

    def copy(self, **kw):
        args, kwargs = self._revlab_args
        c = Column(*args, **kwargs)
        c.name = self.name
        c.key = self.key
        c._creation_order = self._creation_order
        return c

    _copy = copy

    def _set_parent(self, table):
        if self.name is None:
            raise exc.ArgumentError("Column must be constructed with a non-blank name or assign a non-blank .name "
                                    "before adding to a Table.")
        if self.key is None:
            self.key = self.name
        if self.table is not None and self.table is not table:
            raise exc.ArgumentError("Column object '%s' already assigned to Table '%s'" % (self.key, self.table.fullname))
        self.table = table
        for fk in self.foreign_keys:
            fk._set_table(self, table)
        if self.primary_key:
            table.primary_key._add_column(self)
        if self.index:
            if isinstance(self.index, str):
                raise exc.ArgumentError("The 'index' keyword argument on Column is boolean only.")
            table._add_index(Index(None, self, unique=bool(self.unique), _column_flag=True))
        elif self.unique:
            if isinstance(self.unique, str):
                raise exc.ArgumentError("The 'unique' keyword argument on Column is boolean only.")
            table.append_constraint(UniqueConstraint(self.key, _column_flag=True))
        for const in list(self.constraints):
            table.append_constraint(const)
        _schema_type_constraint(self, table)

    def __repr__(self):
        kwarg = []
        if self.key != self.name:
            kwarg.append("key")
        if self.primary_key:
            kwarg.append("primary_key")
        if not self.nullable:
            kwarg.append("nullable")
        if self.onupdate:
            kwarg.append("onupdate")
        if self.default:
            kwarg.append("default")
        if self.server_default:
            kwarg.append("server_default")
        if self.comment:
            kwarg.append("comment")
        return "Column(%s)" % ", ".join(
            [repr(self.name)] + [repr(self.type)] + [repr(x) for x in self.foreign_keys if x is not None]
            + [repr(x) for x in self.constraints]
            + [(self.table is not None and "table=<%s>" % self.table.description or "table=None")]
            + ["%s=%s" % (k, repr(getattr(self, k))) for k in kwarg])

    def __str__(self):
        if self.table is not None and self.table.named_with_column:
            return "%s.%s" % (self.table.description, self.name)
        return str(self.name)

    def _make_proxy(self, selectable, name=None):
        """The column as a subquery or alias exports it: a Column of that FROM (as in SQLAlchemy, so
        that comparisons between the two dispatch as they do there)."""
        col = object.__new__(Column)
        col.__dict__.update({"name": name or self.name, "key": name or self.key, "type": self.type,
                             "table": selectable, "is_literal": False, "primary_key": self.primary_key,
                             "nullable": self.nullable, "foreign_keys": [], "constraints": set(),
                             "computed": None, "identity": None, "default": None, "onupdate": None,
                             "server_default": None, "server_onupdate": None, "_proxies": [self],
                             "index": None, "unique": None, "system": False, "comment": None})
        return col

    def _revlab_call(self):
        args, kwargs = self._revlab_args
        args = list(args)
        if "name" in kwargs:
            kwargs = dict(kwargs)
            kwargs.pop("name")
        if not (args and isinstance(args[0], str)) and self.name is not None:
            args.insert(0, self.name)
        return "sqlalchemy.Column", tuple(args), kwargs


def _schema_type_constraint(column, table):
    """Boolean(create_constraint=True) and Enum(create_constraint=True) add a CHECK to the table."""
    type_ = column.type
    if isinstance(type_, sqltypes.Boolean) and getattr(type_, "create_constraint", False):
        sqltext = elements.text("%s IN (0, 1)" % table_quote(column.name))
        ck = CheckConstraint(sqltext, name=type_.name if type_.name is not None else _NONE_NAME, _type_bound=True)
        table.append_constraint(ck)
    elif isinstance(type_, sqltypes.Enum) and type_.create_constraint:
        values = ", ".join("'%s'" % v.replace("'", "''") for v in type_.enums)
        sqltext = elements.text("%s IN (%s)" % (table_quote(column.name), values))
        ck = CheckConstraint(sqltext, name=type_.name if type_.name is not None else _NONE_NAME, _type_bound=True)
        table.append_constraint(ck)


def table_quote(name):
    return type_api._sqlite_dialect().identifier_preparer.quote(name)


class ForeignKey(SchemaItem):
    """ForeignKey("table.column"): a reference from a column to another table's column."""

    _revlab_name = "sqlalchemy.ForeignKey"

    def __init__(self, column, _constraint=None, use_alter=False, name=None, onupdate=None, ondelete=None,
                 deferrable=None, initially=None, link_to_name=False, match=None, info=None, **dialect_kw):
        self._colspec = column
        if isinstance(column, str):
            self._table_column = None
        else:
            self._table_column = elements._clause_of(column)
        self.constraint = _constraint
        self.parent = None
        self.use_alter = use_alter
        self.name = name
        self.onupdate = onupdate
        self.ondelete = ondelete
        self.deferrable = deferrable
        self.initially = initially
        self.link_to_name = link_to_name
        self.match = match
        if info is not None:
            self._info = info

    def __repr__(self):
        return "ForeignKey(%r)" % self._get_colspec()

    def _get_colspec(self):
        if isinstance(self._colspec, str):
            return self._colspec
        col = self._table_column
        if col.table is None:
            return col.key
        return "%s.%s" % (col.table.fullname, col.key)

    @property
    def target_fullname(self):
        return self._get_colspec()

    def _column_tokens(self):
        spec = self._get_colspec()
        parts = spec.split(".")
        if len(parts) == 1:
            raise exc.ArgumentError("Invalid foreign key column specification: %s" % spec)
        if len(parts) == 2:
            return None, parts[0], parts[1]
        return ".".join(parts[0:-2]), parts[-2], parts[-1]

    @property
    def column(self):
        """The referred Column, found in the parent table's MetaData."""
        if self._table_column is not None and not isinstance(self._colspec, str):
            return self._table_column
        if self.parent is None or self.parent.table is None:
            raise exc.InvalidRequestError("this ForeignKey object does not yet have a parent Column associated "
                                          "with it.")
        schema, tname, colname = self._column_tokens()
        metadata = self.parent.table.metadata
        key = tname if schema is None else "%s.%s" % (schema, tname)
        table = metadata.tables.get(key) if metadata is not None else None
        if table is None:
            raise exc.NoReferencedTableError(
                "Foreign key associated with column '%s' could not find table '%s' with which to generate a foreign "
                "key to target column '%s'" % (self.parent, key, colname), key)
        for col in table.columns:
            if (col.name if self.link_to_name else col.key) == colname:
                return col
        raise exc.NoReferencedColumnError(
            "Could not initialize target column for ForeignKey '%s' on table '%s': table '%s' has no column named '%s'"
            % (self._get_colspec(), self.parent.table.name, table.name, colname), table.name, colname)

    def _resolve_column(self, table):
        """The referred column if it is in `table` (for join conditions), else None."""
        try:
            schema, tname, colname = self._column_tokens()
        except exc.ArgumentError:
            return None
        if self._table_column is not None and not isinstance(self._colspec, str):
            return self._table_column if self._table_column.table is table else None
        if getattr(table, "name", None) != tname:
            return None
        for col in table.columns:
            if col.key == colname or col.name == colname:
                return col
        return None

    def references(self, table):
        return self.column.table is table

    def get_referent(self, table):
        return self._resolve_column(table)

    def _set_table(self, column, table):
        if self.constraint is None:
            self.constraint = ForeignKeyConstraint([], [], name=self.name, onupdate=self.onupdate,
                                                   ondelete=self.ondelete, deferrable=self.deferrable,
                                                   initially=self.initially, match=self.match,
                                                   use_alter=self.use_alter)
            self.constraint._elements = [self]
            self.constraint._column_args = [column]
            table.append_constraint(self.constraint)
        table._foreign_keys.append(self)
        if self.parent.type._isnull:
            table._untyped_fk_columns.append(self.parent)


# ---- constraints -----------------------------------------------------------------------------
class Constraint(SchemaItem):
    __visit_name__ = "constraint"
    _type_bound = False

    def __init__(self, name=None, deferrable=None, initially=None, info=None, _type_bound=False, **dialect_kw):
        self._name = name
        _creation_counter[0] += 1
        self._creation_order = _creation_counter[0]
        self.deferrable = deferrable
        self.initially = initially
        self._type_bound = _type_bound
        self.dialect_kwargs = dialect_kw
        self.table = None
        self._column_args = []
        if info is not None:
            self._info = info

    @property
    def columns(self):
        return ColumnCollection([(c.key, c) for c in self._resolved_columns()])

    def _resolved_columns(self):
        out = []
        for c in self._column_args:
            if isinstance(c, str):
                if self.table is None:
                    continue
                if c not in self.table.c:
                    raise exc.ArgumentError("Can't create %s on table '%s': no column named '%s' is present."
                                            % (self.__class__.__name__, self.table.name, c))
                out.append(self.table.c[c])
            else:
                out.append(elements._clause_of(c))
        return out

    def __iter__(self):
        return iter(self._resolved_columns())

    def __len__(self):
        return len(self._column_args)

    def contains_column(self, col):
        return any(c is col for c in self._resolved_columns())

    @property
    def name(self):
        """The name, with the MetaData's naming convention applied once the table is known."""
        if self.table is None:
            return None if self._name is _NONE_NAME else self._name
        return _constraint_name(self, self.table)

    @name.setter
    def name(self, value):
        self._name = value

    def _set_parent(self, table):
        self.table = table

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join(repr(c) for c in self._resolved_columns()))


class ColumnCollectionConstraint(Constraint):
    def __init__(self, *columns, **kw):
        kw.pop("_column_flag", None)
        Constraint.__init__(self, **kw)
        self._column_args = list(columns)


class PrimaryKeyConstraint(ColumnCollectionConstraint):
    __visit_name__ = "primary_key_constraint"
    _revlab_name = "sqlalchemy.PrimaryKeyConstraint"

    def __init__(self, *columns, **kw):
        self._implicit_generated = kw.pop("_implicit_generated", False)
        ColumnCollectionConstraint.__init__(self, *columns, **kw)

    def _add_column(self, column):
        if not any(c is column or c == column.key for c in self._column_args if isinstance(c, str) or c is column):
            self._column_args.append(column)

    def _set_parent(self, table):
        Constraint._set_parent(self, table)
        for c in self._resolved_columns():
            c.primary_key = True
            if c._user_defined_nullable is _NONE_NAME:
                c.nullable = False

    @property
    def columns_autoinc_first(self):
        return self._resolved_columns()

    def __repr__(self):
        return "PrimaryKeyConstraint(%s)" % ", ".join(repr(c) for c in self._resolved_columns())


class UniqueConstraint(ColumnCollectionConstraint):
    __visit_name__ = "unique_constraint"
    _revlab_name = "sqlalchemy.UniqueConstraint"


class CheckConstraint(ColumnCollectionConstraint):
    __visit_name__ = "check_constraint"
    _revlab_name = "sqlalchemy.CheckConstraint"

    def __init__(self, sqltext, name=None, deferrable=None, initially=None, table=None, info=None,
                 _create_rule=None, _autoattach=True, _type_bound=False, **kw):
        Constraint.__init__(self, name=name, deferrable=deferrable, initially=initially, info=info,
                            _type_bound=_type_bound, **kw)
        self.sqltext = elements.text(sqltext) if isinstance(sqltext, str) else elements._criterion(sqltext)
        if table is not None:
            table.append_constraint(self)


class ForeignKeyConstraint(ColumnCollectionConstraint):
    __visit_name__ = "foreign_key_constraint"
    _revlab_name = "sqlalchemy.ForeignKeyConstraint"

    def __init__(self, columns, refcolumns, name=None, onupdate=None, ondelete=None, deferrable=None,
                 initially=None, use_alter=False, link_to_name=False, match=None, table=None, info=None, **dialect_kw):
        Constraint.__init__(self, name=name, deferrable=deferrable, initially=initially, info=info, **dialect_kw)
        self.onupdate = onupdate
        self.ondelete = ondelete
        self.use_alter = use_alter
        self.match = match
        if len(set(id(c) for c in columns)) != len(refcolumns) and columns:
            raise exc.ArgumentError("ForeignKeyConstraint number of constrained columns must match the number of "
                                    "referenced columns.")
        self._column_args = list(columns)
        self._elements = []
        for refcol in refcolumns:
            fk = ForeignKey(refcol, _constraint=self, name=name, onupdate=onupdate, ondelete=ondelete,
                            deferrable=deferrable, initially=initially, link_to_name=link_to_name, match=match)
            self._elements.append(fk)
        if table is not None:
            table.append_constraint(self)

    @property
    def elements(self):
        return self._elements

    @property
    def referred_table(self):
        return self._elements[0].column.table

    @property
    def column_keys(self):
        return [c if isinstance(c, str) else c.key for c in self._column_args]

    def _set_parent(self, table):
        Constraint._set_parent(self, table)
        cols = self._resolved_columns()
        for col, fk in zip(cols, self._elements):
            if fk.parent is None:
                fk.parent = col
                col.foreign_keys.append(fk)
                table._foreign_keys.append(fk)
                if col.type._isnull:
                    table._untyped_fk_columns.append(col)


class Index(SchemaItem):
    """Index(name, *columns or expressions, unique=False, sqlite_where=...)."""

    __visit_name__ = "index"
    _revlab_name = "sqlalchemy.Index"

    def __init__(self, name, *expressions, **kw):
        self._name = name
        self.unique = kw.pop("unique", False)
        self._column_flag = kw.pop("_column_flag", False)
        kw.pop("quote", None)
        info = kw.pop("info", None)
        if info is not None:
            self._info = info
        self.dialect_kwargs = kw
        self.table = None
        self._expression_args = list(expressions)
        self._table_from_args()

    def _table_from_args(self):
        for e in self._expression_args:
            col = e if isinstance(e, elements.ColumnClause) else None
            if col is None and not isinstance(e, str):
                el = elements._clause_of(e)
                col = el if isinstance(el, elements.ColumnClause) else None
            if col is not None and isinstance(col.table, Table):
                if self.table is None:
                    col.table._add_index(self)
                return

    @property
    def expressions(self):
        out = []
        for e in self._expression_args:
            if isinstance(e, str):
                out.append(self.table.c[e] if self.table is not None and e in self.table.c else elements.column(e))
            else:
                clause = elements._clause_of(e)
                out.append(clause if clause is not None else e)
        return out

    @property
    def columns(self):
        return ColumnCollection([(c.key, c) for c in self.expressions if isinstance(c, elements.ColumnClause)])

    @property
    def name(self):
        if self.table is None:
            return self._name
        return _constraint_name(self, self.table)

    @name.setter
    def name(self, value):
        self._name = value

    def _set_parent(self, table):
        self.table = table

    def __repr__(self):
        return "Index(%s)" % ", ".join([repr(self.name)] + [repr(e) for e in self.expressions]
                                        + (["unique=True"] if self.unique else []))

    def create(self, bind, checkfirst=False):
        from .ddl import CreateIndex

        bind.execute(CreateIndex(self))

    def drop(self, bind, checkfirst=False):
        from .ddl import DropIndex

        bind.execute(DropIndex(self))


# ---- naming conventions ----------------------------------------------------------------------------
DEFAULT_NAMING_CONVENTION = {"ix": "ix_%(column_0_label)s"}
_PREFIXES = ((Index, "ix"), (PrimaryKeyConstraint, "pk"), (CheckConstraint, "ck"), (UniqueConstraint, "uq"),
             (ForeignKeyConstraint, "fk"))


def _convention_for(convention, const):
    for klass in type(const).__mro__:
        for cls, prefix in _PREFIXES:
            if cls is klass and prefix in convention:
                return convention[prefix]
        if klass in convention:
            return convention[klass]
    return None


def _constraint_name(const, table):
    metadata = table.metadata
    convention_dict = metadata.naming_convention if metadata is not None else DEFAULT_NAMING_CONVENTION
    convention = _convention_for(convention_dict, const)
    name = const._name
    if isinstance(name, conv):
        return name
    if convention is not None and (name is None or name is _NONE_NAME or "%(constraint_name)s" in convention):
        if callable(convention):
            return conv(convention(const, table))
        return conv(_apply_convention(convention, const, table, convention_dict))
    if name is _NONE_NAME:
        return None
    return name


def _convention_columns(const):
    if isinstance(const, ForeignKeyConstraint):
        return [fk.parent for fk in const.elements]
    if isinstance(const, Index):
        return [e for e in const.expressions]
    return const._resolved_columns()


def _token_value(token, const, table, convention_dict):
    if token in convention_dict and callable(convention_dict[token]):
        return convention_dict[token](const, table)
    if token == "table_name":
        return table.name
    if token == "constraint_name":
        if const._name is None or const._name is _NONE_NAME:
            raise exc.InvalidRequestError("Naming convention including %(constraint_name)s token requires that "
                                          "constraint is explicitly named.")
        return const._name
    if token == "referred_table_name":
        return const.elements[0].target_fullname.split(".")[-2]
    if token.startswith("referred_column_"):
        rest = token[len("referred_column_"):]
        return _column_token(rest, [fk.column for fk in const.elements], token)
    if token.startswith("column_"):
        return _column_token(token[len("column_"):], _convention_columns(const), token)
    raise KeyError(token)


def _column_token(rest, columns, token):
    # rest: "0_name", "0N_name", "0_N_name", "0_label", "0_key"
    digits = ""
    i = 0
    while i < len(rest) and rest[i].isdigit():
        digits += rest[i]
        i += 1
    rest = rest[i:]
    multiples = None
    if rest.startswith("_N_"):
        multiples = "_"
        rest = rest[3:]
    elif rest.startswith("N_"):
        multiples = ""
        rest = rest[2:]
    elif rest.startswith("_"):
        rest = rest[1:]
    else:
        raise KeyError(token)
    attr = {"name": "name", "label": "_ddl_label", "key": "key"}.get(rest)
    if attr is None or not digits:
        raise KeyError(token)

    def value(col):
        if attr == "_ddl_label" and not hasattr(col, "_ddl_label"):
            return getattr(col, "name", "")
        return getattr(col, attr, "")

    if multiples is not None:
        return multiples.join(value(c) for c in columns)
    idx = int(digits)
    if idx >= len(columns):
        return ""
    return value(columns[idx])


def _apply_convention(template, const, table, convention_dict):
    out = []
    i = 0
    while i < len(template):
        if template.startswith("%%", i):
            out.append("%")
            i += 2
            continue
        if template.startswith("%(", i):
            end = template.index(")", i)
            token = template[i + 2:end]
            spec_end = end + 1
            while spec_end < len(template) and template[spec_end] not in "sdr":
                spec_end += 1
            out.append(str(_token_value(token, const, table, convention_dict)))
            i = spec_end + 1
            continue
        out.append(template[i])
        i += 1
    return "".join(out)


# ---- tables ------------------------------------------------------------------------------------
class MetaData(SchemaItem):
    """A collection of Tables, with a naming convention."""

    _revlab_name = "sqlalchemy.MetaData"

    def __init__(self, bind=None, schema=None, quote_schema=None, naming_convention=None, info=None):
        self.tables = {}
        self.schema = schema
        self.naming_convention = naming_convention if naming_convention else DEFAULT_NAMING_CONVENTION
        self.bind = bind
        if info is not None:
            self._info = info

    def __repr__(self):
        return "MetaData()"

    def __contains__(self, table_or_key):
        if not isinstance(table_or_key, str):
            table_or_key = table_or_key.key
        return table_or_key in self.tables

    def _add_table(self, name, schema, table):
        key = name if schema is None else "%s.%s" % (schema, name)
        self.tables[key] = table

    def remove(self, table):
        self.tables.pop(table.key, None)

    def clear(self):
        self.tables.clear()

    @property
    def sorted_tables(self):
        """Tables in dependency order: a table after the tables its foreign keys refer to."""
        tables = sorted(self.tables.values(), key=lambda t: t.key)
        return _sort_tables(tables)

    def create_all(self, bind=None, tables=None, checkfirst=True):
        from .ddl import create_all

        create_all(bind or self.bind, self, tables, checkfirst)

    def drop_all(self, bind=None, tables=None, checkfirst=True):
        from .ddl import drop_all

        drop_all(bind or self.bind, self, tables, checkfirst)

    def reflect(self, bind=None, schema=None, views=False, only=None, extend_existing=False,
                autoload_replace=True, resolve_fks=True, **dialect_kwargs):
        from ..engine.reflection import reflect_metadata

        reflect_metadata(self, bind or self.bind, only, extend_existing)


def _sort_tables(tables, skip_fn=None):
    result = []
    done = set()
    visiting = set()

    def deps(t):
        out = []
        for fk in t.foreign_keys:
            if fk.use_alter or (fk.constraint is not None and fk.constraint.use_alter):
                continue
            try:
                referred = fk.column.table
            except exc.SQLAlchemyError:
                continue
            if referred is not t and any(referred is x for x in tables):
                out.append(referred)
        return sorted(out, key=lambda x: x.key)

    def visit(t):
        if id(t) in done:
            return
        if id(t) in visiting:
            return
        visiting.add(id(t))
        for d in deps(t):
            visit(d)
        visiting.discard(id(t))
        done.add(id(t))
        result.append(t)

    for t in tables:
        visit(t)
    return result


class Table(SchemaItem, TableClause):
    """Table(name, metadata, *columns and constraints, **options)."""

    __visit_name__ = "table"
    _revlab_name = "sqlalchemy.Table"
    named_with_column = True
    # A plain attribute here (FromClause computes it for other FROMs).
    primary_key = None

    def __new__(cls, *args, **kw):
        if not args and not kw:
            return object.__new__(cls)
        try:
            name, metadata, args = args[0], args[1], args[2:]
        except IndexError:
            raise TypeError("Table() takes at least two positional-only arguments 'name' and 'metadata'")
        schema = kw.get("schema", None)
        if schema is None:
            schema = metadata.schema
        key = name if schema is None else "%s.%s" % (schema, name)
        keep_existing = kw.get("keep_existing", False)
        extend_existing = kw.get("extend_existing", False)
        if key in metadata.tables:
            table = metadata.tables[key]
            if not keep_existing and not extend_existing and bool(args):
                raise exc.InvalidRequestError(
                    "Table '%s' is already defined for this MetaData instance.  Specify 'extend_existing=True' to "
                    "redefine options and columns on an existing Table object." % key)
            table._existing_call = (args, kw, keep_existing)
            return table
        self = object.__new__(cls)
        self._revlab_args = ((name, metadata) + tuple(args), kw)
        return self

    def __init__(self, *args, **kw):
        existing = self.__dict__.pop("_existing_call", None)
        if existing is not None:
            extra, kw, keep = existing
            if not keep:
                for item in extra:
                    self._attach(item, replace=True)
            return
        name, metadata, items = args[0], args[1], args[2:]
        schema = kw.pop("schema", None)
        if schema is None:
            schema = metadata.schema
        elif schema is BLANK_SCHEMA:
            schema = None
        TableClause.__init__(self, name, schema=schema)
        self._revlab_columns = ()
        self.metadata = metadata
        self.key = name if schema is None else "%s.%s" % (schema, name)
        self._foreign_keys = []
        self._untyped_fk_columns = []
        self.constraints = set()
        self._constraint_order = []
        self.indexes = set()
        self._index_order = []
        self.primary_key = PrimaryKeyConstraint(_implicit_generated=True)
        self.primary_key._set_parent(self)
        self._constraint_order.append(self.primary_key)
        self.constraints.add(self.primary_key)
        self.comment = kw.pop("comment", None)
        info = kw.pop("info", None)
        if info is not None:
            self._info = info
        autoload_with = kw.pop("autoload_with", None)
        autoload = kw.pop("autoload", False)
        kw.pop("extend_existing", None)
        kw.pop("keep_existing", None)
        kw.pop("quote", None)
        kw.pop("quote_schema", None)
        kw.pop("must_exist", None)
        kw.pop("implicit_returning", None)
        include_columns = kw.pop("include_columns", None)
        kw.pop("listeners", None)
        kw.pop("prefixes", None)
        self.dialect_kwargs = {}
        for k in list(kw):
            if "_" in k:
                self.dialect_kwargs[k] = kw.pop(k)
        if kw:
            raise TypeError("Additional arguments should be named <dialectname>_<argument>, got %r" % sorted(kw)[0])
        metadata._add_table(name, schema, self)
        if autoload_with is not None or autoload:
            from ..engine.reflection import reflect_table

            bind = autoload_with if autoload_with is not None else metadata.bind
            if bind is None:
                raise exc.UnboundExecutionError("No engine is bound to this Table's MetaData. Pass an engine to the "
                                                "Table via autoload_with=<someengine_or_connection>")
            try:
                reflect_table(self, bind, include_columns)
            except exc.NoSuchTableError:
                metadata.remove(self)
                raise
        for item in items:
            self._attach(item)
        self._resolve_untyped_fks()

    @property
    def sqlite_autoincrement(self):
        return bool(self.dialect_kwargs.get("sqlite_autoincrement", False))

    def _attach(self, item, replace=False):
        if item is None:
            return
        if isinstance(item, Column):
            if replace and item.key in self._columns:
                self._columns._remove(item.key)
            self.append_column(item)
        elif isinstance(item, Constraint):
            self.append_constraint(item)
        elif isinstance(item, Index):
            self._add_index(item)
        elif isinstance(item, (Computed, Identity)):
            raise exc.ArgumentError("%s must be passed to a Column" % type(item).__name__)
        else:
            raise exc.ArgumentError("'SchemaItem' object, such as a 'Column' or a 'Constraint' expected, got %r" % (item,))

    def append_column(self, column, replace_existing=False):
        if column.key in self._columns and not replace_existing and column.name is not None:
            existing = self._columns[column.key]
            if existing is not column:
                raise exc.DuplicateColumnError(
                    "A column with name '%s' is already present in table '%s'. Specify replace_existing=True to "
                    "Table.append_column() to replace an existing column." % (column.key, self.name))
        column._set_parent(self)
        self._columns.add(column)

    def append_constraint(self, constraint):
        if isinstance(constraint, PrimaryKeyConstraint):
            self.constraints.discard(self.primary_key)
            self._constraint_order = [c for c in self._constraint_order if c is not self.primary_key]
            for c in self.primary_key._resolved_columns():
                if c not in constraint._column_args and c.key not in constraint._column_args:
                    constraint._column_args.append(c)
            self.primary_key = constraint
        constraint._set_parent(self)
        if constraint not in self.constraints:
            self.constraints.add(constraint)
            self._constraint_order.append(constraint)

    def _add_index(self, index):
        if index.table is self:
            return
        index._set_parent(self)
        self.indexes.add(index)
        self._index_order.append(index)

    def _resolve_untyped_fks(self):
        for col in list(self._untyped_fk_columns):
            for fk in col.foreign_keys:
                try:
                    col.type = fk.column.type
                    self._untyped_fk_columns.remove(col)
                except exc.SQLAlchemyError:
                    pass
                break
        if self.metadata is not None:
            for table in self.metadata.tables.values():
                if table is not self and table._untyped_fk_columns:
                    table._resolve_untyped_fks_of_others()

    def _resolve_untyped_fks_of_others(self):
        for col in list(self._untyped_fk_columns):
            for fk in col.foreign_keys:
                try:
                    col.type = fk.column.type
                    self._untyped_fk_columns.remove(col)
                except exc.SQLAlchemyError:
                    pass
                break

    @property
    def foreign_keys(self):
        return set(self._foreign_keys)

    @property
    def foreign_key_constraints(self):
        return set(c for c in self.constraints if isinstance(c, ForeignKeyConstraint))

    @property
    def description(self):
        return self.name

    def create(self, bind=None, checkfirst=False):
        from .ddl import create_all

        create_all(bind, self.metadata, [self], checkfirst)

    def drop(self, bind=None, checkfirst=False):
        from .ddl import drop_all

        drop_all(bind, self.metadata, [self], checkfirst)

    def exists(self, bind=None):
        from ..inspection import inspect

        return inspect(bind).has_table(self.name)

    def tometadata(self, metadata, schema=None, **kw):
        return self.to_metadata(metadata, schema)

    def to_metadata(self, metadata, schema=None, **kw):
        args = [c.copy() for c in self.columns]
        return Table(self.name, metadata, *args, schema=schema)

    def __repr__(self):
        return "Table(%s)" % ", ".join([repr(self.name)] + [repr(self.metadata)] + [repr(x) for x in self.columns]
                                        + ["%s=%s" % (k, repr(getattr(self, k))) for k in ["schema"]])

    def __str__(self):
        return self.fullname

    def _revlab_call(self):
        args, kwargs = self._revlab_args
        if kwargs.get("autoload_with") is not None or kwargs.get("autoload"):
            # A reflected table stands for what reflection found (the connection stays on this side).
            kwargs = {k: v for k, v in kwargs.items() if k not in _LOAD_OPTIONS}
            constraints = [c for c in self._constraint_order
                           if isinstance(c, (ForeignKeyConstraint, UniqueConstraint, CheckConstraint))]
            args = (args[0], args[1]) + tuple(self.columns) + tuple(constraints)
        return "sqlalchemy.Table", args, kwargs


_LOAD_OPTIONS = frozenset(["autoload_with", "autoload", "extend_existing", "keep_existing", "autoload_replace",
                           "include_columns", "resolve_fks", "must_exist"])

elements._NEVER_GROUPED.add(Column)
