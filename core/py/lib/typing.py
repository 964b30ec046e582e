"""Type hints as far as run time sees them: subscriptable names with Python 3.11's reprs.

Here: Any, Union, Optional, ClassVar, Final, Literal, Annotated, NoReturn, Never, Self,
TypeAlias, the generic aliases of the builtins and of collections.abc (List, Dict, Set, FrozenSet,
Tuple, Type, Callable, Sequence, Mapping, MutableMapping, Iterable, Iterator, Generator, ...),
TypeVar, ParamSpec, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, NewType,
ForwardRef, TYPE_CHECKING (False), cast, overload, no_type_check, final, get_origin, get_args,
get_type_hints (string annotations resolve through the globalns/localns given, else through the
class's or function's own namespace when the runtime exposes it; otherwise they stay strings).
Not here: static checking of any kind (nothing is checked at run time, as in Python), TypeVarTuple,
Unpack, dataclass_transform's effects, typing.io/typing.re.
"""

import collections.abc as _abc
import types as _types

__all__ = ["Any", "Union", "Optional", "ClassVar", "Final", "Literal", "Annotated", "NoReturn", "Never",
           "Self", "TypeAlias", "List", "Dict", "Set", "FrozenSet", "Tuple", "Type", "Callable",
           "Sequence", "Mapping", "MutableMapping", "MutableSequence", "MutableSet", "AbstractSet",
           "Iterable", "Iterator", "Generator", "Collection", "Container", "Hashable", "Sized",
           "Reversible", "KeysView", "ItemsView", "ValuesView", "DefaultDict", "OrderedDict",
           "Counter", "Deque", "ChainMap", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable",
           "AsyncGenerator", "ContextManager", "AsyncContextManager", "Pattern", "Match", "Text",
           "AnyStr", "TypeVar", "ParamSpec", "Generic", "Protocol", "NamedTuple", "TypedDict",
           "NewType", "ForwardRef", "TYPE_CHECKING", "cast", "overload", "no_type_check", "final",
           "get_origin", "get_args", "get_type_hints", "runtime_checkable", "SupportsInt",
           "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound", "SupportsBytes",
           "NoneType", "is_typeddict", "assert_never", "assert_type", "reveal_type", "Required",
           "NotRequired", "LiteralString", "Concatenate", "TypeGuard", "dataclass_transform"]

TYPE_CHECKING = False
NoneType = type(None)


def _type_repr(obj):
    """How typing shows an argument: int, __main__.User, typing.Any, ..., NoneType."""
    if isinstance(obj, type) and not isinstance(obj, _Final):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    """What an argument of a subscription becomes: None is NoneType, a str a ForwardRef."""
    if arg is None:
        return NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _Final:
    """The base of typing's own objects (not a class users subclass)."""

    def __init_subclass__(cls, *args, _root=False, **kwds):
        if not _root and cls.__module__ != __name__:
            raise TypeError("Cannot subclass special typing classes")


class ForwardRef(_Final, _root=True):
    """A string annotation not yet resolved: ForwardRef('User')."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ClassVar...: named objects, some of them subscriptable."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%r is not subscriptable" % (self,))
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(cls):
        if cls is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Any type: every value is compatible with it. A class since 3.11, so it can be a base."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _tuple_args(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


class _GenericAlias(_Final, _root=True):
    """A subscription such as List[int] or Mapping[str, Any]: origin and args, as typing keeps them."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = tuple(args)
        self._name = name
        self._inst = inst
        self.__parameters__ = tuple(_collect_parameters(self.__args__))

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ == ():
            return head + "[()]"
        return "%s[%s]" % (head, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        # List[T][int]: substitutes the type variables
        params = _tuple_args(params)
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if len(params) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > len(self.__parameters__) else "few", self,
                               len(params), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        rest = bases[bases.index(self) + 1:] if self in bases else ()
        for b in rest:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in res and self.__parameters__:
                res.append(Generic)
        return tuple(res)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr in ("__origin__", "__args__", "_name", "_inst", "__parameters__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_GenericAlias, _root=True):
    """An unsubscripted List, Dict, Sequence...: stands for the builtin or abstract class."""

    def __init__(self, origin, nparams, name, inst=True):
        _GenericAlias.__init__(self, origin, (), name, inst)
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p, "") for p in _tuple_args(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few", self, len(params),
                               self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__
        return NotImplemented

    def __hash__(self):
        return hash(self.__origin__)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _TupleAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        params = tuple(_type_check(p, "") if p is not Ellipsis else p for p in _tuple_args(params))
        return _GenericAlias(tuple, params, "Tuple")


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is Ellipsis:
            return "typing.Callable[..., %s]" % _type_repr(self.__args__[1])
        args = ", ".join(_type_repr(a) for a in self.__args__[:-1])
        return "typing.Callable[[%s], %s]" % (args, _type_repr(self.__args__[-1]))


class _CallableAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is Ellipsis:
            flat = (Ellipsis, _type_check(result, ""))
        elif isinstance(args, list):
            flat = tuple(_type_check(a, "") for a in args) + (_type_check(result, ""),)
        else:
            raise TypeError("Callable[args, result]: args must be a list. Got %r" % (args,))
        return _CallableGenericAlias(self.__origin__, flat, "Callable")


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is NoneType:
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is NoneType:
                return "typing.Optional[%s]" % _type_repr(args[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), None)
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                            ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _flatten_union(args):
    flat = []
    for a in args:
        if isinstance(a, (_UnionGenericAlias, _types.UnionType)):
            flat.extend(a.__args__)
        else:
            flat.append(a)
    unique = []
    for a in flat:
        if not any(a is u or (type(a) is type(u) and a == u) for u in unique):
            unique.append(a)
    return tuple(unique)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    params = _flatten_union(tuple(_type_check(p, "") for p in _tuple_args(parameters)))
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(Union, params, "Union")


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _wrapper_getitem(self, parameter):
    if isinstance(parameter, tuple) and len(parameter) != 1:
        raise TypeError("%s accepts only single type." % (self,))
    item = parameter[0] if isinstance(parameter, tuple) else parameter
    return _GenericAlias(self, (_type_check(item, ""),), self._name)


def _literal_getitem(self, parameters):
    params = []
    for p in _tuple_args(parameters):
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        elif p not in params or not any(type(p) is type(q) for q in params if q == p):
            params.append(p)
    return _LiteralGenericAlias(self, tuple(params), "Literal")


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    origin = _type_check(params[0], "")
    metadata = params[1:]
    if isinstance(origin, _AnnotatedAlias):
        metadata = origin.__metadata__ + tuple(metadata)
        origin = origin.__origin__
    return _AnnotatedAlias(origin, metadata)


def _concatenate_getitem(self, params):
    return _GenericAlias(self, _tuple_args(params), "Concatenate")


Union = _SpecialForm("Union", _union_getitem, "Union[X, Y] means either X or Y.")
Optional = _SpecialForm("Optional", _optional_getitem, "Optional[X] is Union[X, None].")
ClassVar = _SpecialForm("ClassVar", _wrapper_getitem, "A class variable.")
Final = _SpecialForm("Final", _wrapper_getitem, "A name that cannot be re-assigned.")
Literal = _SpecialForm("Literal", _literal_getitem, "A literal value.")
Annotated = _SpecialForm("Annotated", _annotated_getitem, "A type with metadata.")
TypeGuard = _SpecialForm("TypeGuard", _wrapper_getitem)
Required = _SpecialForm("Required", _wrapper_getitem)
NotRequired = _SpecialForm("NotRequired", _wrapper_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
TypeAlias = _SpecialForm("TypeAlias")
LiteralString = _SpecialForm("LiteralString")


class TypeVar(_Final, _root=True):
    """A type variable: T = TypeVar('T'); repr ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c, "") for c in constraints)
        self.__bound__ = _type_check(bound, "") if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpec(TypeVar, _root=True):
    """A parameter specification variable (P = ParamSpec('P'))."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = _SpecialForm(name + ".args")
        self.kwargs = _SpecialForm(name + ".kwargs")


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


def _collect_parameters(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        elif isinstance(a, _GenericAlias):
            for p in a.__parameters__:
                if p not in found:
                    found.append(p)
    return found


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, subst) for a in arg.__args__))
    return arg


class Generic:
    """The base of generic classes: class Box(Generic[T]); Box[int] is an alias of Box."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = tuple(_type_check(p, "") for p in _tuple_args(params))
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to %s[...] must all be type variables or parameter "
                                    "specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
        return _GenericAlias(cls, params, None)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {}).keys()):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol", "_is_runtime_protocol",
                    "__dict__", "__args__", "__slots__", "__next_in_mro__", "__parameters__", "__origin__",
                    "__orig_bases__", "__extra__", "__tree_hash__", "__doc__", "__subclasshook__", "__init__",
                    "__new__", "__module__", "_MutableMapping__marker", "__qualname__", "__init_subclass__",
                    "__class_getitem__", "__protocol_attrs__"):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    """isinstance() with a protocol: by its attributes when @runtime_checkable, else refused."""

    def __instancecheck__(cls, instance):
        if any(c is cls for c in type(instance).__mro__):
            return True
        if not cls.__dict__.get("_is_protocol", False):
            return False
        if not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if getattr(cls, attr, None) is not None and getattr(instance, attr) is None and callable(
                    getattr(cls, attr, None)):
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A structural base class; runtime_checkable protocols answer isinstance by their attributes."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "_is_runtime_protocol" not in cls.__dict__:
            cls._is_runtime_protocol = False


def runtime_checkable(cls):
    """Marks a Protocol for isinstance checks (the check looks for the protocol's methods)."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, nparams, name, inst=True):
    return _SpecialGenericAlias(origin, nparams, name, inst)


import collections as _collections

Hashable = _alias(_abc.Hashable, 0, "Hashable")
Awaitable = _alias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _alias(_abc.Coroutine, 3, "Coroutine")
AsyncIterable = _alias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _alias(_abc.AsyncIterator, 1, "AsyncIterator")
Iterable = _alias(_abc.Iterable, 1, "Iterable")
Iterator = _alias(_abc.Iterator, 1, "Iterator")
Reversible = _alias(_abc.Reversible, 1, "Reversible")
Sized = _alias(_abc.Sized, 0, "Sized")
Container = _alias(_abc.Container, 1, "Container")
Collection = _alias(_abc.Collection, 1, "Collection")
Callable = _CallableAlias(_abc.Callable, 2, "Callable")
AbstractSet = _alias(_abc.Set, 1, "AbstractSet")
MutableSet = _alias(_abc.MutableSet, 1, "MutableSet")
Mapping = _alias(_abc.Mapping, 2, "Mapping")
MutableMapping = _alias(_abc.MutableMapping, 2, "MutableMapping")
Sequence = _alias(_abc.Sequence, 1, "Sequence")
MutableSequence = _alias(_abc.MutableSequence, 1, "MutableSequence")
ByteString = _alias(_abc.ByteString, 0, "ByteString")
Tuple = _TupleAlias(tuple, -1, "Tuple", inst=False)
List = _alias(list, 1, "List", inst=False)
Deque = _alias(_collections.deque, 1, "Deque")
Set = _alias(set, 1, "Set", inst=False)
FrozenSet = _alias(frozenset, 1, "FrozenSet", inst=False)
MappingView = _alias(_abc.MappingView, 1, "MappingView")
KeysView = _alias(_abc.KeysView, 1, "KeysView")
ItemsView = _alias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _alias(_abc.ValuesView, 1, "ValuesView")
ContextManager = _alias(object, 1, "ContextManager")
AsyncContextManager = _alias(object, 1, "AsyncContextManager")
Dict = _alias(dict, 2, "Dict", inst=False)
DefaultDict = _alias(_collections.defaultdict, 2, "DefaultDict")
OrderedDict = _alias(_collections.OrderedDict, 2, "OrderedDict")
Counter = _alias(_collections.Counter, 1, "Counter")
ChainMap = _alias(_collections.ChainMap, 2, "ChainMap")
Generator = _alias(_abc.Generator, 3, "Generator")
AsyncGenerator = _alias(_abc.AsyncGenerator, 2, "AsyncGenerator")
Type = _alias(type, 1, "Type", inst=False)
Pattern = _alias(object, 1, "Pattern")
Match = _alias(object, 1, "Match")
Text = str


class SupportsInt(Protocol):
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    def __float__(self):
        pass


class SupportsIndex(Protocol):
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    def __round__(self, ndigits=0):
        pass


class SupportsBytes(Protocol):
    def __bytes__(self):
        pass


def cast(typ, val):
    """Returns val unchanged: a cast only informs a type checker."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    sys.stderr.write("Runtime type is %r\n" % (type(obj).__name__,))
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError("You should not call an overloaded function. A series of @overload-decorated "
                              "functions outside a stub module should always be followed by an implementation "
                              "that is not @overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function; the undecorated definition that follows wins."""
    return _overload_dummy


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_origin(tp):
    """List[int] -> list, Union[a, b] -> Union, Annotated[t, m] -> Annotated; else None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """List[int] -> (int,), Callable[[int], str] -> ([int], str); () for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, (_types.GenericAlias, _types.UnionType)):
        return tp.__args__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is Ellipsis:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def _resolve(value, globalns, localns):
    """A string annotation's value: names and dotted names looked up; the rest stays as it is."""
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    elif isinstance(value, _UnionGenericAlias):
        return Union[tuple(_resolve(a, globalns, localns) for a in value.__args__)]
    elif isinstance(value, _CallableGenericAlias):
        return value.copy_with(tuple(_resolve(a, globalns, localns) for a in value.__args__))
    elif isinstance(value, _GenericAlias) and not isinstance(value, (_SpecialGenericAlias, _AnnotatedAlias,
                                                                     _LiteralGenericAlias)):
        if value.__args__:
            return value.copy_with(tuple(_resolve(a, globalns, localns) for a in value.__args__))
        return value
    if value is None:
        return NoneType
    if not isinstance(value, str):
        return value
    text = value.strip()
    parts = text.split(".")
    if not all(p.isidentifier() for p in parts):
        raise NameError("Revlab resolves only names and dotted names in string annotations, not %r" % (text,))
    for ns in (localns, globalns):
        if ns is not None and parts[0] in ns:
            obj = ns[parts[0]]
            break
    else:
        import builtins
        if hasattr(builtins, parts[0]):
            obj = getattr(builtins, parts[0])
        else:
            raise NameError("name %r is not defined" % (parts[0],))
    for p in parts[1:]:
        obj = getattr(obj, p)
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (through its bases), function or module, with None as NoneType
    and string annotations resolved (by name: see the module's docstring)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            base_globals = globalns
            if base_globals is None:
                base_globals = _module_namespace(base)
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _resolve(value, base_globals, base_locals)
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            raise TypeError("%r is not a module, class, method, or function." % (obj,))
        if globalns is None:
            globalns = _module_namespace(obj)
        for name, value in ann.items():
            hints[name] = _resolve(value, globalns, localns)
    if not include_extras:
        hints = {k: _strip_annotations(v) for k, v in hints.items()}
    return hints


def _module_namespace(obj):
    """The globals of the module obj was defined in (through the import system when sys.modules
    does not list the module)."""
    import sys
    name = getattr(obj, "__module__", None)
    if not name:
        return None
    module = sys.modules.get(name)
    if module is None:
        try:
            module = __import__(name)
            for part in name.split(".")[1:]:
                module = getattr(module, part)
        except (ImportError, AttributeError):
            return None
    return vars(module)


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def NewType(name, tp):
    """A distinct name for a type, for checkers; at run time a function returning its argument."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def _make_nmtuple(name, fields, defaults, module):
    from collections import namedtuple
    names = [n for n, _ in fields]
    nm_tpl = namedtuple(name, names, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(fields)
    return nm_tpl


_prohibited_namedtuple_fields = ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                 "_field_defaults", "_make", "_replace", "_asdict", "_source")
_special_namedtuple_fields = ("__module__", "__name__", "__annotations__", "__qualname__", "__doc__")


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "", ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(), [ns[n] for n in default_names], ns.get("__module__"))
        for key in ns:
            if key in _prohibited_namedtuple_fields:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special_namedtuple_fields and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__doc__" in ns and ns["__doc__"] is not None:
            nm_tpl.__doc__ = ns["__doc__"]
        return nm_tpl


# the base that NamedTuple stands for in a class statement (made without NamedTupleMeta.__new__)
_NamedTupleBase = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with annotated fields: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    return _make_nmtuple(typename, list(fields), [], "__main__")


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        tp_dict.__annotations__ = annotations
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for key in own:
            (required if total else optional).add(key)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


_TypedDictBase = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with known keys, for checkers; its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def _type_or(left, right):
    """X | Y on classes, as Python 3.10+ makes it: a types.UnionType (repr 'int | None').
    The runtime's type.__or__ may call this instead of Union[X, Y]."""
    return _types.UnionType._make(left, right)


def _generic_alias(origin, args):
    """list[int] and the like: a types.GenericAlias (repr 'list[int]'), for the runtime's
    __class_getitem__ of the builtin classes."""
    return _types.GenericAlias(origin, args)
