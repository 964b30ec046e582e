"""Names for the types of built-in objects, as the types module has them.

Here: SimpleNamespace, MappingProxyType (a read-only view of a mapping), FunctionType, LambdaType,
MethodType, BuiltinFunctionType, BuiltinMethodType, ModuleType, NoneType, NotImplementedType,
EllipsisType, new_class and DynamicClassAttribute (as a plain property).
Not here: code, frame, traceback and generator types (the sandbox hides frames and runs no
generators), prepare_class, coroutine.
"""

import sys as _sys


def _f():
    pass


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
del _f, _C, _sys


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
