"""sqlalchemy.event: listen / listens_for / contains / remove. Listeners are recorded and never called:
Revlab runs no connection, pool or mapper events (a script that relies on one sees nothing happen)."""

_registry = []


def listen(target, identifier, fn, *args, **kw):
    _registry.append((target, identifier, fn))


def listens_for(target, identifier, *args, **kw):
    def decorate(fn):
        listen(target, identifier, fn, *args, **kw)
        return fn

    return decorate


def contains(target, identifier, fn):
    return any(t is target and i == identifier and f is fn for t, i, f in _registry)


def remove(target, identifier, fn):
    for i, entry in enumerate(_registry):
        if entry[0] is target and entry[1] == identifier and entry[2] is fn:
            del _registry[i]
            return
