"""inspect, as far as libraries ask about functions: signature() with its Parameters (names, kinds,
defaults), getfullargspec(), and the is*() predicates. There are no frames or code objects in
Revlab's sandbox, so nothing here reaches them."""

import _revlab_inspect
import types as _types


class _Empty:
    def __repr__(self):
        return "<class 'inspect._empty'>"


_empty = _Empty()


class Parameter:
    POSITIONAL_ONLY = "POSITIONAL_ONLY"
    POSITIONAL_OR_KEYWORD = "POSITIONAL_OR_KEYWORD"
    VAR_POSITIONAL = "VAR_POSITIONAL"
    KEYWORD_ONLY = "KEYWORD_ONLY"
    VAR_KEYWORD = "VAR_KEYWORD"
    empty = _empty

    def __init__(self, name, kind, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __repr__(self):
        text = self.name
        if self.kind == Parameter.VAR_POSITIONAL:
            text = "*" + text
        elif self.kind == Parameter.VAR_KEYWORD:
            text = "**" + text
        if self.default is not _empty:
            text += "=" + repr(self.default)
        return "<Parameter \"%s\">" % text


class Signature:
    empty = _empty

    def __init__(self, parameters=None, return_annotation=_empty):
        self.parameters = {p.name: p for p in (parameters or [])}
        self.return_annotation = return_annotation

    def __str__(self):
        return "(%s)" % ", ".join(
            ("*" if p.kind == Parameter.VAR_POSITIONAL else "**" if p.kind == Parameter.VAR_KEYWORD else "")
            + p.name + ("" if p.default is _empty else "=" + repr(p.default))
            for p in self.parameters.values())

    def __repr__(self):
        return "<Signature %s>" % self


def signature(obj):
    target = obj
    if isinstance(obj, type):
        init = getattr(obj, "__init__", None)
        params = signature(init).parameters.values() if isfunction(init) else []
        return Signature([p for i, p in enumerate(params) if i > 0])
    if not callable(target):
        raise TypeError("%r is not a callable object" % (obj,))
    if hasattr(target, "__wrapped__"):
        return signature(target.__wrapped__)
    if not isfunction(target) and not ismethod(target):
        call = getattr(type(target), "__call__", None)
        if isfunction(call):
            return Signature(list(signature(call).parameters.values())[1:])
        raise ValueError("no signature found for %r" % (obj,))
    annotations = getattr(_function_of(target), "__annotations__", {}) or {}
    params = []
    for name, kind, has_default, default in _revlab_inspect.parameters(target):
        params.append(Parameter(name, kind, default if has_default else _empty, annotations.get(name, _empty)))
    return Signature(params, annotations.get("return", _empty))


class FullArgSpec:
    def __init__(self, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        self.args = args
        self.varargs = varargs
        self.varkw = varkw
        self.defaults = defaults
        self.kwonlyargs = kwonlyargs
        self.kwonlydefaults = kwonlydefaults
        self.annotations = annotations

    def __iter__(self):
        return iter((self.args, self.varargs, self.varkw, self.defaults, self.kwonlyargs,
                     self.kwonlydefaults, self.annotations))

    def __repr__(self):
        return ("FullArgSpec(args=%r, varargs=%r, varkw=%r, defaults=%r, kwonlyargs=%r, kwonlydefaults=%r, "
                "annotations=%r)" % tuple(self))


def getfullargspec(func):
    args, defaults, kwonly, kwdefaults = [], [], [], {}
    varargs = varkw = None
    for name, kind, has_default, default in _revlab_inspect.parameters(_function_of(func)):
        if kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
            args.append(name)
            if has_default:
                defaults.append(default)
        elif kind == Parameter.VAR_POSITIONAL:
            varargs = name
        elif kind == Parameter.KEYWORD_ONLY:
            kwonly.append(name)
            if has_default:
                kwdefaults[name] = default
        else:
            varkw = name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly, kwdefaults or None,
                       dict(getattr(_function_of(func), "__annotations__", {}) or {}))


def _function_of(obj):
    return getattr(obj, "__func__", obj)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isgeneratorfunction(obj):
    return False


def iscoroutinefunction(obj):
    return False


def isawaitable(obj):
    return False


def isabstract(obj):
    return bool(getattr(obj, "__abstractmethods__", False))


def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    out = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            out.append((name, value))
    return out


def getdoc(obj):
    return getattr(obj, "__doc__", None)
