"""sqlalchemy.pool: the pool classes env.py files name (`poolclass=pool.NullPool`). Revlab has one
connection per database, so they only carry the name."""


class Pool:
    def __init__(self, *args, **kw):
        pass


class NullPool(Pool):
    pass


class StaticPool(Pool):
    pass


class QueuePool(Pool):
    pass


class SingletonThreadPool(Pool):
    pass


class AssertionPool(Pool):
    pass
