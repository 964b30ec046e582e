"""FROM clauses and SELECT, after SQLAlchemy 1.4's sql/selectable.py.

FromClause: TableClause (`table("t", column("a"))`, and schema.Table), Alias (`t.alias("x")`),
Subquery (`select(...).subquery()`), Join (`t.join(u, onclause)`, the ON clause inferred from foreign
keys when omitted). Select: select(*columns | tables | ORM entities) (and 1.4's legacy select([...])),
where/filter/filter_by, order_by, group_by, having, limit, offset, distinct, join/outerjoin/join_from,
select_from, correlate, with_only_columns, add_columns, subquery/alias, scalar_subquery, exists, label,
union/union_all/except_/intersect. Exists, CompoundSelect, TextualSelect (text().columns(...)).

How each compiles is in sql/compiler.py (visit_select and friends).
"""
from .. import exc
from . import elements
from . import operators
from . import sqltypes
from .base import ColumnCollection
from .base import Executable
from .base import Generative
from .elements import ClauseElement
from .elements import ColumnClause


class FromClause(ClauseElement):
    """Something that can be in a FROM clause and has columns."""

    __visit_name__ = "fromclause"
    named_with_column = False
    is_selectable = True
    _is_from_clause = True
    schema = None
    _is_join = False

    @property
    def _from_objects(self):
        return [self]

    @property
    def c(self):
        return self.columns

    @property
    def primary_key(self):
        return ColumnCollection([(c.key, c) for c in self.columns if c.primary_key])

    @property
    def foreign_keys(self):
        out = []
        for col in self.columns:
            out.extend(col.foreign_keys)
        return out

    def select(self, whereclause=None, **kwargs):
        s = Select._create(self)
        if whereclause is not None:
            s = s.where(whereclause)
        return s

    def join(self, right, onclause=None, isouter=False, full=False):
        return Join(self, right, onclause, isouter, full)

    def outerjoin(self, right, onclause=None, full=False):
        return Join(self, right, onclause, True, full)

    def alias(self, name=None, flat=False):
        return Alias(self, name)

    def subquery(self, name=None):
        return Alias(self, name)

    def _refers_to(self, other):
        return other is self

    def corresponding_column(self, column, require_embedded=False):
        for col in self.columns:
            if col is column or column in getattr(col, "_proxies", ()):
                return col
        return None

    def is_derived_from(self, fromclause):
        return fromclause is self

    def _all_columns_for_type(self):
        return list(self.columns)


class TableClause(FromClause):
    """table("name", column("a"), ...): a table known by name and the columns the script names."""

    __visit_name__ = "table"
    named_with_column = True
    implicit_returning = False
    _revlab_name = "sqlalchemy.table"
    # Plain attributes here (FromClause computes them for other FROMs): `t.c` is hot.
    c = None
    columns = None

    def __init__(self, name, *columns, **kw):
        self.name = self.fullname = name
        self.schema = kw.pop("schema", None)
        if self.schema is not None:
            self.fullname = "%s.%s" % (self.schema, name)
        if kw:
            raise exc.ArgumentError("Unsupported argument(s): %s" % list(kw))
        self._columns = ColumnCollection()
        self.c = self.columns = self._columns
        self._revlab_columns = columns
        for c in columns:
            self.append_column(c)

    def append_column(self, c, **kw):
        existing = c.table
        if existing is not None and existing is not self:
            raise exc.ArgumentError("column object '%s' already assigned to table '%s'" % (c.key, existing.description))
        self._columns.add(c)
        c.table = self

    @property
    def description(self):
        return self.name

    def insert(self, values=None, inline=False, **kwargs):
        return dml.Insert(self, values, inline=inline, **kwargs)

    def update(self, whereclause=None, values=None, inline=False, **kwargs):
        return dml.Update(self, whereclause, values, inline=inline, **kwargs)

    def delete(self, whereclause=None, **kwargs):
        return dml.Delete(self, whereclause, **kwargs)

    def _compile(self, c, asfrom=False, **kw):
        if asfrom:
            return c.preparer.format_table(self)
        return ""

    def __str__(self):
        return self.name

    def __repr__(self):
        return "<sqlalchemy.sql.selectable.TableClause; %s>" % self.name

    def __revlab_record__(self):
        args = (self.name,) + tuple(self._revlab_columns)
        kwargs = {"schema": self.schema} if self.schema else {}
        return ("call", "sqlalchemy.table", args, kwargs)


def table(name, *columns, **kw):
    return TableClause(name, *columns, **kw)


class Alias(FromClause):
    """An aliased FROM: `users AS u`, or a subquery `(SELECT ...) AS anon_1`."""

    __visit_name__ = "alias"
    named_with_column = True

    def __init__(self, element, name=None):
        self.element = element
        self.original = element
        if name is None:
            base = getattr(element, "name", None) if not isinstance(element, SelectBase) else None
            name = elements._AnonLabel(self, base or "anon")
        self.name = name
        self._columns = ColumnCollection()
        for key, col in self._source_columns():
            proxy = col._make_proxy(self, name=key) if hasattr(col, "_make_proxy") else ColumnClause(key, col.type, _selectable=self)
            proxy.key = key
            proxy._proxies = [col]
            self._columns.add(proxy, key)

    def _source_columns(self):
        if isinstance(self.element, SelectBase):
            return self.element._exported_columns()
        return [(c.key, c) for c in self.element.columns]

    @property
    def columns(self):
        return self._columns

    @property
    def description(self):
        return self.name if isinstance(self.name, str) else "anon_1"

    def _compile(self, c, asfrom=False, **kw):
        name = self.name.resolve(c) if isinstance(self.name, elements._AnonLabel) else self.name
        if not asfrom:
            return c.preparer.quote(name)
        if isinstance(self.element, SelectBase):
            inner = c.process(self.element, asfrom=True, as_subquery=True, **elements._no_columns_clause(kw))
            return "(%s) AS %s" % (inner, c.preparer.quote(name))
        return c.process(self.element, asfrom=True, **elements._no_columns_clause(kw)) + " AS " + c.preparer.quote(name)

    def _format_name(self, c):
        name = self.name.resolve(c) if isinstance(self.name, elements._AnonLabel) else self.name
        return c.preparer.quote(name)

    def select(self, whereclause=None, **kwargs):
        return FromClause.select(self, whereclause)

    def get_children(self, **kw):
        return [self.element]


Subquery = Alias


class Join(FromClause):
    """`left JOIN right ON onclause` (LEFT OUTER JOIN when isouter)."""

    __visit_name__ = "join"
    _is_join = True

    def __init__(self, left, right, onclause=None, isouter=False, full=False):
        self.left = _as_from(left)
        self.right = _as_from(right)
        if onclause is None:
            onclause = _join_condition(self.left, self.right)
        self.onclause = elements._criterion(onclause).self_group(against=operators._asbool)
        self.isouter = isouter
        self.full = full

    @property
    def columns(self):
        cols = ColumnCollection()
        for t in (self.left, self.right):
            for col in t.columns:
                key = col.key
                if key in cols:
                    key = "%s_%s" % (getattr(t, "name", "anon"), col.key)
                cols.add(col, key)
        return cols

    @property
    def _from_objects(self):
        return [self] + self.left._from_objects + self.right._from_objects

    def _tables(self):
        out = []
        for side in (self.left, self.right):
            if isinstance(side, Join):
                out.extend(side._tables())
            else:
                out.append(side)
        return out

    def _compile(self, c, asfrom=False, **kw):
        kw = elements._no_columns_clause(kw)
        if self.full:
            join_type = " FULL OUTER JOIN "
        elif self.isouter:
            join_type = " LEFT OUTER JOIN "
        else:
            join_type = " JOIN "
        return (c.process(self.left, asfrom=True, **kw) + join_type + c.process(self.right, asfrom=True, **kw)
                + " ON " + c.process(self.onclause, **kw))

    def get_children(self, **kw):
        return [self.left, self.right, self.onclause]


class _TextFrom(FromClause):
    """select_from(text("users")): a FROM given as SQL text."""

    named_with_column = False

    def __init__(self, text):
        self.element = text
        self._columns = ColumnCollection()

    @property
    def columns(self):
        return self._columns

    def _compile(self, c, **kw):
        return c.process(self.element, **elements._no_columns_clause(kw))


def _as_from(obj):
    if isinstance(obj, FromClause):
        return obj
    if isinstance(obj, elements.TextClause):
        return _TextFrom(obj)
    table = getattr(obj, "__table__", None)
    if table is not None:
        return table
    fn = getattr(obj, "__clause_element__", None)
    if fn is not None:
        element = fn()
        if isinstance(element, FromClause):
            return element
    if isinstance(obj, SelectBase):
        return obj.subquery()
    raise exc.ArgumentError("FROM expression, such as a Table or alias() object expected, got %r." % (obj,))


def _join_condition(left, right):
    """The ON clause of a join from the foreign keys between the two sides."""
    criteria = []
    for a, b in ((left, right), (right, left)):
        targets = a._tables() if isinstance(a, Join) else [a]
        for target in targets:
            for col in b.columns:
                for fk in getattr(col, "foreign_keys", ()):
                    referred = fk._resolve_column(target)
                    if referred is not None:
                        criteria.append(referred == col)
        if criteria:
            break
    if not criteria:
        raise exc.NoForeignKeysError(
            "Can't find any foreign key relationships between '%s' and '%s'."
            % (_description(left), _description(right)))
    if len(criteria) > 1:
        raise exc.AmbiguousForeignKeysError(
            "Can't determine join between '%s' and '%s'; tables have more than one foreign key constraint "
            "relationship between them. Please specify the 'onclause' of this join explicitly."
            % (_description(left), _description(right)))
    return criteria[0]


def _description(from_):
    if isinstance(from_, Join):
        return "Join object on %s and %s" % (_description(from_.left), _description(from_.right))
    return getattr(from_, "description", getattr(from_, "name", "?"))


# ---- SELECT -----------------------------------------------------------------------------------------
class SelectBase(Executable, ClauseElement):
    is_selectable = True
    _is_select_statement = True

    def subquery(self, name=None):
        return Alias(self, name)

    def alias(self, name=None, flat=False):
        return self.subquery(name)

    def scalar_subquery(self):
        return elements.ScalarSelect(self)

    as_scalar = scalar_subquery

    def exists(self):
        return Exists(self)

    def label(self, name):
        return self.scalar_subquery().label(name)

    def self_group(self, against=None):
        return self

    @property
    def selected_columns(self):
        return ColumnCollection(self._exported_columns())

    @property
    def c(self):
        return self.subquery().c

    @property
    def columns(self):
        return self.c

    def _all_columns_for_type(self):
        return [c for _, c in self._exported_columns()]

    @property
    def _from_objects(self):
        return []


def _select_entity_columns(entity):
    """The columns a select() argument stands for: a table's columns, a mapped class's, or itself."""
    if isinstance(entity, FromClause):
        return list(entity.columns)
    if isinstance(entity, (elements.ColumnElement, elements.TextClause)):
        return [entity]
    if isinstance(entity, SelectBase):
        return [entity.scalar_subquery()]
    fn = getattr(entity, "__clause_element__", None)
    if fn is not None:
        element = fn()
        return _select_entity_columns(element)
    table = getattr(entity, "__table__", None)
    if table is not None:
        return list(table.columns)
    if isinstance(entity, str):
        raise exc.ArgumentError(
            "Textual column expression %r should be explicitly declared with text(%r), or use column(%r) for "
            "more specificity" % (entity, entity, entity))
    return [elements._expression_as_column(entity)]


class Select(SelectBase):
    """SELECT."""

    __visit_name__ = "select"
    _distinct = False
    _limit = None
    _offset = None
    _correlate = None
    _auto_correlate = True

    def __init__(self, *args, **kw):
        self._raw_columns = []
        self._entities = []
        self._where = []
        self._having = []
        self._order_by = []
        self._group_by = []
        self._from_obj = []
        self._setup_joins = []
        self._prefixes = []
        columns = args
        # 1.4's legacy form: select([col, ...], whereclause, from_obj=...)
        if len(args) >= 1 and isinstance(args[0], (list, tuple)):
            columns = args[0]
            if len(args) > 1 and args[1] is not None:
                kw["whereclause"] = args[1]
        for entity in columns:
            self._add_entity(entity)
        whereclause = kw.pop("whereclause", None)
        if whereclause is not None:
            self._where.append(elements._criterion(whereclause))
        from_obj = kw.pop("from_obj", None)
        if from_obj is not None:
            if not isinstance(from_obj, (list, tuple)):
                from_obj = [from_obj]
            self._from_obj.extend(_as_from(f) for f in from_obj)
        if kw.pop("distinct", False):
            self._distinct = True
        order_by = kw.pop("order_by", None)
        if order_by is not None:
            self._order_by = [elements._order_element(c) for c in (order_by if isinstance(order_by, (list, tuple)) else [order_by])]
        group_by = kw.pop("group_by", None)
        if group_by is not None:
            self._group_by = [elements._order_element(c) for c in (group_by if isinstance(group_by, (list, tuple)) else [group_by])]
        if "limit" in kw:
            self._limit = _offset_or_limit(kw.pop("limit"))
        if "offset" in kw:
            self._offset = _offset_or_limit(kw.pop("offset"))
        kw.pop("bind", None)
        kw.pop("use_labels", None)
        kw.pop("correlate", None)
        if kw:
            raise exc.ArgumentError("Unsupported select() argument(s): %s" % ", ".join(sorted(kw)))

    @classmethod
    def _create(cls, *entities):
        return cls(*entities)

    def _add_entity(self, entity):
        self._entities.append(entity)
        self._raw_columns.extend(_select_entity_columns(entity))

    # ---- generative methods ----
    def where(self, *whereclause):
        s = self._generate()
        s._where = self._where + [elements._criterion(w) for w in whereclause]
        return s

    filter = where

    def filter_by(self, **kwargs):
        entity = self._filter_by_zero()
        clauses = []
        for key, value in kwargs.items():
            col = _entity_column(entity, key)
            clauses.append(col == value)
        return self.where(*clauses)

    def _filter_by_zero(self):
        if self._setup_joins:
            return self._setup_joins[-1][0]
        if self._from_obj:
            return self._from_obj[0]
        return self._entities[0] if self._entities else None

    def having(self, *having):
        s = self._generate()
        s._having = self._having + [elements._criterion(h) for h in having]
        return s

    def order_by(self, *clauses):
        s = self._generate()
        if len(clauses) == 1 and clauses[0] is None:
            s._order_by = []
        else:
            s._order_by = self._order_by + [elements._order_element(c) for c in clauses]
        return s

    def group_by(self, *clauses):
        s = self._generate()
        if len(clauses) == 1 and clauses[0] is None:
            s._group_by = []
        else:
            s._group_by = self._group_by + [elements._order_element(c) for c in clauses]
        return s

    def limit(self, limit):
        s = self._generate()
        s._limit = _offset_or_limit(limit)
        return s

    def offset(self, offset):
        s = self._generate()
        s._offset = _offset_or_limit(offset)
        return s

    def slice(self, start, stop):
        s = self._generate()
        s._offset = _offset_or_limit(start) if start else None
        s._limit = _offset_or_limit(stop - (start or 0))
        return s

    def distinct(self, *expr):
        s = self._generate()
        s._distinct = True
        return s

    def prefix_with(self, *expr, **kw):
        s = self._generate()
        s._prefixes = self._prefixes + [elements.text(e) if isinstance(e, str) else e for e in expr]
        return s

    def select_from(self, *froms):
        s = self._generate()
        s._from_obj = self._from_obj + [_as_from(f) for f in froms]
        return s

    def join(self, target, onclause=None, isouter=False, full=False):
        s = self._generate()
        s._setup_joins = self._setup_joins + [(target, onclause, None, isouter, full)]
        return s

    def outerjoin(self, target, onclause=None, full=False):
        return self.join(target, onclause, isouter=True, full=full)

    def join_from(self, from_, target, onclause=None, isouter=False, full=False):
        s = self._generate()
        s._setup_joins = self._setup_joins + [(target, onclause, from_, isouter, full)]
        return s

    def outerjoin_from(self, from_, target, onclause=None, full=False):
        return self.join_from(from_, target, onclause, isouter=True, full=full)

    def correlate(self, *fromclauses):
        s = self._generate()
        if fromclauses and fromclauses[0] is None:
            s._auto_correlate = False
            s._correlate = []
        else:
            s._auto_correlate = False
            s._correlate = (self._correlate or []) + [_as_from(f) for f in fromclauses]
        return s

    def correlate_except(self, *fromclauses):
        return self

    _with_options = ()

    def options(self, *options):
        """ORM loader options for a select() of mapped classes (load_only, defer, joinedload)."""
        s = self._generate()
        s._with_options = self._with_options + tuple(options)
        return s

    def with_only_columns(self, *columns, **kw):
        s = self._generate()
        if len(columns) == 1 and isinstance(columns[0], (list, tuple)):
            columns = columns[0]
        s._raw_columns = []
        s._entities = []
        for c in columns:
            s._add_entity(c)
        return s

    def add_columns(self, *columns):
        s = self._generate()
        s._raw_columns = list(self._raw_columns)
        s._entities = list(self._entities)
        for c in columns:
            s._add_entity(c)
        return s

    column = add_columns

    def union(self, *other):
        return CompoundSelect("UNION", self, *other)

    def union_all(self, *other):
        return CompoundSelect("UNION ALL", self, *other)

    def except_(self, *other):
        return CompoundSelect("EXCEPT", self, *other)

    def intersect(self, *other):
        return CompoundSelect("INTERSECT", self, *other)

    _label_style = "LABEL_STYLE_DISAMBIGUATE_ONLY"

    def apply_labels(self):
        return self.set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL)

    def set_label_style(self, style):
        """LABEL_STYLE_TABLENAME_PLUS_COL labels each table column <table>_<column>, as the legacy
        Query's statements are labelled; the default labels only what would repeat a name."""
        s = self._generate()
        s._label_style = style
        return s

    def get_label_style(self):
        return self._label_style

    def execution_options(self, **kw):
        return Executable.execution_options(self, **kw)

    # ---- what it selects ----
    def _exported_columns(self):
        """(key, column) of each selected column, as subquery().c and result keys name them."""
        out = []
        seen = set()
        for col in self._raw_columns:
            if isinstance(col, elements.TextClause):
                continue
            key = _column_key(col)
            if key is None or key in seen:
                key = _anon_key(col, len(out) + 1)
            seen.add(key)
            out.append((key, col))
        return out

    def _froms(self):
        """The FROM list: explicit froms and joins, then the froms of columns and criteria."""
        froms = []

        def add(f):
            for existing in froms:
                if existing is f:
                    return
                if isinstance(existing, Join) and any(t is f for t in existing._tables()):
                    return
            froms.append(f)

        explicit = list(self._from_obj)
        for target, onclause, from_, isouter, full in self._setup_joins:
            right = _as_from(target)
            if from_ is not None:
                left = _as_from(from_)
                replaced = False
                for i, f in enumerate(explicit):
                    if f is left or (isinstance(f, Join) and any(t is left for t in f._tables())):
                        explicit[i] = Join(f, right, onclause, isouter, full)
                        replaced = True
                        break
                if not replaced:
                    explicit.append(Join(left, right, onclause, isouter, full))
                continue
            if explicit:
                left = explicit[-1]
                explicit[-1] = Join(left, right, onclause, isouter, full)
            else:
                implicit = []
                for col in self._raw_columns:
                    for f in col._from_objects:
                        if not any(f is g for g in implicit):
                            implicit.append(f)
                if not implicit:
                    raise exc.InvalidRequestError("Don't know how to join to %r. Please use the .select_from() "
                                                  "method to establish an explicit left side" % (target,))
                left = None
                for f in implicit:
                    if f is not right:
                        left = f
                        break
                explicit.append(Join(left, right, onclause, isouter, full))
        for f in explicit:
            add(f)
        for col in self._raw_columns:
            for f in col._from_objects:
                add(f)
        for crit in self._where:
            for f in crit._from_objects:
                add(f)
        # A table that is part of a join stands in the join only.
        result = []
        for f in froms:
            if isinstance(f, Join):
                result = [g for g in result if not any(g is t for t in f._tables())]
            result.append(f)
        return result

    def _compile(self, c, **kw):
        return c.visit_select(self, **kw)

    def get_children(self, **kw):
        out = list(self._raw_columns) + list(self._where) + list(self._having) + list(self._order_by)
        out += list(self._group_by) + list(self._from_obj)
        for target, onclause, from_, isouter, full in self._setup_joins:
            if onclause is not None:
                clause = elements._clause_of(onclause)
                out.append(clause if clause is not None else onclause)
        for x in (self._limit, self._offset):
            if x is not None:
                out.append(x)
        return out


def _entity_column(entity, key):
    if entity is None:
        raise exc.InvalidRequestError("Select statement has no entities to filter_by")
    table = entity if isinstance(entity, FromClause) else getattr(entity, "__table__", None)
    mapper_attr = getattr(entity, key, None) if not isinstance(entity, FromClause) else None
    if mapper_attr is not None and hasattr(mapper_attr, "__clause_element__"):
        return mapper_attr
    if table is None:
        element = elements._clause_of(entity)
        table = element.table if isinstance(element, ColumnClause) else element
    try:
        return table.c[key]
    except KeyError:
        raise exc.InvalidRequestError('Entity namespace for "%s" has no property "%s"' % (getattr(table, "name", table), key))


def _column_key(col):
    if isinstance(col, elements.Label):
        return col.name if isinstance(col.name, str) else None
    if isinstance(col, ColumnClause):
        return col.key
    label = getattr(col, "_expression_label", None)
    if label:
        return label
    return None


def _anon_key(col, n):
    base = getattr(col, "_anon_label_base", "anon")
    return "%s_%d" % (base, n)


def _offset_or_limit(value):
    if value is None:
        return None
    if isinstance(value, elements.ClauseElement):
        return value
    value = int(value)
    return elements.BindParameter(None, value, type_=sqltypes.Integer(), unique=True)


def select(*args, **kw):
    return Select(*args, **kw)


class Exists(elements.UnaryExpression):
    """EXISTS (SELECT ...); exists() alone selects `*`, its FROM taken from where()."""

    def __init__(self, *args, **kw):
        if args and isinstance(args[0], SelectBase):
            s = args[0]
        elif args and isinstance(args[0], elements.ScalarSelect):
            s = args[0].element
        else:
            if not args:
                args = (elements.literal_column("*"),)
            s = Select(*args, **kw)
        self._select = s
        self.operator = operators.exists
        self.modifier = None
        self.element = s
        self.type = sqltypes.BOOLEANTYPE
        self.wraps_column_expression = True
        self._is_implicitly_boolean = True

    def where(self, *clause):
        return Exists(self._select.where(*clause))

    def select_from(self, *froms):
        return Exists(self._select.select_from(*froms))

    def correlate(self, *froms):
        return Exists(self._select.correlate(*froms))

    def select(self):
        return Select(self)

    def self_group(self, against=None):
        return self

    def _negate(self):
        return elements.UnaryExpression(elements.Grouping(self), operator=operators.inv, type_=self.type)

    def _compile(self, c, **kw):
        return "EXISTS (" + c.process(self._select, asfrom=True, correlate=True, **elements._no_columns_clause(kw)) + ")"

    @property
    def _from_objects(self):
        return []


def exists(*args, **kw):
    return Exists(*args, **kw)


class CompoundSelect(SelectBase):
    """UNION / UNION ALL / EXCEPT / INTERSECT of selects."""

    __visit_name__ = "compound_select"

    def __init__(self, keyword, *selects, **kw):
        self.keyword = keyword
        self.selects = [s for s in selects]
        self._order_by = []
        self._group_by = []
        self._limit = None
        self._offset = None

    def order_by(self, *clauses):
        s = self._generate()
        s._order_by = self._order_by + [elements._order_element(c) for c in clauses]
        return s

    def limit(self, limit):
        s = self._generate()
        s._limit = _offset_or_limit(limit)
        return s

    def offset(self, offset):
        s = self._generate()
        s._offset = _offset_or_limit(offset)
        return s

    def _exported_columns(self):
        return self.selects[0]._exported_columns()

    def _compile(self, c, **kw):
        return c.visit_compound_select(self, **kw)

    def get_children(self, **kw):
        return list(self.selects) + list(self._order_by) + [x for x in (self._limit, self._offset) if x is not None]


def union(*selects, **kw):
    return CompoundSelect("UNION", *selects)


def union_all(*selects, **kw):
    return CompoundSelect("UNION ALL", *selects)


def except_(*selects, **kw):
    return CompoundSelect("EXCEPT", *selects)


def except_all(*selects, **kw):
    return CompoundSelect("EXCEPT ALL", *selects)


def intersect(*selects, **kw):
    return CompoundSelect("INTERSECT", *selects)


def intersect_all(*selects, **kw):
    return CompoundSelect("INTERSECT ALL", *selects)


class TextualSelect(SelectBase):
    """text("SELECT ...").columns(...): textual SQL whose result columns have known types."""

    __visit_name__ = "textual_select"

    def __init__(self, text, columns, positional=False):
        self.element = text
        self.column_args = []
        for col in columns:
            if isinstance(col, str):
                col = ColumnClause(col)
            self.column_args.append(col)
        self.positional = positional

    def _exported_columns(self):
        return [(c.key, c) for c in self.column_args]

    def bindparams(self, *binds, **bind_as_values):
        return TextualSelect(self.element.bindparams(*binds, **bind_as_values), self.column_args, self.positional)

    def _compile(self, c, **kw):
        return c.visit_textual_select(self, **kw)

    def get_children(self, **kw):
        return [self.element]


def alias(selectable, name=None, flat=False):
    return _as_from(selectable).alias(name)


def subquery(alias, *args, **kwargs):
    return Select(*args, **kwargs).subquery(alias)


def join(left, right, onclause=None, isouter=False, full=False):
    return Join(_as_from(left), right, onclause, isouter, full)


def outerjoin(left, right, onclause=None, full=False):
    return Join(_as_from(left), right, onclause, True, full)


LABEL_STYLE_NONE = "LABEL_STYLE_NONE"
LABEL_STYLE_TABLENAME_PLUS_COL = "LABEL_STYLE_TABLENAME_PLUS_COL"
LABEL_STYLE_DISAMBIGUATE_ONLY = "LABEL_STYLE_DISAMBIGUATE_ONLY"
LABEL_STYLE_DEFAULT = LABEL_STYLE_DISAMBIGUATE_ONLY


# At the end: dml imports this module.
from . import dml  # noqa: E402
