"""The Mapper: how a class maps to a table (attribute key <-> Column), its primary key and its
relationships; and how a row becomes an object (identity map included)."""
from .. import exc
from ..sql.base import ColumnCollection
from .attributes import InstrumentedAttribute
from .attributes import RelationshipAttribute
from .state import instance_state


class ColumnProperty:
    def __init__(self, key, column):
        self.key = key
        self.columns = [column]
        self.column = column

    @property
    def expression(self):
        return self.column

    def __repr__(self):
        return "ColumnProperty(%s)" % self.key


class _Attrs:
    """mapper.attrs / mapper.column_attrs / mapper.relationships: by key, in order."""

    def __init__(self, items):
        self._items = list(items)

    def __getitem__(self, key):
        for k, v in self._items:
            if k == key:
                return v
        raise KeyError(key)

    def __getattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(key)
        for k, v in self._items:
            if k == key:
                return v
        raise AttributeError(key)

    def __contains__(self, key):
        return any(k == key for k, _ in self._items)

    def __iter__(self):
        return iter([v for _, v in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, _ in self._items]

    def values(self):
        return [v for _, v in self._items]

    def items(self):
        return list(self._items)


class Mapper:
    def __init__(self, class_, local_table, properties, relationships, inherits=None, registry=None):
        self.class_ = class_
        self.local_table = local_table
        self.persist_selectable = local_table
        self.mapped_table = local_table
        self.inherits = inherits
        self.registry = registry
        self._props = list(properties)  # (key, Column)
        self._relationships = list(relationships)  # (key, RelationshipProperty)
        self._col_to_key = {}
        for key, col in self._props:
            self._col_to_key[id(col)] = key
        pk = []
        for col in local_table.primary_key._resolved_columns():
            pk.append(col)
        self.primary_key = tuple(pk)
        for key, col in self._props:
            setattr(class_, key, InstrumentedAttribute(class_, key, col))
        for key, prop in self._relationships:
            prop._setup(self, key)
            setattr(class_, key, RelationshipAttribute(prop))

    # ---- introspection ----
    @property
    def columns(self):
        return ColumnCollection([(k, c) for k, c in self._props])

    c = columns

    @property
    def column_attrs(self):
        return _Attrs([(k, ColumnProperty(k, c)) for k, c in self._props])

    @property
    def relationships(self):
        return _Attrs(list(self._relationships))

    @property
    def attrs(self):
        return _Attrs([(k, ColumnProperty(k, c)) for k, c in self._props] + list(self._relationships))

    @property
    def tables(self):
        return [self.local_table]

    @property
    def entity(self):
        return self.class_

    @property
    def base_mapper(self):
        m = self
        while m.inherits is not None:
            m = m.inherits
        return m

    @property
    def selectable(self):
        return self.local_table

    def get_property(self, key):
        return self.attrs[key]

    def get_property_by_column(self, column):
        return ColumnProperty(self._col_to_key[id(column)], column)

    def _key_of(self, column):
        return self._col_to_key.get(id(column))

    def identity_key_from_instance(self, obj):
        return (self.class_, self.primary_key_from_instance(obj))

    def primary_key_from_instance(self, obj):
        return tuple(obj.__dict__.get(self._col_to_key[id(c)]) for c in self.primary_key)

    def __repr__(self):
        return "<Mapper at 0x0; %s>" % self.class_.__name__

    # ---- loading ----
    def _instance(self, session, values):
        """The object for a row (values: {column key in the table: value}), from the identity map when
        it is there already."""
        pk = tuple(values.get(c.key) for c in self.primary_key)
        if all(v is None for v in pk):
            return None
        key = (self.base_mapper.class_, pk)
        obj = session.identity_map.get(key) if session is not None else None
        if obj is not None:
            state = instance_state(obj)
            if state.expired:
                self._populate(obj, values)
                state.expired = False
            return obj
        obj = self.class_.__new__(self.class_)
        state = instance_state(obj)
        state.key = key
        state.session = session
        self._populate(obj, values)
        if session is not None:
            session.identity_map[key] = obj
        return obj

    def _populate(self, obj, values):
        state = instance_state(obj)
        for key, col in self._props:
            if col.key in values:
                value = values[col.key]
                if key not in state.modified:
                    obj.__dict__[key] = value
                state.committed[key] = value


def class_mapper(class_, configure=True):
    mapper = getattr(class_, "__mapper__", None)
    if mapper is None:
        raise exc.ArgumentError("Class '%s' is not mapped" % class_)
    return mapper


def object_mapper(obj):
    return class_mapper(type(obj))
