"""Data classes, as the dataclasses module makes them.

Here: @dataclass (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only; inheritance of
fields; __post_init__; InitVar; ClassVar fields skipped), field (default, default_factory, init,
repr, hash, compare, metadata, kw_only), KW_ONLY, fields, asdict, astuple, replace, is_dataclass,
make_dataclass, FrozenInstanceError, MISSING.
Python writes the generated methods as source and execs them; Revlab has no exec, so they are
general functions that bind arguments as Python would, with Python's messages.
Not here: slots=True and weakref_slot (accepted, no effect).
"""

import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields",
           "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "<dataclasses._KW_ONLY_TYPE object>"


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class InitVar:
    """An __init__-only pseudo-field: passed to __post_init__, not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns and fields() lists."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        from types import MappingProxyType
        self.metadata = MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,"
                "metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describes one field: its default or default_factory and whether it is in init, repr, ==, hash."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _annotation_kind(tp):
    """_FIELD_CLASSVAR for ClassVar[...] (object or string), _FIELD_INITVAR for InitVar, else _FIELD."""
    if isinstance(tp, str):
        text = tp.replace(" ", "")
        for prefix in ("ClassVar", "typing.ClassVar"):
            if text == prefix or text.startswith(prefix + "["):
                return _FIELD_CLASSVAR
        for prefix in ("InitVar", "dataclasses.InitVar"):
            if text == prefix or text.startswith(prefix + "["):
                return _FIELD_INITVAR
        return _FIELD
    if isinstance(tp, InitVar) or tp is InitVar:
        return _FIELD_INITVAR
    try:
        import typing
    except ImportError:
        return _FIELD
    if tp is typing.ClassVar or getattr(tp, "__origin__", None) is typing.ClassVar:
        return _FIELD_CLASSVAR
    return _FIELD


def _is_kw_only_marker(tp):
    return tp is KW_ONLY or (isinstance(tp, str) and tp.replace(" ", "") in ("KW_ONLY", "dataclasses.KW_ONLY"))


def _get_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _annotation_kind(tp)
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (name,))
    if f._field_type is _FIELD:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    elif f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and getattr(type(f.default), "__hash__", 0) is None:
        raise ValueError("mutable default %r for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


def _join_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind(qualname, positional, kw_only, defaults, args, kwargs):
    """Binds a call's arguments to the parameter names as Python does, with its messages."""
    bound = {}
    for name, value in zip(positional, args):
        bound[name] = value
    for key, value in kwargs.items():
        if key not in positional and key not in kw_only:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
        if key in bound:
            raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
        bound[key] = value
    if len(args) > len(positional):
        required = len([n for n in positional if n not in defaults])
        if required == len(positional):
            count = "%d positional argument%s" % (required + 1, "" if required == 0 else "s")
        else:
            count = "from %d to %d positional arguments" % (required + 1, len(positional) + 1)
        raise TypeError("%s() takes %s but %d %s given"
                        % (qualname, count, len(args) + 1, "was" if len(args) == 0 else "were"))
    missing = [n for n in positional if n not in bound and n not in defaults]
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s"
                        % (qualname, len(missing), "" if len(missing) == 1 else "s", _join_names(missing)))
    missing = [n for n in kw_only if n not in bound and n not in defaults]
    if missing:
        raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                        % (qualname, len(missing), "" if len(missing) == 1 else "s", _join_names(missing)))
    return bound


def _make_init(cls, fields, frozen, has_post_init):
    init_fields = [f for f in fields if f.init]
    positional = [f.name for f in init_fields if not f.kw_only]
    kw_only = [f.name for f in init_fields if f.kw_only]
    defaults = {f.name: f for f in init_fields if f.default is not MISSING or f.default_factory is not MISSING}
    seen_default = None
    for f in init_fields:
        if f.kw_only:
            continue
        if f.name in defaults:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument %r follows default argument" % (f.name,))
    qualname = cls.__qualname__ + ".__init__"
    initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        bound = _bind(qualname, positional, kw_only, defaults, args, kwargs)
        for f in fields:
            if f._field_type is not _FIELD:
                continue
            if f.name in bound:
                value = bound[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init or f.default is not MISSING:
                if f.default is MISSING:
                    continue
                value = f.default
            else:
                continue
            if frozen:
                setter(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for name in initvars:
                if name in bound:
                    extra.append(bound[name])
                else:
                    extra.append(defaults[name].default)
            self.__post_init__(*extra)

    __init__.__qualname__ = qualname
    return __init__


def _recursive_repr_guard():
    running = set()

    def decorate(fn):
        def wrapper(self):
            key = id(self)
            if key in running:
                return "..."
            running.add(key)
            try:
                return fn(self)
            finally:
                running.discard(key)
        return wrapper
    return decorate


def _make_repr(fields):
    shown = [f.name for f in fields if f.repr and f._field_type is _FIELD]

    @_recursive_repr_guard()
    def __repr__(self):
        return "%s(%s)" % (type(self).__qualname__,
                           ", ".join("%s=%r" % (name, getattr(self, name)) for name in shown))
    return __repr__


def _compared(fields):
    return [f.name for f in fields if f.compare and f._field_type is _FIELD]


def _make_eq(fields):
    names = _compared(fields)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)
        return NotImplemented
    return __eq__


def _make_order(fields, op):
    names = _compared(fields)

    def compare(self, other):
        if other.__class__ is self.__class__:
            a = tuple(getattr(self, n) for n in names)
            b = tuple(getattr(other, n) for n in names)
            if op == "__lt__":
                return a < b
            if op == "__le__":
                return a <= b
            if op == "__gt__":
                return a > b
            return a >= b
        return NotImplemented
    compare.__name__ = op
    return compare


def _make_hash(fields):
    names = [f.name for f in fields if f._field_type is _FIELD and (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    return __hash__


def _make_frozen(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = b.__dataclass_params__.frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if _is_kw_only_marker(tp):
            kw_only_now = True
            continue
        own_fields.append(_get_field(cls, name, tp, kw_only_now))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _make_init(cls, [f for f in all_fields if f._field_type is not _FIELD_CLASSVAR],
                                                         frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(std_fields))
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(std_fields))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, op, _make_order(std_fields, op)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (op, cls.__name__))
    if frozen:
        setattr_fn, delattr_fn = _make_frozen(cls, std_fields)
        if _set_new_attribute(cls, "__setattr__", setattr_fn) or _set_new_attribute(cls, "__delattr__", delattr_fn):
            raise TypeError("Cannot overwrite attribute __setattr__ in class %s" % cls.__name__)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _make_hash(std_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(std_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + _signature_text(cls, all_fields) if init else cls.__name__ + "()"
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_fields if f.init and not f.kw_only))
    return cls


def _format_annotation(tp):
    if getattr(tp, "__module__", None) == "typing":
        return repr(tp).replace("typing.", "")
    if isinstance(tp, type):
        if tp.__module__ == "builtins":
            return tp.__qualname__
        return tp.__module__ + "." + tp.__qualname__
    return repr(tp)


def _signature_text(cls, all_fields):
    """The signature of __init__ as inspect.signature shows it: (x: int, y: int = 0)."""
    params = []
    star = False
    for f in all_fields:
        if not f.init or f._field_type is _FIELD_CLASSVAR:
            continue
        if f.kw_only and not star:
            params.append("*")
            star = True
        text = "%s: %s" % (f.name, _format_annotation(f.type))
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += " = %r" % (f.default,)
        params.append(text)
    return "(%s)" % ", ".join(params)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and more on request) to a class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or of an instance of one, in order."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists, tuples, dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()"
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """A dataclass from a list of names, (name, type) or (name, type, Field)."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    ns["__module__"] = module if module is not None else "types"
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
