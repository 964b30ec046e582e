"""Query: session.query(User).filter(...).order_by(...).all(), as SQLAlchemy 1.4's legacy Query.

Entities are mapped classes (rows become objects, through the session's identity map) and column
expressions (rows stay rows). filter, filter_by, order_by, group_by, having, limit, offset, slicing,
distinct, join/outerjoin, select_from, with_entities, add_columns, options (accepted, no effect:
loading is lazy), all, first, one, one_or_none, scalar, count, get, exists, update, delete, subquery,
statement, iteration.
"""
from .. import exc
from ..sql import elements
from ..sql import selectable
from ..sql.functions import func


def _entity_columns(entity, options=()):
    from .util import AliasedClass

    if isinstance(entity, AliasedClass):
        return entity._aliased_columns()
    mapper = getattr(entity, "__mapper__", None)
    if mapper is not None and isinstance(entity, type):
        if options:
            from .strategy_options import loaded_props

            return [c for _, c in loaded_props(mapper, options)]
        return [c for _, c in mapper._props]
    return selectable._select_entity_columns(entity)


def _entity_key(entity):
    if getattr(entity, "__mapper__", None) is not None and isinstance(entity, type):
        return entity.__name__
    key = getattr(entity, "key", None)
    if isinstance(key, str):
        return key
    clause = elements._clause_of(entity)
    if isinstance(clause, elements.Label) and isinstance(clause.name, str):
        return clause.name
    return getattr(clause, "key", None) or getattr(clause, "name", None)


class Query:
    _is_orm_statement = True

    def __init__(self, entities, session=None):
        if not isinstance(entities, (list, tuple)):
            entities = [entities]
        self.session = session
        self._entities = list(entities)
        self._where = []
        self._order_by = []
        self._group_by = []
        self._having = []
        self._limit = None
        self._offset = None
        self._distinct = False
        self._joins = []
        self._from = []
        self._populate_existing = False
        self._options = ()

    def _clone(self):
        q = type(self).__new__(type(self))
        q.__dict__.update(self.__dict__)
        for key in ("_entities", "_where", "_order_by", "_group_by", "_having", "_joins", "_from"):
            q.__dict__[key] = list(self.__dict__[key])
        return q

    # ---- building ----
    def filter(self, *criterion):
        q = self._clone()
        q._where.extend(criterion)
        return q

    where = filter

    def filter_by(self, **kwargs):
        target = self._joins[-1][0] if self._joins else self._entities[0]
        q = self._clone()
        for key, value in kwargs.items():
            q._where.append(selectable._entity_column(target, key) == value)
        return q

    def order_by(self, *clauses):
        q = self._clone()
        if len(clauses) == 1 and clauses[0] is None:
            q._order_by = []
        else:
            q._order_by.extend(clauses)
        return q

    def group_by(self, *clauses):
        q = self._clone()
        q._group_by.extend(clauses)
        return q

    def having(self, *criterion):
        q = self._clone()
        q._having.extend(criterion)
        return q

    def limit(self, limit):
        q = self._clone()
        q._limit = limit
        return q

    def offset(self, offset):
        q = self._clone()
        q._offset = offset
        return q

    def slice(self, start, stop):
        q = self._clone()
        q._offset = start or None
        q._limit = stop - (start or 0)
        return q

    def distinct(self, *expr):
        q = self._clone()
        q._distinct = True
        return q

    def join(self, target, onclause=None, isouter=False, full=False):
        q = self._clone()
        if isinstance(target, tuple):
            target, onclause = target
        q._joins.append((target, onclause, isouter, full))
        return q

    def outerjoin(self, target, onclause=None, full=False):
        return self.join(target, onclause, isouter=True, full=full)

    def select_from(self, *froms):
        q = self._clone()
        q._from.extend(froms)
        return q

    def with_entities(self, *entities):
        q = self._clone()
        q._entities = list(entities)
        return q

    def add_columns(self, *columns):
        q = self._clone()
        q._entities.extend(columns)
        return q

    add_entity = add_columns

    def options(self, *options):
        q = self._clone()
        q._options = self._options + tuple(options)
        return q

    def populate_existing(self):
        q = self._clone()
        q._populate_existing = True
        return q

    def yield_per(self, count):
        return self

    def execution_options(self, **kw):
        return self

    def enable_eagerloads(self, value):
        return self

    def autoflush(self, setting):
        return self

    def params(self, *args, **kwargs):
        return self

    def correlate(self, *args):
        return self

    # ---- the statement ----
    def _select(self):
        columns = []
        for e in self._entities:
            columns.extend(_entity_columns(e, self._options))
        s = selectable.Select(*columns)
        for f in self._from:
            s = s.select_from(f)
        for target, onclause, isouter, full in self._joins:
            if onclause is not None and hasattr(onclause, "prop"):
                onclause = onclause.prop._join_condition()
            elif onclause is not None and hasattr(onclause, "property") and not isinstance(onclause, elements.ClauseElement):
                prop = onclause.property
                if hasattr(prop, "_join_condition"):
                    onclause = prop._join_condition()
            if hasattr(target, "property") and hasattr(target.property, "_join_condition"):
                prop = target.property
                prop._configure()
                onclause = prop._join_condition()
                target = prop.entity
            s = s.join(target, onclause, isouter=isouter, full=full)
        if self._where:
            s = s.where(*self._where)
        if self._group_by:
            s = s.group_by(*self._group_by)
        if self._having:
            s = s.having(*self._having)
        if self._order_by:
            s = s.order_by(*self._order_by)
        if self._limit is not None:
            s = s.limit(self._limit)
        if self._offset is not None:
            s = s.offset(self._offset)
        if self._distinct:
            s = s.distinct()
        return s

    @property
    def statement(self):
        return self._select()

    def subquery(self, name=None, **kw):
        return self._select().subquery(name)

    def scalar_subquery(self):
        return self._select().scalar_subquery()

    as_scalar = scalar_subquery

    def label(self, name):
        return self._select().label(name)

    def _labeled(self):
        # The statement the legacy Query runs: columns labelled <table>_<column>
        # (LABEL_STYLE_TABLENAME_PLUS_COL); Query.statement and subquery() stay unlabelled.
        return self._select().set_label_style(selectable.LABEL_STYLE_TABLENAME_PLUS_COL)

    def __str__(self):
        from ..sql.type_api import _sqlite_dialect

        return str(self._labeled().compile(dialect=_sqlite_dialect()))

    def __clause_element__(self):
        return self._select()

    # ---- running ----
    def _session(self):
        if self.session is None:
            raise exc.UnboundExecutionError("This Query is not bound to a Session")
        return self.session

    def _rows(self, stmt=None):
        from .util import AliasedClass

        single_entity = len(self._entities) == 1 and (isinstance(self._entities[0], AliasedClass) or (
            isinstance(self._entities[0], type) and getattr(self._entities[0], "__mapper__", None) is not None))
        return self._session()._load(self._entities, stmt if stmt is not None else self._labeled(),
                                      populate_existing=self._populate_existing, unwrap=single_entity,
                                      options=self._options)

    def all(self):
        return self._rows().all()

    def __iter__(self):
        return iter(self.all())

    def __getitem__(self, item):
        if isinstance(item, slice):
            start = item.start or 0
            q = self._clone()
            q._offset = start or None
            if item.stop is not None:
                q._limit = item.stop - start
            return q.all()
        rows = self.offset(item).limit(1).all() if item >= 0 else self.all()[item:item + 1 or None]
        if not rows:
            raise IndexError("list index out of range")
        return rows[0]

    def first(self):
        rows = self.limit(1).all() if self._limit is None else self.all()[0:1]
        return rows[0] if rows else None

    def one(self):
        rows = self.all()
        if not rows:
            from .exc import NoResultFound

            raise NoResultFound("No row was found when one was required")
        if len(rows) > 1:
            from .exc import MultipleResultsFound

            raise MultipleResultsFound("Multiple rows were found when exactly one was required")
        return rows[0]

    def one_or_none(self):
        rows = self.all()
        if len(rows) > 1:
            from .exc import MultipleResultsFound

            raise MultipleResultsFound("Multiple rows were found when one or none was required")
        return rows[0] if rows else None

    def scalar(self):
        try:
            row = self.one()
        except exc.NoResultFound:
            return None
        if isinstance(row, tuple):
            return row[0]
        return row

    def value(self, column):
        return self.with_entities(column).scalar()

    def values(self, *columns):
        return iter(self.with_entities(*columns).all())

    def count(self):
        inner = self._labeled().subquery()
        stmt = selectable.Select(func.count()).select_from(inner)
        session = self._session()
        session._autoflush()
        return session.connection().execute(stmt).scalar()

    def get(self, ident):
        return self._session().get(self._entities[0], ident)

    def exists(self):
        return selectable.Exists(self._select())

    def update(self, values, synchronize_session="evaluate", update_args=None):
        session = self._session()
        session._autoflush()
        mapper = self._entities[0].__mapper__
        table = mapper.local_table
        vals = {}
        for k, v in values.items():
            if isinstance(k, str):
                col = mapper.columns[k] if k in mapper.columns else table.c[k]
            else:
                col = elements._clause_of(k)
            vals[col.key] = v
        stmt = table.update().values(vals)
        if self._where:
            stmt = stmt.where(*self._where)
        result = session.connection().execute(stmt)
        if synchronize_session:
            for obj in list(session.identity_map.values()):
                if isinstance(obj, mapper.class_):
                    session.expire(obj)
        return result.rowcount

    def delete(self, synchronize_session="evaluate"):
        session = self._session()
        session._autoflush()
        mapper = self._entities[0].__mapper__
        stmt = mapper.local_table.delete()
        if self._where:
            stmt = stmt.where(*self._where)
        result = session.connection().execute(stmt)
        if synchronize_session:
            for key, obj in list(session.identity_map.items()):
                if isinstance(obj, mapper.class_):
                    session.expire(obj)
        return result.rowcount
