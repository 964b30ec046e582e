"""The compiled-statement cache: a statement built the same way again (a data migration's loop builds
`t.update().where(t.c.id == row.id).values(n=...)` for every row) reuses the SQL of the first one, as
SQLAlchemy's statement cache does.

A statement's *cache key* is its structure without its values: which tables and columns, which
operators, which parameter names. Walking the statement for the key also lists its parameters in
order; the same key walks to the same number of parameters in the same order, so the values of a new
statement map onto the compiled one by position.

Elements the walk does not know make a statement uncacheable (it is compiled each time, as before).
The cache keeps each first statement alive, so the ids in keys stay unique.
"""
from . import elements

_MAX_ENTRIES = 300


class _Uncacheable(Exception):
    pass


class _ValueSlot:
    """A literal value of an INSERT/UPDATE values() (no BindParameter exists for it until compiled)."""

    def __init__(self, key, value, row=None):
        self.key = key
        self.value = value
        self.row = row


def _k(element, binds):
    if element is None:
        return None
    t = type(element)
    if t is _COLUMN_TYPE or t is _SCHEMA_COLUMN[0]:
        return ("c", id(element))
    fn = _KEYS.get(t)
    if fn is None:
        for klass in type(element).__mro__:
            fn = _KEYS.get(klass)
            if fn is not None:
                break
        if fn is None:
            raise _Uncacheable()
    return fn(element, binds)


def _ks(items, binds):
    out = []
    for e in items:
        out.append(_k(e, binds))
    return tuple(out)


def _column(e, binds):
    return ("c", id(e))


def _table(e, binds):
    return ("t", id(e))


def _bind(e, binds):
    if isinstance(e, elements._InlineLiteral) or e.callable is not None:
        raise _Uncacheable()
    binds.append(e)
    if e.expanding:
        value = e.value or []
        shape = tuple(len(v) if isinstance(v, tuple) else -1 for v in value)
        return ("b", e.key, e.unique, True, shape)
    return ("b", e.key, e.unique)


def _binary(e, binds):
    escape = e.modifiers.get("escape") if e.modifiers else None
    return ("bin", id(e.operator), _k(e.left, binds), _k(e.right, binds), escape, bool(e.modifiers.get("symmetric")))


def _unary(e, binds):
    return ("un", id(e.operator), id(e.modifier), _k(e.element, binds))


def _asbool(e, binds):
    return ("asb", id(e.operator), _k(e.element, binds))


def _grouping(e, binds):
    return ("grp", _k(e.element, binds))


def _clauselist(e, binds):
    return ("cl", type(e).__name__, id(e.operator), _ks(e.clauses, binds))


def _label(e, binds):
    name = e.name if isinstance(e.name, str) else None
    return ("lbl", name, _k(e._element, binds))


def _const(e, binds):
    return (type(e).__name__,)


def _cast(e, binds):
    return ("cast", id(e.type), _k(e.clause, binds))


def _type_coerce(e, binds):
    return ("tc", id(e.type), _k(e.clause, binds))


def _function(e, binds):
    return ("fn", type(e).__name__, e.name, tuple(e.packagenames), _k(e.clause_expr, binds))


def _text(e, binds):
    if e._custom_binds:
        return ("txt", e.text, tuple((name, _k(e._bindparams[name], binds)) for name in e._parts[1]))
    for name in e._parts[1]:
        binds.append(e._bindparams[name])
    return ("txt", e.text)


def _scalar_select(e, binds):
    return ("ss", _k(e.element, binds))


def _in_select(e, binds):
    return ("ins", _k(e.element, binds))


def _exists(e, binds):
    return ("ex", _k(e._select, binds))


def _case(e, binds):
    return ("case", _k(e.value, binds), tuple((_k(c, binds), _k(r, binds)) for c, r in e.whens), _k(e.else_, binds))


def _select(s, binds):
    joins = []
    for target, onclause, from_, isouter, full in s._setup_joins:
        joins.append((_entity(target, binds), _k(elements._clause_of(onclause), binds) if onclause is not None else None,
                      _entity(from_, binds) if from_ is not None else None, isouter, full))
    return ("sel", _ks(s._raw_columns, binds), _ks(s._where, binds), _ks(s._having, binds), _ks(s._order_by, binds),
            _ks(s._group_by, binds), _ks(s._from_obj, binds), tuple(joins), _k(s._limit, binds),
            _k(s._offset, binds), s._distinct, s._auto_correlate,
            tuple(id(f) for f in s._correlate) if s._correlate is not None else None, _ks(s._prefixes, binds))


def _entity(target, binds):
    if isinstance(target, elements.ClauseElement):
        return _k(target, binds)
    return ("ent", id(target))


def _values(stmt, binds):
    """The key of values(): column keys, with the literal values as slots."""
    out = []
    values = stmt._values
    if not values:
        return ()
    for key, value in values.items():
        if type(key) is not str:
            col = elements._clause_of(key)
            if col is None or not isinstance(col, elements.ColumnClause):
                raise _Uncacheable()
            key = col.key
        if type(value) in _PLAIN or value is None:
            binds.append(_ValueSlot(key, value))
            out.append((key, "lit"))
            continue
        clause = elements._clause_of(value)
        if clause is None:
            binds.append(_ValueSlot(key, value))
            out.append((key, "lit"))
        else:
            out.append((key, _k(clause, binds)))
    return tuple(out)


_PLAIN = {int, str, float, bool, bytes}
_COLUMN_TYPE = elements.ColumnClause
# sql/schema.py's Column, filled on first use (schema imports modules that import this one).
_SCHEMA_COLUMN = [None]


def _dml(stmt, binds):
    if stmt._multi_values or getattr(stmt, "select", None) is not None or getattr(stmt, "_ordered", None):
        raise _Uncacheable()
    return (type(stmt).__name__, id(stmt.table), _values(stmt, binds), _ks(stmt._where, binds),
            _ks(stmt._prefixes, binds), _ks(stmt._returning, binds), stmt._inline)


def _key_functions():
    """The walk's functions by element class (built on first use: dml, selectable and functions
    import the compiler, which imports this module)."""
    from . import dml
    from . import functions
    from . import selectable

    return {
    elements.ColumnClause: _column,
    selectable.TableClause: _table,
    selectable.Alias: _table,
    elements.BindParameter: _bind,
    elements.BinaryExpression: _binary,
    elements.AsBoolean: _asbool,
    elements.UnaryExpression: _unary,
    elements.Grouping: _grouping,
    elements.ClauseList: _clauselist,
    elements.BooleanClauseList: _clauselist,
    elements.Label: _label,
    elements.Null: _const,
    elements.True_: _const,
    elements.False_: _const,
    elements.Cast: _cast,
    elements.TypeCoerce: _type_coerce,
    functions.FunctionElement: _function,
    elements.TextClause: _text,
    elements.ScalarSelect: _scalar_select,
    elements._InSelect: _in_select,
    selectable.Exists: _exists,
    elements.Case: _case,
    selectable.Select: _select,
    dml.Insert: _dml,
    dml.Update: _dml,
    dml.Delete: _dml,
    }


_KEYS = {}


def cache_key(statement):
    """(key, parameters in walk order), or (None, None) for a statement the walk does not know."""
    if not _KEYS:
        _KEYS.update(_key_functions())
        from .schema import Column

        _SCHEMA_COLUMN[0] = Column
    binds = []
    try:
        key = _k(statement, binds)
    except _Uncacheable:
        return None, None
    return key, binds


class Entry:
    """A compiled statement kept for reuse: the compiler (its SQL, parameter order and result columns),
    the statement it was made from, and that statement's parameters in walk order."""

    def __init__(self, compiler, statement, binds):
        self.compiler = compiler
        self.statement = statement
        self.binds = binds
        self.external_types = ()  # user-defined types without cache_ok (sql/cache_warnings.py)


_entries = {}


def lookup(key):
    return _entries.get(key)


def store(key, entry):
    if len(_entries) >= _MAX_ENTRIES:
        _entries.clear()
    _entries[key] = entry
