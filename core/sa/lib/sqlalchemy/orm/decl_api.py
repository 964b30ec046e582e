"""Declarative mapping: declarative_base(), registry, DeclarativeMeta, declared_attr, as_declarative,
and SQLAlchemy 2.0's DeclarativeBase / Mapped[...] / mapped_column() (not in 1.4, which models written
for 2.0 use; they behave as in 2.0).

A class with __tablename__ gets a Table in the base's MetaData built from its Column / mapped_column()
attributes (a column without a name takes the attribute's), __table_args__ (constraints and/or a dict
of options), columns of mixins (copied) and declared_attr functions; or maps an existing __table__.
A subclass of a mapped class without a table of its own shares its parent's table (single-table
inheritance). `Mapped[int]` annotations give the type and nullability (Optional[...] is nullable) of a
mapped_column() without a type, or of an annotation with no value.
Not here: joined-table inheritance loading, polymorphic identities, column_property SQL expressions.
"""
from .. import exc
from ..sql import schema
from ..sql import sqltypes
from ..sql import type_api
from .mapper import Mapper
from .relationships import RelationshipProperty


class declared_attr:
    """A class-level function evaluated when the class is mapped (mixins' columns, __tablename__)."""

    def __init__(self, fget, cascading=False):
        self.fget = fget
        self.__doc__ = getattr(fget, "__doc__", None)

    def __get__(self, obj, cls):
        return self.fget(cls)

    @classmethod
    def cascading(cls, fn):
        return cls(fn, cascading=True)

    @classmethod
    def directive(cls, fn):
        return cls(fn)


class _MappedColumn:
    """mapped_column(): a Column whose type and nullability may come from the Mapped[] annotation."""

    def __init__(self, *args, **kw):
        self.args = list(args)
        self.kw = kw
        schema._creation_counter[0] += 1
        self._creation_order = schema._creation_counter[0]

    def _column(self, key, annotation):
        column = self._make_column(key, annotation)
        column._creation_order = self._creation_order
        return column

    def _make_column(self, key, annotation):
        args = list(self.args)
        kw = dict(self.kw)
        name = None
        if args and isinstance(args[0], str):
            name = args.pop(0)
        has_type = args and (isinstance(args[0], type_api.TypeEngine)
                             or (isinstance(args[0], type) and issubclass(args[0], type_api.TypeEngine)))
        if not has_type and "type_" not in kw:
            type_, optional = _annotation_type(annotation)
            if type_ is None and not any(isinstance(a, schema.ForeignKey) for a in args):
                raise exc.ArgumentError("Could not locate SQLAlchemy Core type for Python type %s inside the %r "
                                        "attribute Mapped annotation" % (annotation, key))
            if type_ is not None:
                args.insert(0, type_)
            if "nullable" not in kw and not kw.get("primary_key"):
                kw["nullable"] = optional
        elif "nullable" not in kw and annotation is not None and not kw.get("primary_key"):
            _, optional = _annotation_type(annotation)
            kw["nullable"] = optional
        kw.pop("init", None)
        kw.pop("repr", None)
        kw.pop("default_factory", None)
        kw.pop("insert_default", None) if "default" in kw else None
        if "insert_default" in kw:
            kw["default"] = kw.pop("insert_default")
        kw.pop("sort_order", None)
        if name is not None:
            return schema.Column(name, *args, **kw)
        return schema.Column(*args, **kw)


def mapped_column(*args, **kw):
    return _MappedColumn(*args, **kw)


class _MappedAnnotation:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "Mapped[%s]" % _type_text(self.inner)


class Mapped:
    """The Mapped[...] annotation of SQLAlchemy 2.0 (and 1.4's typing stub)."""

    def __class_getitem__(cls, item):
        return _MappedAnnotation(item)


WriteOnlyMapped = DynamicMapped = Mapped


def _type_text(t):
    if isinstance(t, str):
        return t
    if isinstance(t, type):
        return t.__name__
    return repr(t).replace("typing.", "")


_PYTHON_TYPES = {
    "int": sqltypes.Integer, "str": sqltypes.String, "bool": sqltypes.Boolean, "float": sqltypes.Float,
    "bytes": sqltypes.LargeBinary, "datetime": sqltypes.DateTime, "datetime.datetime": sqltypes.DateTime,
    "date": sqltypes.Date, "datetime.date": sqltypes.Date, "time": sqltypes.Time, "datetime.time": sqltypes.Time,
    "timedelta": sqltypes.Interval, "datetime.timedelta": sqltypes.Interval, "Decimal": sqltypes.Numeric,
    "decimal.Decimal": sqltypes.Numeric, "dict": sqltypes.JSON, "list": sqltypes.JSON,
}


def _annotation_type(annotation):
    """(type instance or None, optional) of a Mapped[...] annotation, as text or object."""
    if annotation is None:
        return None, True
    text = repr(annotation) if isinstance(annotation, _MappedAnnotation) else _type_text(annotation)
    text = text.strip().strip("'\"")
    if text.startswith("Mapped[") or text.startswith("orm.Mapped[") or text.startswith("sa.orm.Mapped["):
        text = text[text.index("[") + 1:-1].strip()
    optional = False
    if text.startswith("Optional[") and text.endswith("]"):
        optional = True
        text = text[len("Optional["):-1].strip()
    elif "|" in text:
        parts = [p.strip() for p in text.split("|")]
        if "None" in parts:
            optional = True
            parts = [p for p in parts if p != "None"]
        text = parts[0] if parts else ""
    elif text.startswith("Union[") and "None" in text:
        optional = True
        text = [p.strip() for p in text[len("Union["):-1].split(",") if p.strip() != "None"][0]
    text = text.strip("'\"")
    cls = _PYTHON_TYPES.get(text)
    if cls is None:
        return None, optional
    return cls(), optional


def _is_relationship_annotation(annotation):
    text = repr(annotation) if isinstance(annotation, _MappedAnnotation) else _type_text(annotation)
    return "List[" in text or "list[" in text or "Set[" in text


_registries = []


def configure_mappers():
    """Sets up every relationship whose classes are all defined (back references included), as
    SQLAlchemy does before the first use of a mapped class."""
    for reg in _registries:
        reg.configure()


class registry:
    """The registry of mapped classes (names for relationship("ClassName")) and their MetaData."""

    def __init__(self, metadata=None, class_registry=None, type_annotation_map=None, constructor=None):
        _registries.append(self)
        self.metadata = metadata if metadata is not None else schema.MetaData()
        self._class_registry = class_registry if class_registry is not None else {}
        self.type_annotation_map = type_annotation_map or {}
        self.constructor = constructor
        self.mappers = []

    def generate_base(self, mapper=None, cls=object, name="Base", metaclass=None):
        metaclass = metaclass or DeclarativeMeta
        bases = cls if isinstance(cls, tuple) else (cls,)
        ns = {"registry": self, "metadata": self.metadata, "__abstract__": True,
              "_sa_registry": self, "__init__": self.constructor or _declarative_constructor}
        return metaclass(name, bases, ns)

    def mapped(self, cls):
        _as_declarative(self, cls)
        return cls

    def map_imperatively(self, class_, local_table=None, properties=None, **kw):
        props = [(c.key, c) for c in local_table.columns]
        rels = list((properties or {}).items())
        class_.__table__ = local_table
        class_.__mapper__ = Mapper(class_, local_table, props, rels, registry=self)
        self._class_registry[class_.__name__] = class_
        return class_.__mapper__

    def configure(self, cascade=False):
        for mapper in list(self.mappers):
            for key, prop in list(mapper._relationships):
                if not prop._resolved:
                    try:
                        prop._configure()
                    except exc.InvalidRequestError:
                        prop._resolved = False

    def dispose(self, cascade=False):
        pass


def _declarative_constructor(self, **kwargs):
    configure_mappers()
    cls_ = type(self)
    for k in kwargs:
        if not hasattr(cls_, k):
            raise TypeError("%r is an invalid keyword argument for %s" % (k, cls_.__name__))
        setattr(self, k, kwargs[k])


_declarative_constructor.__name__ = "__init__"


class DeclarativeMeta(type):
    """The metaclass of declarative_base() classes: maps each subclass when it is defined."""

    def __init__(cls, classname, bases, dict_, **kw):
        reg = None
        for klass in cls.__mro__:
            reg = klass.__dict__.get("_sa_registry")
            if reg is not None:
                break
        if "_sa_registry" not in cls.__dict__ and reg is not None:
            _as_declarative(reg, cls)
        type.__init__(cls, classname, bases, dict_)

    def __setattr__(cls, key, value):
        # Assigning a Column to a mapped class after the fact adds it to the table and the mapper.
        mapper = cls.__dict__.get("__mapper__")
        if mapper is not None and isinstance(value, schema.Column):
            if value.name is None:
                value.name = key
            if value.key is None:
                value.key = key
            mapper.local_table.append_column(value)
            from .attributes import InstrumentedAttribute

            mapper._props.append((key, value))
            mapper._col_to_key[id(value)] = key
            type.__setattr__(cls, key, InstrumentedAttribute(cls, key, value))
            return
        type.__setattr__(cls, key, value)


def declarative_base(bind=None, metadata=None, mapper=None, cls=object, name="Base", constructor=None,
                     class_registry=None, metaclass=None):
    reg = registry(metadata=metadata, class_registry=class_registry)
    base = reg.generate_base(mapper=mapper, cls=cls, name=name, metaclass=metaclass)
    if constructor is not None:
        type.__setattr__(base, "__init__", constructor)
    return base


def as_declarative(**kw):
    def decorate(cls):
        kw.setdefault("cls", cls)
        kw.setdefault("name", cls.__name__)
        return declarative_base(**kw)

    return decorate


class _DeclarativeBaseMeta(DeclarativeMeta):
    def __init__(cls, classname, bases, dict_, **kw):
        if "_sa_registry" not in cls.__dict__ and not any("_sa_registry" in b.__dict__ for b in cls.__mro__[1:]):
            # class Base(DeclarativeBase): the base itself gets the registry.
            reg = registry(metadata=dict_.get("metadata"), type_annotation_map=dict_.get("type_annotation_map"))
            type.__setattr__(cls, "_sa_registry", reg)
            type.__setattr__(cls, "registry", reg)
            type.__setattr__(cls, "metadata", reg.metadata)
            type.__init__(cls, classname, bases, dict_)
            return
        DeclarativeMeta.__init__(cls, classname, bases, dict_, **kw)


class DeclarativeBase(metaclass=_DeclarativeBaseMeta):
    """SQLAlchemy 2.0's `class Base(DeclarativeBase): pass`."""

    __abstract__ = True
    _sa_registry = None

    def __init__(self, **kwargs):
        _declarative_constructor(self, **kwargs)


type.__setattr__(DeclarativeBase, "_sa_registry", None)


class DeclarativeBaseNoMeta(DeclarativeBase):
    __abstract__ = True


def synonym(name, map_column=None, descriptor=None, comparator_factory=None, doc=None, info=None):
    return _Synonym(name)


class _Synonym:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return getattr(owner, self.name)
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


def column_property(*columns, **kw):
    if len(columns) == 1 and isinstance(columns[0], schema.Column):
        return columns[0]
    return _ExpressionProperty(columns[0])


class _ExpressionProperty:
    """column_property(expression): a read-only attribute computed in SQL; Revlab evaluates it lazily."""

    def __init__(self, expression):
        self.expression = expression


def _collect(cls):
    """(columns: [(key, Column)], relationships: [(key, prop)], table args) of a class and its mixins."""
    columns = []
    relationships = []
    seen = set()
    annotations = {}
    for klass in reversed(cls.__mro__):
        annotations.update(klass.__dict__.get("__annotations__", {}) or {})
    for klass in cls.__mro__:
        is_own = klass is cls
        is_mapped_parent = not is_own and "__mapper__" in klass.__dict__
        if is_mapped_parent or klass is object:
            continue
        for key, value in list(klass.__dict__.items()):
            if key in seen or key.startswith("__") and key != "__tablename__":
                continue
            if isinstance(value, declared_attr):
                if key in ("__tablename__", "__table_args__", "__mapper_args__"):
                    continue
                value = value.fget(cls)
            if isinstance(value, schema.Column):
                seen.add(key)
                col = value if is_own else value.copy()
                columns.append((key, col))
            elif isinstance(value, _MappedColumn):
                seen.add(key)
                columns.append((key, value._column(key, annotations.get(key))))
            elif isinstance(value, RelationshipProperty):
                seen.add(key)
                relationships.append((key, value))
    # Mapped[...] annotations without a value are columns too (SQLAlchemy 2.0).
    for key, annotation in annotations.items():
        if key in seen or key.startswith("__") or not _looks_mapped(annotation):
            continue
        if any(key in klass.__dict__ for klass in cls.__mro__ if "__mapper__" in klass.__dict__):
            continue
        if _is_relationship_annotation(annotation):
            continue
        type_, optional = _annotation_type(annotation)
        if type_ is not None:
            seen.add(key)
            columns.append((key, schema.Column(type_, nullable=optional)))
    # Table columns come in the order the Column objects were made (mixins' first), as in SQLAlchemy.
    columns.sort(key=lambda kc: kc[1]._creation_order)
    return columns, relationships


def _looks_mapped(annotation):
    text = repr(annotation) if isinstance(annotation, _MappedAnnotation) else _type_text(annotation)
    return "Mapped[" in text


def _class_attr(cls, name):
    value = getattr(cls, name, None)
    if isinstance(value, declared_attr):
        return value.fget(cls)
    return value


def _as_declarative(reg, cls):
    if cls.__dict__.get("__abstract__", False):
        return
    columns, relationships = _collect(cls)
    parent_mapper = None
    for klass in cls.__mro__[1:]:
        if "__mapper__" in klass.__dict__:
            parent_mapper = klass.__dict__["__mapper__"]
            break
    table = cls.__dict__.get("__table__")
    tablename = _class_attr(cls, "__tablename__")
    if parent_mapper is not None and "__tablename__" not in cls.__dict__ and table is None:
        tablename = None
    table_args = _class_attr(cls, "__table_args__")
    for key, col in columns:
        if col.name is None:
            col.name = key
        if col.key is None:
            col.key = col.name
    if table is None and tablename is not None:
        args = [c for _, c in columns]
        kwargs = {}
        if table_args:
            if isinstance(table_args, dict):
                kwargs = dict(table_args)
            else:
                items = list(table_args)
                if items and isinstance(items[-1], dict):
                    kwargs = dict(items[-1])
                    items = items[:-1]
                args.extend(items)
        table = schema.Table(tablename, reg.metadata, *args, **kwargs)
    elif table is None and parent_mapper is not None:
        # single-table inheritance: new columns join the parent's table
        table = parent_mapper.local_table
        for key, col in columns:
            if col.key not in table.c:
                table.append_column(col)
    elif table is None:
        raise exc.InvalidRequestError("Class %r does not have a __table__ or __tablename__ specified and does not "
                                      "inherit from an existing table-mapped class." % cls)
    else:
        columns = columns or []
    props = []
    mapped_ids = set()
    for key, col in columns:
        if col.table is table or col.key in table.c:
            props.append((key, table.c[col.key] if col.table is not table else col))
            mapped_ids.add(id(props[-1][1]))
    if parent_mapper is not None:
        for key, col in parent_mapper._props:
            if id(col) not in mapped_ids and not any(k == key for k, _ in props):
                target = table.c.get(col.key) if table is not parent_mapper.local_table else col
                if target is not None:
                    props.append((key, target))
                    mapped_ids.add(id(target))
        relationships = list(parent_mapper._relationships) + relationships
    for col in table.columns:
        if id(col) not in mapped_ids and not any(k == col.key for k, _ in props):
            props.append((col.key, col))
    type.__setattr__(cls, "__table__", table)
    mapper = Mapper(cls, table, props, relationships, inherits=parent_mapper, registry=reg)
    type.__setattr__(cls, "__mapper__", mapper)
    reg._class_registry[cls.__name__] = cls
    reg.mappers.append(mapper)
