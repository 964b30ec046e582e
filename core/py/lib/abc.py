"""Abstract base classes, as the abc module has them.

Here: ABCMeta (abstract methods collected into __abstractmethods__, instantiation refused with
Python's message, register() of virtual subclasses, __subclasshook__), ABC, abstractmethod,
abstractclassmethod, abstractstaticmethod, abstractproperty, get_cache_token,
update_abstractmethods.
Not here: the caches and weak references of _abc (registries here are plain lists).
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class that keeps it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # a property, classmethod or staticmethod around an abstract function
    if isinstance(value, property):
        inner = (value.fget, value.fset, value.fdel)
    elif isinstance(value, (classmethod, staticmethod)):
        inner = (value.__func__,)
    else:
        return False
    for f in inner:
        if f is not None and getattr(f, "__isabstractmethod__", False):
            return True
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """The metaclass of abstract classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__") or getattr(cls, "__abstractmethods__", ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Makes subclass a virtual subclass: issubclass and isinstance answer True."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if subclass in cls._abc_registry or cls in subclass.__mro__:
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = cls.__dict__.get("__subclasshook__")
        if hook is not None:
            ok = getattr(cls, "__subclasshook__")(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for registered in cls.__dict__.get("_abc_registry", ()):
            if registered in subclass.__mro__ or issubclass(subclass, registered):
                return True
        for sub in cls.__dict__.get("_abc_subclasses", ()):
            if issubclass(subclass, sub):
                return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)


class ABC(metaclass=ABCMeta):
    """A helper class: subclassing ABC gives a class ABCMeta as metaclass."""

    __slots__ = ()


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    """Recomputes __abstractmethods__ after methods were added to a class."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls
