"""The base of SQLAlchemy's types: TypeEngine, TypeDecorator, UserDefinedType, Variant, to_instance.

What is here, after SQLAlchemy 1.4's sql/type_api.py:
- TypeEngine: bind_processor / result_processor / literal_processor (None: the value crosses as is),
  dialect_impl(dialect) (the SQLite implementation of a generic type, e.g. DateTime -> sqlite.DATETIME),
  compile(dialect=None) and str() (the DDL name: VARCHAR(50)), copy(), adapt(), with_variant(),
  coerce_compared_value(), python_type, evaluates_none(), repr as SQLAlchemy's generic_repr prints it.
- TypeDecorator: impl (class or instance), cache_ok, load_dialect_impl(dialect), process_bind_param,
  process_result_value, process_literal_param, coerce_compared_value, copy; unknown attributes are
  looked up on the impl, as SQLAlchemy does.
- UserDefinedType: get_col_spec() is the DDL; bind_processor/result_processor as the user defines.
- Variant (with_variant): on SQLite the variant for "sqlite" if there is one, else the base type.

Not here: the comparator machinery is reduced to what the expression language needs (operators
live on ColumnElement; a type decides coercion of the other side and the result type).
"""
from .. import _revlab
from .. import exc

# Set by dialects/sqlite/base.py when it is imported (the only dialect Revlab has).
_default_dialect = [None]
_AFFINITY = {}


class _LazySqltypes:
    """sql/sqltypes.py, imported on first use (it imports this module)."""

    def __getattr__(self, name):
        from . import sqltypes

        global _sqltypes
        _sqltypes = sqltypes
        return getattr(sqltypes, name)


_sqltypes = _LazySqltypes()


def _sqlite_dialect():
    if _default_dialect[0] is None:
        from ..dialects.sqlite import base  # noqa: F401  (registers itself)
    return _default_dialect[0]


class TypeEngine(_revlab.Recorded):
    """The ultimate base class for all SQL datatypes."""

    _revlab_name = "sqlalchemy.types.TypeEngine"
    # The name of the type compiler's visit (SQLAlchemy's __visit_name__): e.g. "VARCHAR".
    __visit_name__ = "type_engine"
    _is_type_decorator = False
    _isnull = False
    hashable = True
    should_evaluate_none = False
    _sqla_type = True
    sort_key_function = None
    # (positional attribute names, [(keyword attribute, default)]) for __repr__.
    _repr_positional = ()
    _repr_keywords = ()

    # ---- values ------------------------------------------------------------------------------
    def bind_processor(self, dialect):
        return None

    def result_processor(self, dialect, coltype):
        return None

    def literal_processor(self, dialect):
        return None

    def bind_expression(self, bindvalue):
        return None

    def column_expression(self, colexpr):
        return None

    def _cached_bind_processor(self, dialect):
        cache = self.__dict__.get("_bind_cache")
        if cache is None:
            impl = self.dialect_impl(dialect)
            cache = (impl.bind_processor(dialect),)
            self.__dict__["_bind_cache"] = cache
        return cache[0]

    def _cached_result_processor(self, dialect, coltype=None):
        cache = self.__dict__.get("_result_cache")
        if cache is None:
            impl = self.dialect_impl(dialect)
            cache = (impl.result_processor(dialect, coltype),)
            self.__dict__["_result_cache"] = cache
        return cache[0]

    def _cached_literal_processor(self, dialect):
        return self.dialect_impl(dialect).literal_processor(dialect)

    def evaluates_none(self):
        typ = self.copy()
        typ.should_evaluate_none = True
        return typ

    def compare_values(self, x, y):
        return x == y

    # ---- dialects ----------------------------------------------------------------------------
    def dialect_impl(self, dialect):
        """The type as the dialect implements it (cached on the instance)."""
        impl = self.__dict__.get("_dialect_impl")
        if impl is None:
            impl = self._gen_dialect_impl(dialect)
            self.__dict__["_dialect_impl"] = impl
        return impl

    def _gen_dialect_impl(self, dialect):
        return dialect.type_descriptor(self)

    def _unwrapped_dialect_impl(self, dialect):
        return self.dialect_impl(dialect)

    def adapt(self, cls, **kw):
        """A copy of this type as an instance of `cls` (SQLAlchemy's util.constructor_copy)."""
        obj = cls.__new__(cls)
        obj.__dict__.update(self._state())
        obj.__dict__.update(kw)
        return obj

    def copy(self, **kw):
        return self.adapt(self.__class__)

    def _state(self):
        return {k: v for k, v in self.__dict__.items()
                if not k.startswith("_dialect_impl") and k not in ("_bind_cache", "_result_cache")}

    def with_variant(self, type_, dialect_name):
        return Variant(self, {dialect_name: to_instance(type_)})

    def coerce_compared_value(self, op, value):
        """The type a plain Python value compared against this type gets."""
        _coerced_type = _sqltypes._resolve_value_to_type(value)
        if _coerced_type._isnull or _coerced_type._type_affinity is self._type_affinity:
            return self
        return _coerced_type

    @property
    def _type_affinity(self):
        """The most basic generic class of this type (String for VARCHAR, Integer for BIGINT): the
        last TypeEngine subclass in the MRO before TypeEngine itself (computed once per class)."""
        cls = type(self)
        typ = _AFFINITY.get(cls)
        if typ is None:
            typ = cls
            found = None
            for t in cls.__mro__:
                if t is TypeEngine or t is UserDefinedType:
                    typ = found
                    break
                if issubclass(t, TypeEngine):
                    found = t
            _AFFINITY[cls] = typ
        return typ

    def _compare_type_affinity(self, other):
        return self._type_affinity is other._type_affinity

    @property
    def python_type(self):
        raise NotImplementedError()

    def _resolve_for_literal(self, value):
        return self

    def _resolve_for_python_type(self, python_type, matched_on, matched_on_flattened):
        return self

    # ---- DDL ---------------------------------------------------------------------------------
    def _ddl(self, dialect):
        """The type's name in DDL on `dialect` (the type compiler's output)."""
        raise exc.UnsupportedCompilationError(dialect.type_compiler_name, type(self))

    def compile(self, dialect=None):
        if dialect is None:
            dialect = _sqlite_dialect()._str_dialect()
        return dialect.type_compiler.process(self)

    def __str__(self):
        return str(self.compile())

    def __repr__(self):
        out = []
        for name in self._repr_positional:
            out.append(repr(getattr(self, name, None)))
        for name, default in self._repr_keywords:
            value = getattr(self, name, default)
            if value != default:
                out.append("%s=%r" % (name, value))
        return "%s(%s)" % (self.__class__.__name__, ", ".join(out))

    # ---- the value bridge --------------------------------------------------------------------
    def _revlab_prebind(self, value, dialect):
        """The part of binding `value` that Python code of this type does. Revlab's operations
        layer (op.bulk_insert) stores values itself, as the built-in type of this type's record
        stores them (dates, booleans, JSON: operations/literals.cpp); what a TypeDecorator, a
        UserDefinedType or an Enum of a Python enum class adds on top runs here first."""
        return value

    # ---- the DDL bridge ----------------------------------------------------------------------
    @classmethod
    def _revlab_class_record(cls):
        if cls.__dict__.get("_revlab_name"):
            return ("ref", cls.__dict__["_revlab_name"])
        return cls().__revlab_record__()

    def _revlab_call(self):
        cls = type(self)
        if cls.__dict__.get("_revlab_name"):
            args, kwargs = self._revlab_args
            return cls.__dict__["_revlab_name"], args, kwargs
        return self._revlab_state_call()

    def _revlab_state_call(self):
        """The record of an instance of a subclass the user wrote (its constructor may differ from
        the built-in one): the nearest built-in class, with arguments read from the state."""
        base = None
        for klass in type(self).__mro__:
            if klass.__dict__.get("_revlab_name"):
                base = klass
                break
        kwargs = {}
        for name, default in self._repr_keywords:
            value = getattr(self, name, default)
            if value != default:
                kwargs[name] = value
        args = tuple(getattr(self, name, None) for name in self._repr_positional)
        return base.__dict__["_revlab_name"], args, kwargs

    __revlab_record__ = _revlab._RecordMethod()
    __revlab_ref__ = _revlab._RefAttribute()


class ExternalType:
    """Mixin of the types users define (TypeDecorator, UserDefinedType)."""

    cache_ok = None


class UserDefinedType(ExternalType, TypeEngine):
    """A type whose DDL is what get_col_spec() returns."""

    __visit_name__ = "user_defined"
    _revlab_name = None
    ensure_kwarg = "get_col_spec"

    def coerce_compared_value(self, op, value):
        return self

    def _ddl(self, dialect):
        return self.get_col_spec()

    def _revlab_call(self):
        return "sqlalchemy.types.UserDefinedType", (self.get_col_spec(),), {}

    def _revlab_prebind(self, value, dialect):
        # Its record carries no storage rule, so all of its bind_processor runs in Python.
        process = self.bind_processor(dialect)
        return value if process is None else process(value)

    @classmethod
    def _revlab_class_record(cls):
        return cls().__revlab_record__()

    def _gen_dialect_impl(self, dialect):
        return self


class TypeDecorator(ExternalType, TypeEngine):
    """A type that adds behaviour to an existing one, its `impl`."""

    __visit_name__ = "type_decorator"
    _is_type_decorator = True
    _revlab_name = None
    coerce_to_is_types = (type(None),)

    def __init__(self, *args, **kwargs):
        if not hasattr(self.__class__, "impl"):
            raise AssertionError(
                "TypeDecorator implementations require a class-level variable 'impl' which refers "
                "to the class of type being decorated")
        self.impl = to_instance(self.__class__.impl, *args, **kwargs)

    @property
    def impl_instance(self):
        return self.impl

    def load_dialect_impl(self, dialect):
        return self.impl

    def type_engine(self, dialect):
        """The dialect-specific type this decorator stands for."""
        adapted = self.load_dialect_impl(dialect)
        if not isinstance(adapted, type(self)):
            adapted = to_instance(adapted)
        return adapted

    def _gen_dialect_impl(self, dialect):
        # A copy of this decorator whose `impl` is the dialect's implementation of what
        # load_dialect_impl() gives; SQLAlchemy does the same (TypeDecorator._gen_dialect_impl).
        adapted = dialect.type_descriptor(self)
        if adapted is not self:
            return adapted
        typedesc = self.load_dialect_impl(dialect)
        if isinstance(typedesc, TypeDecorator) and typedesc is not self:
            typedesc = typedesc.dialect_impl(dialect)
        else:
            typedesc = to_instance(typedesc).dialect_impl(dialect)
        tt = self.copy()
        if not isinstance(tt, self.__class__):
            raise AssertionError("Type object %s does not properly implement the copy() method, "
                                 "it must return an object of type %s" % (self, self.__class__))
        tt.impl = typedesc
        return tt

    @property
    def _type_affinity(self):
        return self.impl._type_affinity

    def _ddl(self, dialect):
        return self.type_engine(dialect)._ddl(dialect)

    def __getattr__(self, key):
        # Unknown attributes come from the impl, as in SQLAlchemy (length, timezone, ...).
        if key == "impl" or key.startswith("__"):
            raise AttributeError(key)
        impl = self.__dict__.get("impl")
        if impl is None:
            raise AttributeError(key)
        return getattr(impl, key)

    def process_literal_param(self, value, dialect):
        raise NotImplementedError()

    def process_bind_param(self, value, dialect):
        raise NotImplementedError()

    def process_result_value(self, value, dialect):
        raise NotImplementedError()

    def _overrides(self, name):
        return getattr(type(self), name) is not getattr(TypeDecorator, name)

    def literal_processor(self, dialect):
        if self._overrides("process_literal_param"):
            process_param = self.process_literal_param
        elif self._overrides("process_bind_param"):
            process_param = self.process_bind_param
        else:
            process_param = None
        impl_processor = self.impl.literal_processor(dialect)
        if process_param is None:
            return impl_processor
        if impl_processor is not None:
            def process(value):
                return impl_processor(process_param(value, dialect))
        else:
            def process(value):
                return process_param(value, dialect)
        return process

    def bind_processor(self, dialect):
        impl_processor = self.impl.bind_processor(dialect)
        if not self._overrides("process_bind_param"):
            return impl_processor
        process_param = self.process_bind_param
        if impl_processor is not None:
            def process(value):
                return impl_processor(process_param(value, dialect))
        else:
            def process(value):
                return process_param(value, dialect)
        return process

    def result_processor(self, dialect, coltype):
        impl_processor = self.impl.result_processor(dialect, coltype)
        if not self._overrides("process_result_value"):
            return impl_processor
        process_value = self.process_result_value
        if impl_processor is not None:
            def process(value):
                return process_value(impl_processor(value), dialect)
        else:
            def process(value):
                return process_value(value, dialect)
        return process

    def coerce_compared_value(self, op, value):
        return self

    def copy(self, **kw):
        instance = self.__class__.__new__(self.__class__)
        instance.__dict__.update(self._state())
        return instance

    def _state(self):
        state = TypeEngine._state(self)
        return state

    @property
    def python_type(self):
        return self.impl.python_type

    def compare_values(self, x, y):
        return self.impl.compare_values(x, y)

    @property
    def sort_key_function(self):
        return self.impl.sort_key_function

    def __repr__(self):
        impl = self.__dict__.get("impl")
        if impl is None:
            return "%s()" % self.__class__.__name__
        # generic_repr(self, to_inspect=self.impl): the impl's constructor arguments, read on self.
        out = []
        for name in impl._repr_positional:
            out.append(repr(getattr(impl, name, None)))
        for name, default in impl._repr_keywords:
            value = getattr(impl, name, default)
            if value != default:
                out.append("%s=%r" % (name, value))
        return "%s(%s)" % (self.__class__.__name__, ", ".join(out))

    def _revlab_prebind(self, value, dialect):
        # process_bind_param, then what the type it stands for on SQLite (its record) does in
        # Python: SQLAlchemy's bind_processor chains them in that order.
        if self._overrides("process_bind_param"):
            value = self.process_bind_param(value, dialect)
        impl = to_instance(self.load_dialect_impl(dialect))
        return impl._revlab_prebind(value, dialect)

    # The DDL bridge: what it stands for on SQLite.
    def _revlab_call(self):
        impl = self.load_dialect_impl(_sqlite_dialect())
        impl = to_instance(impl)
        return impl._revlab_call()

    @classmethod
    def _revlab_class_record(cls):
        return cls().__revlab_record__()


class Variant(TypeDecorator):
    """A type that is another on some dialects (TypeEngine.with_variant)."""

    cache_ok = True

    def __init__(self, base, mapping):
        self.impl = base
        self.mapping = mapping

    def load_dialect_impl(self, dialect):
        if dialect.name in self.mapping:
            return self.mapping[dialect.name]
        return self.impl

    def with_variant(self, type_, dialect_name):
        mapping = dict(self.mapping)
        mapping[dialect_name] = to_instance(type_)
        return Variant(self.impl, mapping)

    def coerce_compared_value(self, op, value):
        return self.impl.coerce_compared_value(op, value)

    def __repr__(self):
        return "Variant()"

    @property
    def comparator_factory(self):
        return self.impl.comparator_factory

    def _revlab_call(self):
        impl = to_instance(self.load_dialect_impl(_sqlite_dialect()))
        return impl._revlab_call()


def to_instance(typeobj, *arg, **kw):
    """A type instance from a type class or instance (None gives NullType())."""
    if typeobj is None:
        return _sqltypes.NULLTYPE
    if isinstance(typeobj, type):
        return typeobj(*arg, **kw)
    return typeobj


def adapt_type(typeobj, colspecs):
    """The class of `colspecs` (generic class -> dialect class) that implements typeobj."""
    if isinstance(typeobj, type):
        typeobj = typeobj()
    for t in type(typeobj).__mro__[0:-1]:
        impltype = colspecs.get(t)
        if impltype is not None:
            break
    else:
        return typeobj
    if issubclass(type(typeobj), impltype):
        return typeobj
    return typeobj.adapt(impltype)
