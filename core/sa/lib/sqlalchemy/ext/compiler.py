"""sqlalchemy.ext.compiler: @compiles(Element, "dialect") registrations are recorded; Revlab renders
its own SQL and DDL, so they are not consulted."""

_registry = []


def compiles(class_, *specs):
    def decorate(fn):
        _registry.append((class_, specs, fn))
        return fn

    return decorate


def deregister(class_):
    pass
