"""Per-object ORM state: what SQLAlchemy's InstanceState tracks, reduced to what a flush needs.

An object is transient (new, not in a Session), pending (added, not flushed), persistent (flushed or
loaded: it has an identity), or deleted. `committed` holds the column values as last loaded or
flushed; `modified` the attribute keys set since, which a flush turns into an UPDATE of those
columns only.
"""


class InstanceState:
    def __init__(self, obj, mapper):
        self.obj = obj
        self.mapper = mapper
        self.session = None
        self.key = None  # (class, primary key tuple) once persistent
        self.committed = {}
        self.modified = set()
        self.deleted = False
        self.expired = False
        self.loaded_relationships = {}

    @property
    def transient(self):
        return self.key is None and self.session is None

    @property
    def pending(self):
        return self.key is None and self.session is not None

    @property
    def persistent(self):
        return self.key is not None and self.session is not None and not self.deleted

    @property
    def detached(self):
        return self.key is not None and self.session is None

    @property
    def identity(self):
        return self.key[1] if self.key is not None else None

    @property
    def identity_key(self):
        return self.key

    @property
    def has_identity(self):
        return self.key is not None

    @property
    def object(self):
        return self.obj

    @property
    def attrs(self):
        return _AttributeStates(self)

    @property
    def dict(self):
        return self.obj.__dict__


class _AttributeState:
    def __init__(self, state, key):
        self.state = state
        self.key = key

    @property
    def value(self):
        return getattr(self.state.obj, self.key)

    @property
    def loaded_value(self):
        return self.state.obj.__dict__.get(self.key)

    @property
    def history(self):
        from .attributes import History

        key = self.key
        if key in self.state.modified:
            old = self.state.committed.get(key)
            return History([self.state.obj.__dict__.get(key)], (), [old] if old is not None else [])
        value = self.state.obj.__dict__.get(key)
        return History((), [value] if value is not None else [], ())


class _AttributeStates:
    def __init__(self, state):
        self._state = state

    def __getattr__(self, key):
        return _AttributeState(self._state, key)

    def __getitem__(self, key):
        return _AttributeState(self._state, key)


def instance_state(obj):
    state = obj.__dict__.get("_sa_instance_state")
    if state is None:
        mapper = type(obj).__mapper__
        state = InstanceState(obj, mapper)
        obj.__dict__["_sa_instance_state"] = state
    return state
