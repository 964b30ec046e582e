"""sqlalchemy.ext.mutable: MutableDict / MutableList as_mutable() give the type itself (in-place changes
are not tracked: assign a new value to have it flushed)."""


class Mutable:
    @classmethod
    def as_mutable(cls, sqltype):
        return sqltype

    @classmethod
    def associate_with(cls, sqltype):
        pass

    def changed(self):
        pass


class MutableDict(Mutable, dict):
    @classmethod
    def coerce(cls, key, value):
        return value


class MutableList(Mutable, list):
    @classmethod
    def coerce(cls, key, value):
        return value


class MutableSet(Mutable, set):
    pass
