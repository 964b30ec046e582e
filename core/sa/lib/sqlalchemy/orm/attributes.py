"""Mapped attributes: `User.name` on the class is a SQL expression (User.name == "x"), `user.name` on an
object is its value; setting it marks the attribute modified for the next flush. Relationship
attributes load the related object (or list) on first access, as SQLAlchemy's default lazy loading.
"""
from ..sql import elements


class History:
    def __init__(self, added, unchanged, deleted):
        self.added = list(added)
        self.unchanged = list(unchanged)
        self.deleted = list(deleted)

    def has_changes(self):
        return bool(self.added or self.deleted)

    def __iter__(self):
        return iter((self.added, self.unchanged, self.deleted))

    def __repr__(self):
        return "History(added=%r, unchanged=%r, deleted=%r)" % (self.added, self.unchanged, self.deleted)


def _state(obj):
    from .state import instance_state

    return instance_state(obj)


def _cascade_into_session(owner, item):
    """The "save-update" cascade: an object linked to one in a Session joins that Session now."""
    session = _state(owner).session
    if session is not None and item is not None and _state(item).session is not session:
        session.add(item)


class QueryableAttribute(elements.ColumnOperators):
    """The class-level face of a mapped column: a SQL expression bound to the entity."""

    is_attribute = True

    def __init__(self, class_, key, column):
        self.class_ = class_
        self.key = key
        self.column = column

    # ---- SQL expression ----
    def __clause_element__(self):
        return self.column

    @property
    def expression(self):
        return self.column

    def operate(self, op, *other, **kwargs):
        return self.column.operate(op, *other, **kwargs)

    def reverse_operate(self, op, other, **kwargs):
        return self.column.reverse_operate(op, other, **kwargs)

    def desc(self):
        return self.column.desc()

    def asc(self):
        return self.column.asc()

    def nulls_first(self):
        return self.column.nulls_first()

    def nulls_last(self):
        return self.column.nulls_last()

    def distinct(self):
        return self.column.distinct()

    def collate(self, collation):
        return self.column.collate(collation)

    def label(self, name):
        return self.column.label(name)

    def cast(self, type_):
        return self.column.cast(type_)

    def op(self, *args, **kw):
        return self.column.op(*args, **kw)

    def __and__(self, other):
        return elements.and_(self.column, other)

    def __or__(self, other):
        return elements.or_(self.column, other)

    def __invert__(self):
        return ~self.column

    @property
    def type(self):
        return self.column.type

    @property
    def parent(self):
        return self.class_.__mapper__

    @property
    def property(self):
        return self.class_.__mapper__.attrs[self.key]

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.column, name)

    def __str__(self):
        return "%s.%s" % (self.class_.__name__, self.key)

    def __repr__(self):
        return "<sqlalchemy.orm.attributes.InstrumentedAttribute object>"

    # ---- the descriptor ----
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        d = obj.__dict__
        if self.key in d:
            return d[self.key]
        state = _state(obj)
        if state.expired and state.key is not None and state.session is not None:
            state.session._refresh(obj)
            return d.get(self.key)
        if state.key is not None and state.session is not None and not state.deleted:
            # left out of the SELECT by load_only()/defer(): loaded now
            return state.session._load_column(obj, self.key)
        return None

    def __set__(self, obj, value):
        d = obj.__dict__
        state = _state(obj)
        if self.key not in state.modified:
            state.modified.add(self.key)
        d[self.key] = value

    def __delete__(self, obj):
        obj.__dict__.pop(self.key, None)
        _state(obj).modified.add(self.key)


InstrumentedAttribute = QueryableAttribute


class _RelationshipComparator(elements.ColumnOperators):
    """The class-level face of a relationship: comparisons by foreign key (Address.user == u), any(),
    has()."""

    def __init__(self, prop):
        self.prop = prop
        self.property = prop

    def __eq__(self, other):
        return self.prop._compare(other)

    def __ne__(self, other):
        return elements.not_(self.prop._compare(other))

    __hash__ = object.__hash__

    def any(self, criterion=None, **kwargs):
        return self.prop._exists(criterion, **kwargs)

    def has(self, criterion=None, **kwargs):
        return self.prop._exists(criterion, **kwargs)

    def contains(self, other, **kwargs):
        return self.prop._compare_contains(other)

    def __clause_element__(self):
        return self.prop._join_condition()

    def __repr__(self):
        return "<sqlalchemy.orm.attributes.InstrumentedAttribute object>"


class RelationshipAttribute:
    """The descriptor of a relationship() on a mapped class."""

    def __init__(self, prop):
        self.prop = prop
        self.key = prop.key

    def __get__(self, obj, owner=None):
        if obj is None:
            return _RelationshipComparator(self.prop)
        if self.prop.lazy == "dynamic":
            self.prop._configure()
            if self.prop.uselist:
                from .dynamic import appender_class

                return appender_class(self.prop.query_class)(self.prop, obj)
        d = obj.__dict__
        if self.key in d:
            return d[self.key]
        self.prop._configure()
        value = self.prop._lazy_load(obj)
        d[self.key] = value
        return value

    def __set__(self, obj, value):
        self.prop._configure()
        if self.prop.uselist and value is not None and not isinstance(value, InstrumentedList):
            value = InstrumentedList(self.prop, obj, value)
        old = obj.__dict__.get(self.key)
        obj.__dict__[self.key] = value
        state = _state(obj)
        state.modified.add(self.key)
        self.prop._set_backref(obj, value, old)
        for item in (value if isinstance(value, list) else [value]):
            _cascade_into_session(obj, item)


class InstrumentedList(list):
    """A one-to-many or many-to-many collection: appending an object also sets its back reference."""

    def __init__(self, prop, owner, items=()):
        list.__init__(self, items)
        self._prop = prop
        self._owner = owner
        for item in items:
            prop._append_backref(owner, item)

    def append(self, item):
        list.append(self, item)
        self._prop._append_backref(self._owner, item)
        _state(self._owner).modified.add(self._prop.key)
        _cascade_into_session(self._owner, item)

    def extend(self, items):
        for item in items:
            self.append(item)

    def remove(self, item):
        list.remove(self, item)
        self._prop._remove_backref(self._owner, item)
        _state(self._owner).modified.add(self._prop.key)
