"""The DDL bridge: how Revlab's C++ side reads SQLAlchemy objects that a script hands to `op.*`.

Alembic's operations take SQLAlchemy objects (`op.add_column("t", sa.Column("x", sa.String(50)))`);
Revlab's C++ implementation of `op.*` turns them into its own schema model. It does not look into
the Python objects' attributes: it asks each object for its *record*, what the user called to make
it, through one method:

    obj.__revlab_record__() -> ("call", name, args_tuple, kwargs_dict)   # sa.String(50)
                             | ("ref", name)                             # sa.Integer (the class itself)

- `name` is the public import path of what the user called: "sqlalchemy.Column", "sqlalchemy.String",
  "sqlalchemy.dialects.sqlite.JSON", "sqlalchemy.func.now", "sqlalchemy.table", "sqlalchemy.text".
- `args` and `kwargs` are the arguments as the user passed them. Their values may be other objects
  with records (the C++ side asks them in turn), Python primitives, lists, tuples and dicts.
- A class passed uncalled (`sa.Column("x", sa.Integer)`) answers ("ref", name): the method works on
  the class as well as on its instances. A class also has `__revlab_ref__`, its public name as a string
  (None for a class the user wrote, whose record is that of an instance: ask `__revlab_record__`).
- A type the user defined answers with the record of what it stands for on SQLite: a TypeDecorator
  the record of its `load_dialect_impl(sqlite dialect)` (by default its `impl`), a UserDefinedType
  ("call", "sqlalchemy.types.UserDefinedType", (get_col_spec(),), {}), a subclass of a built-in type
  the record of that built-in type built from the instance's state (its own constructor may take other
  arguments).
- An Enum of a Python enum class records the member names (or what values_callable gives) as args,
  and name=<the class name, lower-cased> as SQLAlchemy names the type.

Objects take part by deriving from `Recorded` (their constructor's arguments are kept as they are
called) and naming themselves with `_revlab_name`; a class whose record is computed overrides
`_revlab_call()`.
"""

RECORD_METHOD = "__revlab_record__"


class _RecordMethod:
    """A descriptor: `Class.__revlab_record__()` gives ("ref", name), `instance.__revlab_record__()`
    gives the instance's ("call", ...) record."""

    def __get__(self, obj, owner=None):
        if obj is None:
            hook = getattr(owner, "_revlab_class_record", None)
            if hook is not None:
                return hook
            name = owner.__dict__.get("_revlab_name") or _public_name(owner)

            def class_record():
                return ("ref", name)

            return class_record

        def instance_record():
            name, args, kwargs = obj._revlab_call()
            return ("call", name, tuple(args), dict(kwargs))

        return instance_record


class _RefAttribute:
    """`Class.__revlab_ref__`: the public name of a class SQLAlchemy defines, else None."""

    def __get__(self, obj, owner=None):
        if obj is not None:
            return None
        return owner.__dict__.get("_revlab_name")


def _public_name(cls):
    """The public path of the nearest class in cls's MRO that has one."""
    for klass in cls.__mro__:
        name = klass.__dict__.get("_revlab_name")
        if name:
            return name
    return cls.__module__ + "." + cls.__name__


class Recorded:
    """Keeps the arguments a constructor was called with, for the record."""

    _revlab_name = None
    _revlab_args = ((), {})

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            # what object.__new__ says of arguments to a class without an __init__ (sa.Integer(11))
            raise TypeError("%s() takes no arguments" % cls.__name__)
        self = object.__new__(cls)
        self._revlab_args = (args, kwargs)
        return self

    def _revlab_call(self):
        args, kwargs = self._revlab_args
        return _public_name(type(self)), args, kwargs

    __revlab_record__ = _RecordMethod()
    __revlab_ref__ = _RefAttribute()


def record(name, args=(), kwargs=None):
    """A ("call", ...) record for objects made by a function rather than a class constructor."""
    return ("call", name, tuple(args), dict(kwargs or {}))
