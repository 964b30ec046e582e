"""SQL expressions: the column-level elements of SQLAlchemy 1.4's expression language.

ClauseElement is the base of everything that compiles to SQL. ColumnElement adds the Python
operators (== != < <= > >= + - * / % & | ~, in_, like, between, ...), which build
BinaryExpression / UnaryExpression / BooleanClauseList trees instead of computing values. The
constructors scripts use are functions: text, literal, literal_column, bindparam, null, true, false,
and_, or_, not_, case, cast, type_coerce, collate, distinct, desc, asc, nulls_first, nulls_last,
tuple_, extract, over, label, column.

Each element compiles itself (`_compile(compiler, **kw)`, sql/compiler.py) with SQLAlchemy's
grouping rules (self_group), anonymous names (`users.id > :id_1`) and SQLite specifics.

Not here: annotations, cloning/traversal, caching and lambda statements of SQLAlchemy's internals.
"""
from .. import exc
from . import operators
from . import sqltypes as _sqltypes_module
from . import type_api
from .base import Executable
from .base import Generative  # noqa: F401

_NONE = object()


def _sqltypes():
    return _sqltypes_module


class ClauseElement:
    """The base of every SQL construct."""

    __visit_name__ = "clause"
    is_clause_element = True
    is_selectable = False
    _is_text_clause = False
    _is_select_statement = False
    _is_from_clause = False
    _is_textual = False
    supports_execution = False
    bind = None
    stringify_dialect = "default"

    @property
    def _from_objects(self):
        """The FROM clauses this element refers to: those of its children, in order, once each."""
        out = []
        for child in self.get_children():
            if child is None:
                continue
            for f in child._from_objects:
                if not any(f is g for g in out):
                    out.append(f)
        return out

    def _compile(self, compiler, **kw):
        raise exc.UnsupportedCompilationError(compiler, type(self))

    def self_group(self, against=None):
        return self

    def _negate(self):
        return UnaryExpression(self.self_group(against=operators.inv), operator=operators.inv)

    def __invert__(self):
        return self._negate()

    def __bool__(self):
        raise TypeError("Boolean value of this clause is not defined")

    def compile(self, bind=None, dialect=None, **kw):
        """The compiled form of this construct: str() of it is the SQL, .params its parameters."""
        from .compiler import compile_element

        if dialect is None:
            if bind is not None:
                dialect = bind.dialect
            elif self.bind is not None:
                dialect = self.bind.dialect
        return compile_element(self, dialect, **kw)

    def __str__(self):
        return str(self.compile())

    def __revlab_compile__(self, literal_binds):
        """(sql, params tuple) on SQLite: what Revlab's op.execute() runs (literal_binds in --sql)."""
        from .compiler import compile_for_execution

        if not literal_binds:
            # Alembic executes it on its connection: the statement's cache key is computed then
            from . import cache_warnings

            cache_warnings.warn_types(cache_warnings.external_types(self))
        return compile_for_execution(self, literal_binds=literal_binds)

    def params(self, *optionaldict, **kwargs):
        """A copy whose bind parameters have the given values."""
        values = {}
        for d in optionaldict:
            values.update(d)
        values.update(kwargs)
        return _replace_bind_values(self, values)

    def unique_params(self, *optionaldict, **kwargs):
        return self.params(*optionaldict, **kwargs)

    def _clone(self):
        c = self.__class__.__new__(self.__class__)
        c.__dict__.update(self.__dict__)
        return c

    def get_children(self, **kw):
        return []

    def _bind_params(self):
        """Every BindParameter under this element (for params() and for cache-free execution)."""
        out = []
        _collect_binds(self, out, set())
        return out


def _collect_binds(element, out, seen):
    if id(element) in seen:
        return
    seen.add(id(element))
    if isinstance(element, BindParameter):
        out.append(element)
        return
    for child in element.get_children():
        if child is not None:
            _collect_binds(child, out, seen)


def _replace_bind_values(element, values):
    # SQLAlchemy clones the tree; Revlab's elements are immutable once built, so updating the
    # binds in place is only safe on a copy of them: copy the binds and rebuild the element's
    # mapping through a compile-time substitution.
    clone = element._clone()
    substitutions = dict(getattr(element, "_bind_substitutions", {}))
    for bind in element._bind_params():
        if bind.key in values:
            new = bind._clone()
            new.value = values[bind.key]
            new.callable = None
            substitutions[id(bind)] = new
    clone._bind_substitutions = substitutions
    return clone


# ---- column elements ---------------------------------------------------------------------------
class ColumnOperators:
    """The Python operators of SQL expressions."""

    __hash__ = object.__hash__

    def operate(self, op, *other, **kwargs):
        raise NotImplementedError()

    def reverse_operate(self, op, other, **kwargs):
        raise NotImplementedError()

    def __eq__(self, other):
        return self.operate(operators.eq, other)

    def __ne__(self, other):
        return self.operate(operators.ne, other)

    def __lt__(self, other):
        return self.operate(operators.lt, other)

    def __le__(self, other):
        return self.operate(operators.le, other)

    def __gt__(self, other):
        return self.operate(operators.gt, other)

    def __ge__(self, other):
        return self.operate(operators.ge, other)

    def __neg__(self):
        return self.operate(operators.neg)

    def __add__(self, other):
        return self.operate(operators.add, other)

    def __radd__(self, other):
        return self.reverse_operate(operators.add, other)

    def __sub__(self, other):
        return self.operate(operators.sub, other)

    def __rsub__(self, other):
        return self.reverse_operate(operators.sub, other)

    def __mul__(self, other):
        return self.operate(operators.mul, other)

    def __rmul__(self, other):
        return self.reverse_operate(operators.mul, other)

    def __truediv__(self, other):
        return self.operate(operators.truediv, other)

    def __rtruediv__(self, other):
        return self.reverse_operate(operators.truediv, other)

    def __floordiv__(self, other):
        return self.operate(operators.floordiv, other)

    def __mod__(self, other):
        return self.operate(operators.mod, other)

    def __rmod__(self, other):
        return self.reverse_operate(operators.mod, other)

    def __and__(self, other):
        return and_(self, other)

    def __rand__(self, other):
        return and_(other, self)

    def __or__(self, other):
        return or_(self, other)

    def __ror__(self, other):
        return or_(other, self)

    def __getitem__(self, index):
        return self.operate(operators.getitem, index)

    def concat(self, other):
        return self.operate(operators.concat_op, other)

    def _rconcat(self, other):
        return self.reverse_operate(operators.concat_op, other)

    def like(self, other, escape=None):
        return self.operate(operators.like_op, other, escape=escape)

    def ilike(self, other, escape=None):
        return self.operate(operators.ilike_op, other, escape=escape)

    def not_like(self, other, escape=None):
        return self.operate(operators.not_like_op, other, escape=escape)

    notlike = not_like

    def not_ilike(self, other, escape=None):
        return self.operate(operators.not_ilike_op, other, escape=escape)

    notilike = not_ilike

    def in_(self, other):
        return self.operate(operators.in_op, other)

    def not_in(self, other):
        return self.operate(operators.not_in_op, other)

    notin_ = not_in

    def is_(self, other):
        return self.operate(operators.is_, other)

    def is_not(self, other):
        return self.operate(operators.is_not, other)

    isnot = is_not

    def is_distinct_from(self, other):
        return self.operate(operators.is_distinct_from, other)

    def is_not_distinct_from(self, other):
        return self.operate(operators.is_not_distinct_from, other)

    def startswith(self, other, escape=None, autoescape=False):
        return self.operate(operators.startswith_op, other, escape=escape, autoescape=autoescape)

    def endswith(self, other, escape=None, autoescape=False):
        return self.operate(operators.endswith_op, other, escape=escape, autoescape=autoescape)

    def contains(self, other, escape=None, autoescape=False):
        return self.operate(operators.contains_op, other, escape=escape, autoescape=autoescape)

    def match(self, other, **kwargs):
        return self.operate(operators.match_op, other, **kwargs)

    def between(self, cleft, cright, symmetric=False):
        return self.operate(operators.between_op, cleft, cright, symmetric=symmetric)

    def desc(self):
        return UnaryExpression(self, modifier=operators.desc_op)

    def asc(self):
        return UnaryExpression(self, modifier=operators.asc_op)

    def nulls_first(self):
        return UnaryExpression(self, modifier=operators.nulls_first_op)

    def nulls_last(self):
        return UnaryExpression(self, modifier=operators.nulls_last_op)

    nullsfirst = nulls_first
    nullslast = nulls_last

    def distinct(self):
        return UnaryExpression(self, operator=operators.distinct_op, type_=self.type, wraps_column_expression=False)

    def collate(self, collation):
        return collate(self, collation)

    def op(self, opstring, precedence=0, is_comparison=False, return_type=None):
        operator = operators.custom_op(opstring, precedence, is_comparison, return_type)

        def against(other):
            return operator_binary(self, operator, other)

        return against

    def bool_op(self, opstring, precedence=0):
        return self.op(opstring, precedence=precedence, is_comparison=True)

    def any_(self):
        raise exc.CompileError("ANY is not supported on SQLite")

    def all_(self):
        raise exc.CompileError("ALL is not supported on SQLite")


class ColumnElement(ColumnOperators, ClauseElement):
    """A SQL expression that has a type and can appear in a SELECT's columns."""

    __visit_name__ = "column_element"
    primary_key = False
    foreign_keys = ()
    key = None
    _label = None
    _is_implicitly_boolean = False
    _allow_label_resolve = True
    # The name SELECT gives it when it needs no label (a table column's name).
    _non_anon_label = None
    # The name a wrapping expression lends it (CAST(users.id AS ...) is "id").
    _expression_label = None
    _render_label_in_columns_clause = True
    _wraps_column_expression = False
    _is_literal_column = False
    type = _sqltypes_module.NULLTYPE

    @property
    def comparator(self):
        return self

    @property
    def expression(self):
        return self

    # The base name of the anonymous label this expression gets in a SELECT ("anon" -> anon_1).
    _anon_label_base = "anon"

    @property
    def _anon_name_label(self):
        return _AnonLabel(self, self._anon_label_base)

    def label(self, name):
        return Label(name, self, self.type)

    def cast(self, type_):
        return Cast(self, type_)

    def _bind_key(self):
        """The name of the anonymous parameter a value compared with this expression gets."""
        return self.key

    def operate(self, op, *other, **kwargs):
        return _operate(self, op, *other, **kwargs)

    def reverse_operate(self, op, other, **kwargs):
        return _reverse_operate(self, op, other, **kwargs)

    def _bind_param(self, operator, obj, type_=None, expanding=False):
        return BindParameter(self._bind_key(), obj, _compared_to_operator=operator, _compared_to_type=self.type,
                             type_=type_, unique=True, expanding=expanding)

    def _negate(self):
        sqltypes = _sqltypes()
        if self.type._type_affinity is sqltypes.Boolean and not self._is_implicitly_boolean:
            return AsBoolean(self, operators.is_false, operators.is_true)
        return ClauseElement._negate(self)

    def _ensure_boolean(self):
        """A Boolean column used as a criterion (WHERE flag): SQLite renders `flag = 1`."""
        sqltypes = _sqltypes()
        if (not self._is_implicitly_boolean and isinstance(self.type, sqltypes.Boolean)
                and not isinstance(self, (AsBoolean, BindParameter))):
            return AsBoolean(self, operators.is_true, operators.is_false)
        return self

    def get_children(self, **kw):
        return []

    def __repr__(self):
        return "<%s.%s object>" % (self.__class__.__module__, self.__class__.__name__)

    def __getattr__(self, key):
        # Comparator methods the type provides (JSON's as_string(), ...), as SQLAlchemy does.
        if key.startswith("__"):
            raise AttributeError(key)
        type_ = self.__dict__.get("type")
        if type_ is not None:
            factory = getattr(type_, "comparator_factory", None)
            if factory is not None and not isinstance(factory, property):
                try:
                    comparator = factory(self)
                except TypeError:
                    comparator = None
                if comparator is not None and hasattr(type(comparator), key):
                    return getattr(comparator, key)
        raise AttributeError("Neither %r object nor %r object has an attribute %r"
                             % (type(self).__name__, type(self.type).__name__ + ".Comparator"
                                if hasattr(self, "type") else "Comparator", key))


class _AnonLabel:
    """An anonymous name ("anon_1", "count_1", "id_1") resolved when the statement compiles: the same
    element always gets the same number within one statement."""

    def __init__(self, element, base):
        self.element = element
        self.base = base

    def resolve(self, compiler):
        return compiler.anon_name(self.element, self.base, "label")


def _is_literal_value(obj):
    return not isinstance(obj, ClauseElement) and not hasattr(obj, "__clause_element__")


def _clause_of(obj):
    """The ClauseElement of a script's value: ORM attributes and mapped classes lend theirs."""
    if isinstance(obj, ClauseElement):
        return obj
    fn = getattr(obj, "__clause_element__", None)
    if fn is not None:
        return fn()
    return None


def _literal_as_binds(element, name=None, type_=None):
    clause = _clause_of(element)
    if clause is not None:
        return clause
    if element is None:
        return Null()
    return BindParameter(name, element, type_=type_, unique=True)


def _expression_as_column(element):
    clause = _clause_of(element)
    if clause is None:
        if isinstance(element, str):
            raise exc.ArgumentError(
                "Textual column expression %r should be explicitly declared with text(%r), or use "
                "column(%r) for more specificity" % (element, element, element))
        raise exc.ArgumentError("SQL expression element or literal value expected, got %r." % (element,))
    return clause


_PLAIN_VALUE_TYPES = (int, str, float, bytes)
_PLAIN_COMPARISONS = None


def _operate(expr, op, *other, **kwargs):
    """What `expr <op> other` builds (SQLAlchemy's default_comparator)."""
    global _PLAIN_COMPARISONS
    if _PLAIN_COMPARISONS is None:
        _PLAIN_COMPARISONS = {operators.eq, operators.ne, operators.lt, operators.le, operators.gt, operators.ge}
    # The common case, made lean: a column compared with a plain value (`t.c.id == row.id`).
    if len(other) == 1 and not kwargs and op in _PLAIN_COMPARISONS and type(other[0]) in _PLAIN_VALUE_TYPES:
        value = other[0]
        bind = _plain_bind(expr._bind_key(), value, expr.type.coerce_compared_value(op, value))
        return BinaryExpression(expr, bind, op, _sqltypes_module.BOOLEANTYPE, op.negate, None)
    if op is operators.neg:
        return UnaryExpression(expr, operator=operators.neg, type_=expr.type)
    if op is operators.in_op or op is operators.not_in_op:
        return _in_impl(expr, op, other[0])
    if op is operators.between_op:
        return _between_impl(expr, op, other[0], other[1], **kwargs)
    if op is operators.getitem:
        return _getitem_impl(expr, other[0])
    if op in (operators.startswith_op, operators.endswith_op, operators.contains_op):
        return _like_shortcut(expr, op, other[0], kwargs.get("escape"), kwargs.get("autoescape", False))
    if op.is_comparison:
        return _boolean_compare(expr, op, other[0], **kwargs)
    return _binary_operate(expr, op, other[0])


def _reverse_operate(expr, op, other, **kwargs):
    other_clause = _literal_as_binds_against(expr, op, other)
    if op is operators.add and _is_concatenable(expr.type):
        op = operators.concat_op
    return BinaryExpression(other_clause, expr, op, type_=_result_type(expr.type, op, other_clause.type))


def _is_concatenable(type_):
    return getattr(type_, "_concatenable", False) or getattr(getattr(type_, "impl", None), "_concatenable", False)


def _literal_as_binds_against(expr, op, obj, type_=None, expanding=False):
    clause = _clause_of(obj)
    if clause is not None:
        return clause
    if obj is None and not expanding:
        return Null()
    if type_ is None and not expanding:
        type_ = expr.type.coerce_compared_value(op, obj)
    return expr._bind_param(op, obj, type_=type_, expanding=expanding)


def _boolean_compare(expr, op, obj, negate=None, reverse=False, escape=None, **kwargs):
    sqltypes = _sqltypes()
    modifiers = {}
    if escape is not None:
        modifiers["escape"] = escape
    if obj is None or isinstance(obj, (bool, Null, True_, False_)):
        python_is_types = getattr(expr.type, "coerce_to_is_types", (type(None), bool))
        if obj is None or isinstance(obj, Null) or type(obj) in python_is_types or isinstance(obj, (True_, False_)):
            if op in (operators.eq, operators.ne) and isinstance(obj, (bool, True_, False_)):
                return BinaryExpression(expr, _const_expr(obj), op, type_=sqltypes.BOOLEANTYPE,
                                        negate=op.negate, modifiers=modifiers)
            if op in (operators.is_distinct_from, operators.is_not_distinct_from):
                return BinaryExpression(expr, _const_expr(obj), op, type_=sqltypes.BOOLEANTYPE,
                                        negate=op.negate, modifiers=modifiers)
            if op in (operators.eq, operators.is_):
                return BinaryExpression(expr, _const_expr(obj), operators.is_, negate=operators.is_not,
                                        type_=sqltypes.BOOLEANTYPE)
            if op in (operators.ne, operators.is_not):
                return BinaryExpression(expr, _const_expr(obj), operators.is_not, negate=operators.is_,
                                        type_=sqltypes.BOOLEANTYPE)
            raise exc.ArgumentError("Only '=', '!=', 'is_()', 'is_not()', 'is_distinct_from()', "
                                    "'is_not_distinct_from()' operators can be used with None/True/False")
    other = _literal_as_binds_against(expr, op, obj)
    if reverse:
        return BinaryExpression(other, expr, op, type_=sqltypes.BOOLEANTYPE, negate=op.negate, modifiers=modifiers)
    return BinaryExpression(expr, other, op, type_=sqltypes.BOOLEANTYPE, negate=op.negate, modifiers=modifiers)


def _const_expr(obj):
    if obj is None or isinstance(obj, Null):
        return Null()
    if obj is True or isinstance(obj, True_):
        return True_()
    if obj is False or isinstance(obj, False_):
        return False_()
    return obj


def _binary_operate(expr, op, obj):
    other = _literal_as_binds_against(expr, op, obj)
    if op is operators.add and _is_concatenable(expr.type):
        op = operators.concat_op
    if isinstance(op, operators.custom_op) and op.return_type is not None:
        result_type = type_api.to_instance(op.return_type)
    elif isinstance(op, operators.custom_op) and op.is_comparison:
        result_type = _sqltypes().BOOLEANTYPE
    else:
        result_type = _result_type(expr.type, op, other.type)
    return BinaryExpression(expr, other, op, type_=result_type)


def operator_binary(expr, op, other):
    return _binary_operate(expr, op, other)


def _result_type(left, op, right):
    """The type of `left <op> right` (SQLAlchemy's _adapt_expression, for the common cases)."""
    sqltypes = _sqltypes()
    if left._isnull:
        return right
    if op is operators.concat_op:
        return left
    la = left._type_affinity
    ra = right._type_affinity
    if la is sqltypes.Integer and ra is sqltypes.Numeric:
        return right
    if la in (sqltypes.DateTime, sqltypes.Date) and op is operators.sub and ra is la:
        return sqltypes.Interval()
    return left


def _in_impl(expr, op, seq_or_selectable):
    sqltypes = _sqltypes()
    clause = _clause_of(seq_or_selectable)
    if clause is not None:
        if clause.is_selectable or getattr(clause, "_is_select_statement", False):
            right = clause.scalar_subquery() if hasattr(clause, "scalar_subquery") else clause
            right = right.self_group(against=op)
            if isinstance(right, ScalarSelect):
                right = _InSelect(right.element)
        elif isinstance(clause, BindParameter) and clause.expanding:
            right = clause
        else:
            right = clause.self_group(against=op)
        return BinaryExpression(expr, right, op, type_=sqltypes.BOOLEANTYPE, negate=op.negate)
    if isinstance(seq_or_selectable, str) or not hasattr(seq_or_selectable, "__iter__"):
        raise exc.ArgumentError("IN expression list, SELECT construct, or bound parameter object expected, "
                                "got %r." % (seq_or_selectable,))
    values = list(seq_or_selectable)
    if any(_clause_of(v) is not None for v in values):
        items = [_literal_as_binds_against(expr, op, v) for v in values]
        right = Grouping(ClauseList(*items, operator=operators.comma_op))
        return BinaryExpression(expr, right, op, type_=sqltypes.BOOLEANTYPE, negate=op.negate)
    bind = expr._bind_param(op, values, expanding=True)
    if isinstance(expr, Tuple):
        bind.type = expr.type
    else:
        bind.type = expr.type
    return BinaryExpression(expr, bind, op, type_=sqltypes.BOOLEANTYPE, negate=op.negate)


class _InSelect(ColumnElement):
    """`x IN (SELECT ...)`: the parenthesized select."""

    def __init__(self, element):
        self.element = element

    def _compile(self, c, **kw):
        return "(" + c.process(self.element, asfrom=True, correlate=True, **_no_columns_clause(kw)) + ")"

    @property
    def _from_objects(self):
        return []

    def get_children(self, **kw):
        return [self.element]


def _no_columns_clause(kw):
    kw = dict(kw)
    for key in ("within_columns_clause", "within_label_clause", "asfrom", "correlate", "as_subquery"):
        kw.pop(key, None)
    return kw


def _between_impl(expr, op, cleft, cright, symmetric=False, **kw):
    sqltypes = _sqltypes()
    left = _literal_as_binds_against(expr, operators.and_, cleft)
    right = _literal_as_binds_against(expr, operators.and_, cright)
    return BinaryExpression(expr, ClauseList(left, right, operator=operators.and_, group=False, group_contents=False),
                            op, type_=sqltypes.BOOLEANTYPE, negate=op.negate,
                            modifiers={"symmetric": symmetric} if symmetric else {})


def _like_shortcut(expr, op, other, escape, autoescape):
    if autoescape:
        if escape is None:
            escape = "/"
        if not isinstance(other, str):
            raise TypeError("String value expected when autoescape=True")
        if escape not in ("%", "_"):
            other = other.replace(escape, escape + escape)
        other = other.replace("%", escape + "%").replace("_", escape + "_")
    return _boolean_compare(expr, op, other, escape=escape)


def _getitem_impl(expr, index):
    sqltypes = _sqltypes()
    if isinstance(expr.type, sqltypes.JSON):
        if isinstance(index, (list, tuple)):
            raise exc.CompileError("JSON path indexes are not supported on SQLite here")
        bind = BindParameter(expr._bind_key(), index, type_=sqltypes.JSON.JSONIndexType(), unique=True)
        return BinaryExpression(expr, bind, operators.json_getitem_op, type_=expr.type)
    raise NotImplementedError("Operator 'getitem' is not supported on this expression")


# ---- names and values ------------------------------------------------------------------------------
class ColumnClause(ColumnElement):
    """A named column: `column("id")`, a table's column, or literal_column("text")."""

    __visit_name__ = "column"
    _is_multiparam_column = False
    onupdate = default = server_default = server_onupdate = None

    def __init__(self, text, type_=None, is_literal=False, _selectable=None):
        self.key = self.name = text
        self.table = _selectable
        self.type = type_api.to_instance(type_)
        self.is_literal = is_literal

    @property
    def _non_anon_label(self):
        if self.is_literal:
            return None
        return self.name

    @property
    def _anon_label_base(self):
        return self.name if not self.is_literal else "anon"

    @property
    def _render_label_in_columns_clause(self):
        return True

    def _compile(self, c, **kw):
        return c.visit_column(self, **kw)

    def _bind_key(self):
        return self.key

    @property
    def _from_objects(self):
        if self.table is not None:
            return [self.table]
        return []

    def _make_proxy(self, selectable, name=None):
        col = ColumnClause(name or self.name, self.type, is_literal=self.is_literal, _selectable=selectable)
        col._proxies = [self]
        return col

    def __repr__(self):
        if self.table is not None:
            return "<sqlalchemy.sql.elements.ColumnClause at 0x0; %s>" % self.name
        return "<sqlalchemy.sql.elements.ColumnClause at 0x0; %s>" % self.name

    def __revlab_record__(self):
        if self.is_literal:
            return ("call", "sqlalchemy.literal_column", (self.name,), {} if self.type._isnull else {"type_": self.type})
        kwargs = {}
        args = (self.name,) if self.type._isnull else (self.name, self.type)
        return ("call", "sqlalchemy.column", args, kwargs)


def column(text, type_=None, is_literal=False, _selectable=None):
    return ColumnClause(text, type_, is_literal, _selectable)


def literal_column(text, type_=None):
    return ColumnClause(text, type_=type_, is_literal=True)


class BindParameter(ColumnElement):
    """A bound parameter: a value sent apart from the SQL text (`?`), or rendered inline."""

    __visit_name__ = "bindparam"
    _is_crud = False
    inherit_cache = True
    # Set by the compiler: a crud value's column key, an expanded IN list's parent and position.
    _value_key = None
    _expand_parent = None
    _expand_index = None

    def __init__(self, key, value=_NONE, type_=None, unique=False, required=_NONE, quote=None, callable_=None,
                 expanding=False, isoutparam=False, literal_execute=False, _compared_to_operator=None,
                 _compared_to_type=None, _is_crud=False):
        if required is _NONE:
            required = value is _NONE and callable_ is None
        if value is _NONE:
            value = None
        self.key = key if key is not None else None
        self.unique = unique or key is None
        self.value = value
        self.callable = callable_
        self.isoutparam = isoutparam
        self.required = required
        self.expanding = expanding
        self.literal_execute = literal_execute
        self._is_crud = _is_crud
        if type_ is None:
            if expanding and value:
                check = value[0]
            else:
                check = value
            if _compared_to_type is not None:
                self.type = _compared_to_type.coerce_compared_value(_compared_to_operator, check)
            else:
                self.type = _sqltypes()._resolve_value_to_type(check)
        else:
            self.type = type_api.to_instance(type_)

    @property
    def effective_value(self):
        if self.callable:
            return self.callable()
        return self.value

    def _bind_key(self):
        return self.key

    @property
    def _anon_label_base(self):
        return "anon"

    def _compile(self, c, **kw):
        return c.visit_bindparam(self, **kw)

    def _with_value(self, value, maintain_key=False, required=_NONE):
        c = self._clone()
        c.value = value
        c.callable = None
        c.required = False if required is _NONE else required
        if c.type._isnull:
            c.type = _sqltypes()._resolve_value_to_type(value)
        return c

    def __repr__(self):
        return "BindParameter(%r, %r, type_=%r)" % (self.key, self.value, self.type)

    def __revlab_record__(self):
        return ("call", "sqlalchemy.bindparam", (self.key, self.value), {})


def _plain_bind(key, value, type_):
    """BindParameter(key, value, type_=type_, unique=True), without the constructor's checks."""
    b = BindParameter.__new__(BindParameter)
    d = b.__dict__
    d["key"] = key
    d["unique"] = True
    d["value"] = value
    d["callable"] = None
    d["isoutparam"] = False
    d["required"] = False
    d["expanding"] = False
    d["literal_execute"] = False
    d["_is_crud"] = False
    d["type"] = type_
    return b


def bindparam(key, value=_NONE, type_=None, unique=False, required=_NONE, quote=None, callable_=None,
              expanding=False, isoutparam=False, literal_execute=False):
    return BindParameter(key, value, type_, unique, required, quote, callable_, expanding, isoutparam, literal_execute)


def literal(value, type_=None, literal_execute=False):
    return BindParameter(None, value, type_=type_, unique=True, literal_execute=literal_execute)


class _InlineLiteral(BindParameter):
    """Alembic's op.inline_literal(): a value always rendered into the SQL text."""

    def _compile(self, c, **kw):
        return c.render_literal_bindparam(self, **kw)

    # Given to an operation (op.bulk_insert rows, server defaults), it stays Alembic's call.
    def __revlab_record__(self):
        args = (self.value,) if self._revlab_type_given is None else (self.value, self._revlab_type_given)
        return ("call", "op.inline_literal", args, {})


def inline_literal(value, type_=None):
    literal = _InlineLiteral(None, value, type_=type_, unique=True)
    literal._revlab_type_given = type_
    return literal


class TextClause(Executable, ClauseElement):
    """text("SELECT ... WHERE id = :id"): SQL text with named parameters."""

    __visit_name__ = "textclause"
    _is_text_clause = True
    _is_textual = True
    supports_execution = True
    is_selectable = False
    _render_label_in_columns_clause = False
    _allow_label_resolve = False
    key = _label = None
    _hide_froms = ()

    # Set by bindparams(): the statement then compiles in full, its binds carrying values and types.
    _custom_binds = False

    def __init__(self, text, bind=None):
        self.text = text
        self._parts = parse_text_cached(text)
        self.bind = bind

    @property
    def _bindparams(self):
        binds = self.__dict__.get("_bp")
        if binds is None:
            binds = {}
            for name in self._parts[1]:
                if name not in binds:
                    binds[name] = BindParameter(name, required=True)
            self.__dict__["_bp"] = binds
        return binds

    @property
    def type(self):
        return _sqltypes().NULLTYPE

    @property
    def comparator(self):
        return self.type.comparator_factory(self)

    @property
    def selected_columns(self):
        return []

    def bindparams(self, *binds, **names_to_values):
        new = self._clone()
        bp = dict(self._bindparams)
        new.__dict__["_bp"] = bp
        new._custom_binds = True
        for bind in binds:
            if bind.key not in bp:
                raise exc.ArgumentError("This text() construct doesn't define a bound parameter named %r" % bind.key)
            bp[bind.key] = bind
        for key, value in names_to_values.items():
            if key not in bp:
                raise exc.ArgumentError("This text() construct doesn't define a bound parameter named %r" % key)
            bp[key] = bp[key]._with_value(value, required=False)
        return new

    def columns(self, *cols, **types):
        from .selectable import TextualSelect

        positional = []
        for col in cols:
            positional.append(col)
        for key, type_ in types.items():
            positional.append(ColumnClause(key, type_))
        return TextualSelect(self, positional, positional=bool(cols) and not types)

    def self_group(self, against=None):
        if against is operators.in_op:
            return Grouping(self)
        return self

    def label(self, name):
        return Label(name, self, self.type)

    def _compile(self, c, **kw):
        return c.visit_textclause(self, **kw)

    def get_children(self, **kw):
        return list(self._bindparams.values())

    def __and__(self, other):
        return and_(self, other)

    def __or__(self, other):
        return or_(self, other)

    def __repr__(self):
        return "<sqlalchemy.sql.elements.TextClause object>"

    def __revlab_record__(self):
        return ("call", "sqlalchemy.text", (self.text,), {})


def text(text, bind=None):
    return TextClause(text, bind=bind)


class Null(ColumnElement):
    __visit_name__ = "null"

    @property
    def type(self):
        return _sqltypes().NULLTYPE

    def _compile(self, c, **kw):
        return "NULL"

    def __revlab_record__(self):
        return ("call", "sqlalchemy.null", (), {})


class False_(ColumnElement):
    __visit_name__ = "false"

    @property
    def type(self):
        return _sqltypes().BOOLEANTYPE

    def _negate(self):
        return True_()

    def _compile(self, c, **kw):
        return "false" if c.dialect.supports_native_boolean else "0"

    def __revlab_record__(self):
        return ("call", "sqlalchemy.false", (), {})


class True_(ColumnElement):
    __visit_name__ = "true"

    @property
    def type(self):
        return _sqltypes().BOOLEANTYPE

    def _negate(self):
        return False_()

    def _compile(self, c, **kw):
        return "true" if c.dialect.supports_native_boolean else "1"

    def __revlab_record__(self):
        return ("call", "sqlalchemy.true", (), {})


def null():
    return Null()


def true():
    return True_()


def false():
    return False_()


# ---- compound expressions -----------------------------------------------------------------------------
class ClauseList(ClauseElement):
    """Elements separated by an operator (", " by default): function arguments, GROUP BY lists."""

    __visit_name__ = "clauselist"

    def __init__(self, *clauses, **kwargs):
        self.operator = kwargs.pop("operator", operators.comma_op)
        self.group = kwargs.pop("group", True)
        self.group_contents = kwargs.pop("group_contents", True)
        self.clauses = []
        for clause in clauses:
            if clause is None:
                continue
            element = _literal_as_binds(clause) if not kwargs.get("_literal_as_text") else clause
            if self.group_contents:
                element = element.self_group(against=self.operator)
            self.clauses.append(element)

    def __iter__(self):
        return iter(self.clauses)

    def __len__(self):
        return len(self.clauses)

    def self_group(self, against=None):
        if self.group and operators.is_precedent(self.operator, against):
            return Grouping(self)
        return self

    def _compile(self, c, **kw):
        sep = self.operator.opstring if self.operator is not None else " "
        return sep.join(s for s in (c.process(e, **kw) for e in self.clauses) if s)

    def get_children(self, **kw):
        return list(self.clauses)


class BooleanClauseList(ClauseList, ColumnElement):
    """and_(...) / or_(...)."""

    __visit_name__ = "clauselist"
    _is_implicitly_boolean = True

    def __init__(self, operator, clauses):
        self.operator = operator
        self.group = True
        self.group_contents = True
        self.clauses = clauses

    @property
    def type(self):
        return _sqltypes().BOOLEANTYPE

    @classmethod
    def _construct(cls, operator, continue_on, skip_on, clauses):
        items = []
        for clause in clauses:
            element = _criterion(clause)
            if isinstance(element, BooleanClauseList) and element.operator is operator:
                # and_(and_(a, b), c): SQLAlchemy keeps the nesting, grouped only when needed.
                pass
            items.append(element)
        # True in an and_ (False in an or_) drops out; False in an and_ (True in an or_) is all.
        kept = []
        for element in items:
            inner = element.element if isinstance(element, AsBoolean) else element
            if isinstance(inner, continue_on):
                continue
            if isinstance(inner, skip_on):
                return element
            kept.append(element)
        if len(kept) == 1:
            return kept[0].self_group(against=operators._asbool)
        if not kept:
            if items:
                return items[0]
            return BooleanClauseList(operator, [])
        return BooleanClauseList(operator, [e.self_group(against=operator) for e in kept])

    def _negate(self):
        return ClauseElement._negate(self)

    def self_group(self, against=None):
        if not self.clauses:
            return self
        return ClauseList.self_group(self, against=against)

    def _compile(self, c, **kw):
        return ClauseList._compile(self, c, **kw)

    def __bool__(self):
        raise TypeError("Boolean value of this clause is not defined")


def _criterion(clause):
    """A WHERE/HAVING/and_/or_ criterion from what the script gave."""
    if isinstance(clause, bool):
        return True_() if clause else False_()
    if isinstance(clause, str):
        raise exc.ArgumentError(
            "Textual SQL expression %r should be explicitly declared as text(%r)" % (clause, clause))
    element = _clause_of(clause)
    if element is None:
        raise exc.ArgumentError("SQL expression for WHERE/HAVING role expected, got %r." % (clause,))
    if isinstance(element, ColumnElement):
        element = element._ensure_boolean()
    return element.self_group(against=operators._asbool)


def and_(*clauses):
    return BooleanClauseList._construct(operators.and_, True_, False_, clauses)


def or_(*clauses):
    return BooleanClauseList._construct(operators.or_, False_, True_, clauses)


def not_(clause):
    return _criterion(clause)._negate() if not isinstance(clause, bool) else _criterion(not clause)


class Tuple(ClauseList, ColumnElement):
    """tuple_(a, b): `(a, b)`."""

    __visit_name__ = "tuple"

    def __init__(self, *clauses, **kw):
        types = kw.pop("types", None)
        elements = [_literal_as_binds(c) for c in clauses]
        self.operator = operators.comma_op
        self.group = True
        self.group_contents = True
        self.clauses = elements
        self._type = _sqltypes().TupleType(*[e.type for e in elements])

    @property
    def type(self):
        return self._type

    def _bind_key(self):
        return None

    def _compile(self, c, **kw):
        return "(" + ClauseList._compile(self, c, **kw) + ")"

    def self_group(self, against=None):
        return self


def tuple_(*clauses, **kw):
    return Tuple(*clauses, **kw)


class BinaryExpression(ColumnElement):
    """`left <operator> right`."""

    __visit_name__ = "binary"

    def __init__(self, left, right, operator, type_=None, negate=None, modifiers=None):
        # Columns and parameters never need parentheses: skip asking them.
        self.left = left if type(left) in _NEVER_GROUPED else left.self_group(against=operator)
        self.right = right if type(right) in _NEVER_GROUPED else right.self_group(against=operator)
        self.operator = operator
        self.type = type_ if isinstance(type_, type_api.TypeEngine) else type_api.to_instance(type_)
        self.negate = negate
        self.modifiers = modifiers or {}
        self._is_implicitly_boolean = operator.is_comparison

    def _bind_key(self):
        return None

    def self_group(self, against=None):
        if operators.is_precedent(self.operator, against):
            return Grouping(self)
        return self

    def _negate(self):
        if self.negate is not None:
            return BinaryExpression(self.left, self.right, self.negate, negate=self.operator, type_=self.type,
                                    modifiers=self.modifiers)
        return ColumnElement._negate(self)

    def __bool__(self):
        # `col_a == col_b` compares identity when Python asks for a bool (SQLAlchemy does the same).
        if self.operator is operators.eq:
            return _identity(self.left) == _identity(self.right)
        if self.operator is operators.ne:
            return _identity(self.left) != _identity(self.right)
        raise TypeError("Boolean value of this clause is not defined")

    def _compile(self, c, **kw):
        return c.visit_binary(self, **kw)

    def get_children(self, **kw):
        return [self.left, self.right]


def _identity(element):
    while isinstance(element, Grouping):
        element = element.element
    return id(element)


class UnaryExpression(ColumnElement):
    """A prefix (NOT x, DISTINCT x, -x) or suffix (x DESC, x NULLS LAST) operator."""

    __visit_name__ = "unary"

    def __init__(self, element, operator=None, modifier=None, type_=None, wraps_column_expression=False):
        self.operator = operator
        self.modifier = modifier
        self.element = element.self_group(against=self.operator or self.modifier)
        self.type = type_api.to_instance(type_)
        self.wraps_column_expression = wraps_column_expression
        self._is_implicitly_boolean = operator is operators.inv or operator is operators.exists

    def _bind_key(self):
        return None

    @property
    def _from_objects(self):
        return self.element._from_objects

    def _negate(self):
        if self.operator is operators.inv and self.type._type_affinity is _sqltypes().Boolean:
            return self.element
        return ClauseElement._negate(self)

    def self_group(self, against=None):
        if self.operator and operators.is_precedent(self.operator, against):
            return Grouping(self)
        return self

    def _compile(self, c, **kw):
        if self.operator is not None:
            return self.operator.opstring + c.process(self.element, **kw)
        return c.process(self.element, **kw) + self.modifier.opstring

    def get_children(self, **kw):
        return [self.element]


class AsBoolean(UnaryExpression):
    """A Boolean column as a criterion: `flag` / `NOT flag` (SQLite: `flag = 1` / `flag = 0`)."""

    def __init__(self, element, operator, negate):
        self.element = element
        self.type = _sqltypes().BOOLEANTYPE
        self.operator = operator
        self.negate = negate
        self.modifier = None
        self.wraps_column_expression = True
        self._is_implicitly_boolean = element._is_implicitly_boolean

    def self_group(self, against=None):
        return self

    def _negate(self):
        if isinstance(self.element, (True_, False_)):
            return self.element._negate()
        return AsBoolean(self.element, self.negate, self.operator)

    def _compile(self, c, **kw):
        inner = c.process(self.element, **kw)
        native = self._is_implicitly_boolean or c.dialect.supports_native_boolean
        if self.operator is operators.is_true:
            return inner if native else "%s = 1" % inner
        return "NOT %s" % inner if native else "%s = 0" % inner


def distinct(expr):
    expr = _expression_as_column(expr)
    return UnaryExpression(expr, operator=operators.distinct_op, type_=expr.type, wraps_column_expression=False)


def desc(column):
    return UnaryExpression(_order_element(column), modifier=operators.desc_op)


def asc(column):
    return UnaryExpression(_order_element(column), modifier=operators.asc_op)


def nulls_first(column):
    return UnaryExpression(_order_element(column), modifier=operators.nulls_first_op)


def nulls_last(column):
    return UnaryExpression(_order_element(column), modifier=operators.nulls_last_op)


nullsfirst = nulls_first
nullslast = nulls_last


def _order_element(element):
    if isinstance(element, str):
        return _TextualLabelReference(element)
    return _expression_as_column(element)


class _TextualLabelReference(ColumnElement):
    """order_by("name"): a label or column name given as a string."""

    def __init__(self, name):
        self.element = name
        self.key = name

    def _compile(self, c, **kw):
        return c.preparer.quote(self.element)


class Grouping(ColumnElement):
    """Parentheses around an expression."""

    __visit_name__ = "grouping"

    def __init__(self, element):
        self.element = element

    @property
    def type(self):
        return getattr(self.element, "type", _sqltypes().NULLTYPE)

    @property
    def key(self):
        return getattr(self.element, "key", None)

    def _bind_key(self):
        return None

    @property
    def _from_objects(self):
        return self.element._from_objects

    @property
    def _is_implicitly_boolean(self):
        return getattr(self.element, "_is_implicitly_boolean", False)

    def self_group(self, against=None):
        return self

    def _negate(self):
        return UnaryExpression(self, operator=operators.inv, type_=self.type)

    def _compile(self, c, **kw):
        return "(" + c.process(self.element, **kw) + ")"

    def get_children(self, **kw):
        return [self.element]

    def __bool__(self):
        return bool(self.element)


class Label(ColumnElement):
    """expr.label("name"): `expr AS name` in a SELECT's columns."""

    __visit_name__ = "label"

    def __init__(self, name, element, type_=None):
        element = _expression_as_column(element)
        self.name = self.key = name if name is not None else _AnonLabel(element, "anon")
        self._element = element
        self.type = type_api.to_instance(type_ or getattr(element, "type", None))

    @property
    def element(self):
        return self._element

    @property
    def _non_anon_label(self):
        return self.name if isinstance(self.name, str) else None

    @property
    def _from_objects(self):
        return self._element._from_objects

    def self_group(self, against=None):
        return self

    def _bind_key(self):
        return self.key if isinstance(self.key, str) else None

    def _compile(self, c, **kw):
        return c.visit_label(self, **kw)

    def get_children(self, **kw):
        return [self._element]

    def _make_proxy(self, selectable, name=None):
        col = ColumnClause(name or self.name, self.type, _selectable=selectable)
        col._proxies = [self]
        return col


def label(name, element, type_=None):
    return Label(name, element, type_)


class Cast(ColumnElement):
    """cast(expr, type): `CAST(expr AS TYPE)`."""

    __visit_name__ = "cast"
    _wraps_column_expression = True

    def __init__(self, expression, type_):
        self.type = type_api.to_instance(type_)
        self.clause = _literal_as_binds(expression, type_=self.type)
        self.typeclause = self.type

    @property
    def _expression_label(self):
        return _wrapped_name(self.clause)

    @property
    def _from_objects(self):
        return self.clause._from_objects

    def _bind_key(self):
        return None

    def _compile(self, c, **kw):
        return "CAST(%s AS %s)" % (c.process(self.clause, **_no_label_kw(kw)), c.type_ddl(self.type))

    def get_children(self, **kw):
        return [self.clause]


def _wrapped_name(element):
    while isinstance(element, Grouping):
        element = element.element
    if isinstance(element, ColumnClause) and not element.is_literal:
        return element.name
    if isinstance(element, Label):
        return element.name if isinstance(element.name, str) else None
    return getattr(element, "_expression_label", None)


def _no_label_kw(kw):
    kw = dict(kw)
    kw["within_label_clause"] = True
    return kw


def cast(expression, type_):
    return Cast(expression, type_)


class TypeCoerce(ColumnElement):
    """type_coerce(expr, type): the expression, treated as `type` in Python (no CAST in SQL)."""

    __visit_name__ = "type_coerce"
    _wraps_column_expression = True

    def __init__(self, expression, type_):
        self.type = type_api.to_instance(type_)
        self.clause = _literal_as_binds(expression, type_=self.type)

    @property
    def _expression_label(self):
        return _wrapped_name(self.clause)

    @property
    def _from_objects(self):
        return self.clause._from_objects

    def _bind_key(self):
        return getattr(self.clause, "key", None)

    def self_group(self, against=None):
        grouped = self.clause.self_group(against=against)
        if grouped is not self.clause:
            return TypeCoerce(grouped, self.type)
        return self

    def _compile(self, c, **kw):
        return c.process(self.clause, **kw)

    def get_children(self, **kw):
        return [self.clause]


def type_coerce(expression, type_):
    return TypeCoerce(expression, type_)


class Case(ColumnElement):
    """case((cond, value), ..., value=None, else_=None)."""

    __visit_name__ = "case"

    def __init__(self, *whens, **kw):
        value = kw.pop("value", None)
        else_ = kw.pop("else_", None)
        if len(whens) == 1 and isinstance(whens[0], (list, dict)):
            whens = whens[0]
        if isinstance(whens, dict):
            whens = list(whens.items())
        whenlist = []
        for cond, result in whens:
            if value is not None:
                cond_el = _literal_as_binds(cond)
            else:
                cond_el = _criterion(cond).self_group()
            whenlist.append((cond_el, _literal_as_binds(result)))
        types = [r.type for (_, r) in whenlist if not r.type._isnull]
        self.type = types[-1] if types else _sqltypes().NULLTYPE
        self.value = _literal_as_binds(value) if value is not None else None
        self.whens = whenlist
        self.else_ = _literal_as_binds(else_) if else_ is not None else None

    def _bind_key(self):
        return None

    def _compile(self, c, **kw):
        kw = _no_label_kw(kw)
        x = "CASE "
        if self.value is not None:
            x += c.process(self.value, **kw) + " "
        for cond, result in self.whens:
            x += "WHEN " + c.process(cond, **kw) + " THEN " + c.process(result, **kw) + " "
        if self.else_ is not None:
            x += "ELSE " + c.process(self.else_, **kw) + " "
        return x + "END"

    def get_children(self, **kw):
        out = [self.value] if self.value is not None else []
        for cond, result in self.whens:
            out += [cond, result]
        if self.else_ is not None:
            out.append(self.else_)
        return out


def case(*whens, **kw):
    return Case(*whens, **kw)


class CollationClause(ColumnElement):
    def __init__(self, collation):
        self.collation = collation

    def _compile(self, c, **kw):
        return c.preparer.quote(self.collation)


def collate(expression, collation):
    expr = _literal_as_binds(expression)
    return BinaryExpression(expr, CollationClause(collation), operators.collate, type_=expr.type)


class Extract(ColumnElement):
    """extract("year", expr)."""

    __visit_name__ = "extract"
    _extract_map = {"month": "%m", "day": "%d", "year": "%Y", "second": "%S", "hour": "%H", "doy": "%j",
                    "minute": "%M", "epoch": "%s", "dow": "%w", "week": "%W"}

    def __init__(self, field, expr):
        self.type = _sqltypes().Integer()
        self.field = field
        self.expr = _literal_as_binds(expr)

    def _bind_key(self):
        return None

    @property
    def _from_objects(self):
        return self.expr._from_objects

    def _compile(self, c, **kw):
        kw = _no_label_kw(kw)
        if c.dialect.name == "sqlite":
            if self.field not in self._extract_map:
                raise exc.CompileError("%s is not a valid extract argument." % self.field)
            return "CAST(STRFTIME('%s', %s) AS INTEGER)" % (self._extract_map[self.field], c.process(self.expr, **kw))
        return "EXTRACT(%s FROM %s)" % (self.field, c.process(self.expr, **kw))

    def get_children(self, **kw):
        return [self.expr]


def extract(field, expr, **kwargs):
    return Extract(field, expr)


class Over(ColumnElement):
    """func.row_number().over(partition_by=..., order_by=...)."""

    __visit_name__ = "over"

    def __init__(self, element, partition_by=None, order_by=None, range_=None, rows=None):
        self.element = element
        self.type = element.type
        self.partition_by = _clause_list(partition_by)
        self.order_by = _clause_list(order_by)
        self.range_ = range_
        self.rows = rows

    def _bind_key(self):
        return None

    def _compile(self, c, **kw):
        kw = _no_label_kw(kw)
        parts = []
        for word, clause in (("PARTITION", self.partition_by), ("ORDER", self.order_by)):
            if clause is not None and len(clause):
                parts.append("%s BY %s" % (word, c.process(clause, **kw)))
        return "%s OVER (%s)" % (c.process(self.element, **kw), " ".join(parts))

    def get_children(self, **kw):
        return [self.element, self.partition_by, self.order_by]


def _clause_list(value):
    if value is None:
        return None
    if not isinstance(value, (list, tuple)):
        value = [value]
    return ClauseList(*[_order_element(v) for v in value])


def over(element, partition_by=None, order_by=None, range_=None, rows=None):
    return Over(element, partition_by, order_by, range_, rows)


class ScalarSelect(ColumnElement):
    """select(...).scalar_subquery(): `(SELECT ...)` as a value."""

    __visit_name__ = "scalar_select"

    def __init__(self, element):
        self.element = element
        cols = element._all_columns_for_type()
        self.type = cols[0].type if cols else _sqltypes().NULLTYPE

    def _bind_key(self):
        return None

    def self_group(self, against=None):
        return self

    def where(self, *criteria):
        return ScalarSelect(self.element.where(*criteria))

    def correlate(self, *froms):
        return ScalarSelect(self.element.correlate(*froms))

    @property
    def _from_objects(self):
        return []

    def _compile(self, c, **kw):
        return "(" + c.process(self.element, asfrom=True, correlate=True, **_no_columns_clause(kw)) + ")"

    def get_children(self, **kw):
        return [self.element]


def between(expr, lower_bound, upper_bound, symmetric=False):
    return _literal_as_binds(expr).between(lower_bound, upper_bound, symmetric=symmetric)


# Elements that are never parenthesized (their self_group() returns themselves).
_NEVER_GROUPED = {ColumnClause, BindParameter, Null, True_, False_}

# At the end: the compiler imports this module.
from .compiler import parse_text_cached  # noqa: E402
