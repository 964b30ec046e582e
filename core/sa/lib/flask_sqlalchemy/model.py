"""db.Model's base class and metaclass: Flask-SQLAlchemy 3.0's model.py."""

import re

import sqlalchemy as sa
import sqlalchemy.orm

from .query import Query


class _QueryProperty:
    """A class property that creates a query object for a model."""

    def __get__(self, obj, cls):
        return cls.query_class(cls, session=cls.__fsa__.session())


class Model:
    """The base class of the SQLAlchemy.Model declarative model class."""

    query_class = Query
    query = _QueryProperty()

    def __repr__(self):
        state = sa.inspect(self)
        if state.transient:
            pk = f"(transient {id(self)})"
        elif state.pending:
            pk = f"(pending {id(self)})"
        else:
            pk = ", ".join(map(str, state.identity))
        return f"<{type(self).__name__} {pk}>"


class BindMetaMixin(type):
    """Sets a model's ``metadata`` from its ``__bind_key__``."""

    def __init__(cls, name, bases, d, **kwargs):
        if not ("metadata" in cls.__dict__ or "__table__" in cls.__dict__):
            bind_key = getattr(cls, "__bind_key__", None)
            parent_metadata = getattr(cls, "metadata", None)
            metadata = cls.__fsa__._make_metadata(bind_key)
            if metadata is not parent_metadata:
                cls.metadata = metadata
        super().__init__(name, bases, d, **kwargs)


class NameMetaMixin(type):
    """Sets a model's ``__tablename__`` from its CamelCase class name, unless the model looks like
    single-table inheritance (no primary key of its own under a parent with a table)."""

    def __init__(cls, name, bases, d, **kwargs):
        if should_set_tablename(cls):
            cls.__tablename__ = camel_to_snake_case(cls.__name__)
            if _single_table_child(cls):
                del cls.__tablename__
        super().__init__(name, bases, d, **kwargs)


def _single_table_child(cls):
    """What Flask-SQLAlchemy's __table_cls__ decides: no table for a model without a primary key whose
    bases have one."""
    if cls.__tablename__ in cls.metadata.tables:
        return False
    for klass in cls.__mro__:
        for value in list(klass.__dict__.values()):
            if isinstance(value, sa.Column) and value.primary_key:
                return False
            if getattr(value, "kw", None) is not None and type(value).__name__ == "_MappedColumn":
                if value.kw.get("primary_key"):
                    return False
        if "__mapper__" in klass.__dict__:
            break
    args = getattr(cls, "__table_args__", None)
    if isinstance(args, (tuple, list)):
        if any(isinstance(a, sa.PrimaryKeyConstraint) for a in args):
            return False
    for base in cls.__mro__[1:-1]:
        if "__table__" in base.__dict__:
            return True
    return False


def should_set_tablename(cls):
    if cls.__dict__.get("__abstract__", False) or not any(
        isinstance(b, sa.orm.DeclarativeMeta) for b in cls.__mro__[1:]
    ):
        return False
    for base in cls.__mro__:
        if "__tablename__" not in base.__dict__:
            continue
        if isinstance(base.__dict__["__tablename__"], sa.orm.declared_attr):
            return False
        return not (
            base is cls
            or base.__dict__.get("__abstract__", False)
            or not isinstance(base, sa.orm.DeclarativeMeta)
        )
    return True


def camel_to_snake_case(name):
    """Convert a ``CamelCase`` name to ``snake_case``."""
    name = re.sub(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))", r"_\1", name)
    return name.lower().lstrip("_")


class DefaultMeta(BindMetaMixin, NameMetaMixin, sa.orm.DeclarativeMeta):
    """SQLAlchemy declarative metaclass with ``__bind_key__`` and ``__tablename__`` support."""
