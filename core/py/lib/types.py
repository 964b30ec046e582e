"""Names for the types of built-in objects, as the types module has them.

Here: SimpleNamespace, MappingProxyType (a read-only view of a mapping), FunctionType, LambdaType,
MethodType, BuiltinFunctionType, BuiltinMethodType, ModuleType, NoneType, NotImplementedType,
EllipsisType, GeneratorType, GenericAlias (list[int]) and UnionType (int | None) for the runtime to
return, new_class and DynamicClassAttribute (as a plain property).
Not here: code, frame and traceback types (the sandbox hides frames), prepare_class, coroutine.
"""

import sys as _sys


def _f():
    pass


def _g():
    yield


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GeneratorType = type(_g())
del _f, _g, _C, _sys


class SimpleNamespace:
    """An object whose attributes are its keyword arguments; repr namespace(a=1, b=2)."""

    def __init__(self, mapping=None, /, **kwargs):
        if mapping is not None:
            kwargs = dict(mapping, **kwargs)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


class MappingProxyType:
    """A read-only view of a mapping: reads go through, writes raise TypeError."""

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__"):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % (name,))

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | dict(other)

    def __ror__(self, other):
        return dict(other) | dict(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    return meta(name, tuple(bases), ns, **kwds)


DynamicClassAttribute = property


def _arg_repr(obj):
    if obj is Ellipsis:
        return "..."
    if obj is NoneType:
        return "None"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    return repr(obj)


class GenericAlias:
    """A builtin class subscripted, as list[int] makes it: origin and args, repr 'list[int]'."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if type(a).__name__ in ("TypeVar", "ParamSpec"))

    def __repr__(self):
        if not self.__args__:
            return "%s[()]" % _arg_repr(self.__origin__)
        return "%s[%s]" % (_arg_repr(self.__origin__), ", ".join(_arg_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % (self,))
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__))

    def __or__(self, other):
        return UnionType._make(self, other)

    def __ror__(self, other):
        return UnionType._make(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """X | Y of classes, as Python 3.10+ makes it: repr 'int | None', usable with isinstance."""

    def __init__(self, args):
        self.__args__ = args

    @classmethod
    def _make(cls, left, right):
        args = []
        for a in (left, right):
            a = NoneType if a is None else a
            for item in (a.__args__ if isinstance(a, UnionType) else (a,)):
                if item not in args:
                    args.append(item)
        if len(args) == 1:
            return args[0]
        return cls(tuple(args))

    def __repr__(self):
        return " | ".join(_arg_repr(a) for a in self.__args__)

    def __or__(self, other):
        return UnionType._make(self, other)

    def __ror__(self, other):
        return UnionType._make(other, self)

    def __eq__(self, other):
        if isinstance(other, UnionType) or type(other).__name__ == "_UnionGenericAlias":
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)
