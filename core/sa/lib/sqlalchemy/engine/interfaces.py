"""sqlalchemy.engine.interfaces: the interfaces projects name in type hints and isinstance checks
(`def load_dialect_impl(self, dialect: Dialect)`); Revlab's SQLite dialect derives from Dialect."""


class Dialect:
    """A database's dialect: what `conn.dialect` is an instance of."""


class ExecutionContext:
    """The state of one statement's execution."""


class Connectable:
    """Engine and Connection."""


class CreateEnginePlugin:
    """A plugin create_engine() loads from the URL (Revlab loads none)."""

    def __init__(self, url, kwargs):
        self.url = url
