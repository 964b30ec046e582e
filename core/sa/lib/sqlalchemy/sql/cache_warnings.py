"""Which user-defined types a statement's cache key reaches, for SQLAlchemy 1.4's SAWarning: a
TypeDecorator or UserDefinedType whose class does not set ``cache_ok`` itself "will not produce a cache
key" and is warned about each time a statement that reaches it is executed (once per script line, by
Python's warnings).

The walk follows SQLAlchemy's cache-key traversal: a column's key holds its type, and its table when
that is a lightweight sa.table() (whose key holds every column); a Table is keyed by identity, as are
mapped classes in ORM statements; a bound parameter holds its type (a comparison's literal takes the
column's); values() given as plain Python values hold none.
"""
from . import elements
from . import type_api


def _type_warning_needed(type_):
    return isinstance(type_, type_api.ExternalType) and type(type_).__dict__.get("cache_ok", None) is None


def external_types(statement, skip=frozenset()):
    """The user-defined types without cache_ok that `statement`'s cache key reaches, in walk order."""
    from . import schema
    from . import selectable

    found = []
    seen = set()

    def visit_type(t):
        if t is None:
            return
        if _type_warning_needed(t):
            if not any(t is f for f in found):
                found.append(t)
        item = t.__dict__.get("item_type") if hasattr(t, "__dict__") else None
        if item is not None:
            visit_type(item)

    def visit(e):
        if e is None or isinstance(e, (str, int, float, bool, bytes)):
            return
        if isinstance(e, (list, tuple, set, frozenset)):
            for x in e:
                visit(x)
            return
        if isinstance(e, dict):
            for k, v in e.items():
                visit(k)
                visit(v)
            return
        if id(e) in seen:
            return
        seen.add(id(e))
        if isinstance(e, type_api.TypeEngine):
            visit_type(e)
            return
        if isinstance(e, schema.Table):
            return
        if isinstance(e, selectable.TableClause):
            for c in e.columns:
                visit_type(c.type)
            return
        if isinstance(e, elements.ColumnClause):
            visit_type(e.type)
            table = getattr(e, "table", None)
            if table is not None and not isinstance(table, schema.Table):
                visit(table)
            return
        if isinstance(e, elements.BindParameter):
            visit_type(e.type)
            return
        if isinstance(e, elements.TextClause):
            for b in getattr(e, "_bindparams", {}).values():
                visit_type(b.type)
            return
        if isinstance(e, (elements.Cast, elements.TypeCoerce, elements.Label)):
            visit_type(getattr(e, "type", None))
        if not isinstance(e, elements.ClauseElement) and not hasattr(e, "__clause_element__"):
            return
        if hasattr(e, "__clause_element__") and not isinstance(e, elements.ClauseElement):
            visit(e.__clause_element__())
            return
        for name in _ATTRS:
            value = e.__dict__.get(name)
            if value is None:
                continue
            if name == "_raw_columns" and e is statement and skip:
                # the columns an ORM select loads for its mapped classes: keyed by the mapper
                value = [c for c in value if id(c) not in skip]
            visit(value)

    visit(statement)
    return found


_ATTRS = ("left", "right", "element", "clauses", "clause_expr", "whens", "value", "else_", "partition_by", "order_by",
          "_where", "_having", "_order_by", "_group_by", "_raw_columns", "_from_obj", "_setup_joins", "onclause",
          "table", "_values", "_multi_values", "select", "selects", "_returning", "column_args", "_limit",
          "_offset")


def warn_types(types):
    """The SAWarning of each type, as SQLAlchemy's ExternalType._static_cache_key words it."""
    from .. import util

    for t in types:
        mro = type(t).__mro__
        subtype = mro[max(mro.index(type_api.ExternalType) - 1, 0)]
        util.warn("%s %r will not produce a cache key because the ``cache_ok`` attribute is not set to True.  This "
                  "can have significant performance implications including some performance degradations in "
                  "comparison to prior SQLAlchemy versions.  Set this attribute to True if this type object's "
                  "state is safe to use in a cache key, or False to disable this warning." % (subtype.__name__, t),
                  code="cprf")
