"""Loader options (joinedload, selectinload, ...): accepted and without effect, since Revlab's ORM
loads relationships lazily (the rows are the same; only the number of queries differs)."""


class Load:
    def __init__(self, *args, **kw):
        self.args = args

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)

        def chain(*args, **kw):
            return self

        return chain


def _option(*args, **kw):
    return Load(*args)


joinedload = selectinload = subqueryload = lazyload = noload = raiseload = immediateload = _option
defaultload = load_only = defer = undefer = undefer_group = contains_eager = selectin_polymorphic = _option
with_expression = _option
