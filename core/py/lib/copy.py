"""Shallow and deep copies, as the copy module makes them.

Here: copy, deepcopy (with the memo that keeps shared and cyclic references), Error. Lists,
dicts, sets, tuples, instances with a __dict__, subclasses of the builtin containers, and classes
that define __copy__, __deepcopy__, __reduce_ex__/__reduce__, __getnewargs__, __getstate__ or
__setstate__ are copied as Python copies them. Functions, classes and immutable values are
returned as they are.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

try:
    _bytearray = bytearray
except NameError:  # not every build of the sandbox has bytearray
    _bytearray = None

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: None), property)


def _user_reduce(cls):
    """The __reduce_ex__ or __reduce__ a Python class defines, or None."""
    for klass in cls.__mro__:
        if klass is object or getattr(klass, "__module__", None) == "builtins":
            continue
        if "__reduce_ex__" in klass.__dict__:
            return "__reduce_ex__"
        if "__reduce__" in klass.__dict__:
            return "__reduce__"
    return None


def _default_reduce(x):
    """What object.__reduce_ex__(4) gives for x: (class, args, kwargs, state, listitems, dictitems)."""
    cls = type(x)
    args, kwargs = (), {}
    if hasattr(x, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, "__getnewargs__"):
        args = x.__getnewargs__()
    elif isinstance(x, frozenset):
        args = (list(x),)
    state = None
    getstate = None
    for klass in cls.__mro__:
        if klass is object:
            break
        if "__getstate__" in klass.__dict__:
            getstate = klass.__dict__["__getstate__"]
            break
    if getstate is not None:
        state = x.__getstate__()
    else:
        try:
            d = x.__dict__
        except AttributeError:
            d = None
        if d:
            state = dict(d)
        slots = {}
        for klass in cls.__mro__:
            names = klass.__dict__.get("__slots__", ())
            if isinstance(names, str):
                names = (names,)
            for name in names:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    name = "_%s%s" % (klass.__name__.lstrip("_"), name)
                try:
                    slots[name] = getattr(x, name)
                except AttributeError:
                    pass
        if slots:
            state = (state, slots)
    listitems = list(x) if isinstance(x, list) else None
    dictitems = list(x.items()) if isinstance(x, dict) else None
    setitems = list(x) if isinstance(x, set) else None
    return cls, args, kwargs, state, listitems, dictitems, setitems


def _reconstruct(x, memo, deep):
    cls = type(x)
    which = _user_reduce(cls)
    if which is not None:
        rv = getattr(x, which)(4) if which == "__reduce_ex__" else x.__reduce__()
        if isinstance(rv, str):
            return x
        rv = tuple(rv) + (None,) * (6 - len(rv))
        func, args, state, listiter, dictiter, _setter = rv[:6]
        if deep:
            args = deepcopy(args, memo)
        y = func(*args)
        listitems = list(listiter) if listiter is not None else None
        dictitems = list(dictiter) if dictiter is not None else None
        setitems = None
    else:
        cls, args, kwargs, state, listitems, dictitems, setitems = _default_reduce(x)
        if deep:
            args = deepcopy(args, memo)
            kwargs = deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listitems is not None:
        for item in listitems:
            list.append(y, deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    if setitems is not None:
        for item in setitems:
            set.add(y, deepcopy(item, memo) if deep else item)
    return y


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is _bytearray:
        return _bytearray(x)
    if isinstance(x, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances copied all the way down, once each."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple that refers to itself through a list is now in the memo
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, items)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is _bytearray:
        y = _bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)  # keeps x alive, as Python does
    return y
