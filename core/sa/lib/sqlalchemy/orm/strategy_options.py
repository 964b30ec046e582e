"""Loader options. Relationship loaders (joinedload, selectinload, ...) are accepted and without effect,
since Revlab's ORM loads relationships lazily (the rows are the same; only the number of queries
differs). Column loaders have their effect: load_only() and defer() leave columns out of the SELECT
(data migrations use them to read a model whose other columns the database does not have yet), and
such a column is loaded when it is first read, as SQLAlchemy does."""


class Load:
    """A loader option, or Load(Entity) to which options are chained."""

    def __init__(self, entity=None, *args, **kw):
        self.entity = entity
        self.load_only_keys = None
        self.deferred_keys = set()

    def load_only(self, *attrs):
        entity, keys = _keys(attrs, self.entity)
        self.entity = entity
        self.load_only_keys = set(keys)
        return self

    def defer(self, key, *addl_attrs, **kw):
        entity, keys = _keys((key,) + addl_attrs, self.entity)
        self.entity = entity
        self.deferred_keys.update(keys)
        return self

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)

        def chain(*args, **kw):
            return self

        return chain

    def _applies_to(self, mapper):
        if self.entity is None:
            return True
        cls = getattr(self.entity, "class_", self.entity)
        return isinstance(cls, type) and issubclass(mapper.class_, cls)

    def _props(self, mapper, props):
        """The (key, column) pairs of `props` this option leaves in the SELECT."""
        if not self._applies_to(mapper):
            return props
        pk = set(id(c) for c in mapper.primary_key)
        if self.load_only_keys is not None:
            props = [(k, c) for k, c in props if k in self.load_only_keys or id(c) in pk]
        if self.deferred_keys:
            props = [(k, c) for k, c in props if k not in self.deferred_keys or id(c) in pk]
        return props


def _keys(attrs, entity):
    keys = []
    for a in attrs:
        if isinstance(a, str):
            keys.append(a.split(".")[-1])
            continue
        key = getattr(a, "key", None)
        if key is None:
            raise TypeError("expected a mapped attribute or its name, got %r" % (a,))
        keys.append(key)
        if entity is None:
            entity = getattr(a, "class_", None)
    return entity, keys


def load_only(*attrs):
    return Load().load_only(*attrs)


def defer(key, *addl_attrs, **kw):
    return Load().defer(key, *addl_attrs)


def loaded_props(mapper, options):
    """The (key, column) pairs of `mapper` a SELECT loads under these loader options."""
    props = list(mapper._props)
    for option in options:
        if isinstance(option, Load):
            props = option._props(mapper, props)
    return props


def _option(*args, **kw):
    return Load()


joinedload = selectinload = subqueryload = lazyload = noload = raiseload = immediateload = _option
defaultload = undefer = undefer_group = contains_eager = selectin_polymorphic = _option
with_expression = _option
