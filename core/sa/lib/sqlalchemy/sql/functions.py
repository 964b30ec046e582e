"""SQL functions: `func.<any name>(...)`, after SQLAlchemy 1.4's sql/functions.py.

`func.lower(x)` renders `lower(x)`; `func.a.b(x)` renders `a.b(x)`. The generic functions SQLAlchemy
knows get their return type and rendering: count (`count(*)` without arguments), now (SQLite:
CURRENT_TIMESTAMP), current_date/current_time/current_timestamp/localtime/localtimestamp (no
parentheses), char_length (SQLite: length), coalesce/max/min/sum (the type of their first argument),
concat, random, rank/dense_rank/row_number... Names are looked up case-insensitively, as in SQLAlchemy.

A function call is a column expression (operators, label(), over(), filter()) and, for the DDL bridge,
records itself as ("call", "sqlalchemy.func.<name>", args, kwargs).
"""
from .. import exc
from . import elements
from . import operators
from . import sqltypes
from . import type_api
from .base import Executable


class FunctionElement(Executable, elements.ColumnElement):
    """A SQL function call."""

    __visit_name__ = "function"
    packagenames = ()
    _has_args = False
    _with_ordinality = False
    _no_parens_without_args = False

    def __init__(self, *clauses, **kwargs):
        self.clause_expr = elements.Grouping(elements.ClauseList(
            *[elements._literal_as_binds(c, self._bind_name()) for c in clauses], operator=operators.comma_op,
            group_contents=True))
        self.clauses = self.clause_expr.element
        self._has_args = bool(self.clauses.clauses)

    def _bind_name(self):
        return getattr(self, "name", None)

    @property
    def _anon_label_base(self):
        return self.name

    def _bind_key(self):
        return self.name

    def over(self, partition_by=None, order_by=None, rows=None, range_=None):
        return elements.Over(self, partition_by=partition_by, order_by=order_by, rows=rows, range_=range_)

    def filter(self, *criterion):
        if not criterion:
            return self
        return FunctionFilter(self, *criterion)

    def self_group(self, against=None):
        return self

    def select(self):
        from .selectable import select

        return select(self)

    def scalar_subquery(self):
        return self.select().scalar_subquery()

    def get_children(self, **kw):
        return [self.clause_expr]

    def _compile(self, c, **kw):
        return c.visit_function(self, **kw)

    def __revlab_record__(self):
        path = ".".join(list(self.packagenames) + [self._record_name])
        return ("call", "sqlalchemy.func." + path, tuple(self._record_args), dict(self._record_kwargs))


class FunctionFilter(elements.ColumnElement):
    """func.count().filter(cond): `count(*) FILTER (WHERE cond)`."""

    def __init__(self, func, *criterion):
        self.func = func
        self.type = func.type
        self.criterion = elements.and_(*criterion)

    def get_children(self, **kw):
        return [self.func, self.criterion]

    @property
    def _anon_label_base(self):
        return self.func.name

    def _compile(self, c, **kw):
        kw = elements._no_label_kw(kw)
        return "%s FILTER (WHERE %s)" % (c.process(self.func, **kw), c.process(self.criterion, **kw))


class Function(FunctionElement):
    """func.<name>(...) for a name SQLAlchemy has no class for."""

    def __init__(self, name, *clauses, **kw):
        self.packagenames = tuple(kw.pop("packagenames", None) or ())
        self.name = name
        self._record_name = name
        self._record_args = clauses
        self._record_kwargs = dict(kw)
        self.type = type_api.to_instance(kw.get("type_", None))
        FunctionElement.__init__(self, *clauses, **kw)


class GenericFunction(Function):
    """A function SQLAlchemy knows: its name and return type are fixed."""

    type = sqltypes.NULLTYPE

    def __init__(self, *args, **kwargs):
        self.packagenames = ()
        self._record_name = kwargs.pop("_record_name", self.name)
        self._record_args = args
        self._record_kwargs = dict(kwargs)
        type_ = kwargs.pop("type_", None)
        FunctionElement.__init__(self, *args)
        if type_ is not None:
            self.type = type_api.to_instance(type_)
        else:
            self.type = self._default_type()

    def _default_type(self):
        return type_api.to_instance(type(self).type)


class AnsiFunction(GenericFunction):
    """CURRENT_DATE and friends: no parentheses without arguments."""

    _no_parens_without_args = True


class ReturnTypeFromArgs(GenericFunction):
    def _default_type(self):
        for c in self.clauses.clauses:
            return c.type
        return sqltypes.NULLTYPE


def _generic(name, base=GenericFunction, type_=None, sql_name=None, sqlite_name=None):
    cls = type(name, (base,), {"name": name, "type": type_ if type_ is not None else sqltypes.NULLTYPE})
    cls._sql_name = sql_name
    cls._sqlite_name = sqlite_name
    return cls


class count(GenericFunction):
    name = "count"
    type = sqltypes.Integer()

    def __init__(self, expression=None, **kwargs):
        if expression is None:
            expression = elements.literal_column("*")
            GenericFunction.__init__(self, expression, **kwargs)
            self._record_args = ()
        else:
            GenericFunction.__init__(self, expression, **kwargs)


coalesce = _generic("coalesce", ReturnTypeFromArgs)
max = _generic("max", ReturnTypeFromArgs)  # noqa: A001
min = _generic("min", ReturnTypeFromArgs)  # noqa: A001
sum = _generic("sum", ReturnTypeFromArgs)  # noqa: A001
now = _generic("now", type_=sqltypes.DateTime(), sqlite_name="CURRENT_TIMESTAMP")
concat = _generic("concat", type_=sqltypes.String())
char_length = _generic("char_length", type_=sqltypes.Integer(), sqlite_name="length")
random = _generic("random")
current_date = _generic("current_date", AnsiFunction, sqltypes.Date(), sql_name="CURRENT_DATE")
current_time = _generic("current_time", AnsiFunction, sqltypes.Time(), sql_name="CURRENT_TIME")
current_timestamp = _generic("current_timestamp", AnsiFunction, sqltypes.DateTime(), sql_name="CURRENT_TIMESTAMP")
current_user = _generic("current_user", AnsiFunction, sqltypes.String(), sql_name="CURRENT_USER")
localtime = _generic("localtime", AnsiFunction, sqltypes.DateTime(), sql_name="LOCALTIME")
localtimestamp = _generic("localtimestamp", AnsiFunction, sqltypes.DateTime(), sql_name="LOCALTIMESTAMP",
                          sqlite_name='DATETIME(CURRENT_TIMESTAMP, "localtime")')
session_user = _generic("session_user", AnsiFunction, sqltypes.String(), sql_name="SESSION_USER")
sysdate = _generic("sysdate", AnsiFunction, sqltypes.DateTime(), sql_name="sysdate")
user = _generic("user", AnsiFunction, sqltypes.String(), sql_name="USER")
rank = _generic("rank", type_=sqltypes.Integer())
dense_rank = _generic("dense_rank", type_=sqltypes.Integer())
percent_rank = _generic("percent_rank", type_=sqltypes.Numeric())
cume_dist = _generic("cume_dist", type_=sqltypes.Numeric())
row_number = _generic("row_number", type_=sqltypes.Integer())  # not generic in SQLAlchemy: rendered the same
coalesce._sql_name = "coalesce"
random._sql_name = "random"

_registry = {}
for _cls in (count, coalesce, max, min, sum, now, concat, char_length, random, current_date, current_time,
             current_timestamp, current_user, localtime, localtimestamp, session_user, sysdate, user, rank,
             dense_rank, percent_rank, cume_dist):
    _registry[_cls.name] = _cls


class _FunctionGenerator:
    """`func`: any attribute is a function name (`func.lower`, `func.json.extract`)."""

    def __init__(self, names=()):
        self._fn_names = list(names)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name.endswith("_"):
            name = name[0:-1]
        return _FunctionGenerator(self._fn_names + [name])

    def __call__(self, *c, **kwargs):
        names = self._fn_names
        if not names:
            raise exc.ArgumentError("func() needs a function name: func.lower(x)")
        if len(names) == 1:
            cls = _registry.get(names[0].lower())
            if cls is not None:
                return cls(*c, _record_name=names[0], **kwargs)
        return Function(names[-1], *c, packagenames=tuple(names[0:-1]), **kwargs)

    def __revlab_record__(self):
        return ("ref", "sqlalchemy.func." + ".".join(self._fn_names))


func = _FunctionGenerator()
modifier = _FunctionGenerator()
