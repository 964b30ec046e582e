"""What the MySQL and PostgreSQL types (sqlalchemy.dialects.mysql / .postgresql) share in Revlab, which
runs them on SQLite only.

A dialect type that SQLite's type compiler renders through a generic visit (mysql.VARCHAR is VARCHAR,
mysql.DATETIME(fsp=6) is DATETIME, postgresql.JSON is JSON) records itself as that generic type, built
from its state, so Revlab's operations render and store it as SQLAlchemy does. One that SQLite cannot
render (mysql.TINYINT, postgresql.UUID, postgresql.JSONB, ...) keeps its own name: its DDL fails as
SQLAlchemy's does ("Compiler <...SQLiteTypeCompiler object> can't render element of type UUID"), while
its values still go through its Python bind processor (e.g. JSONB as JSON text).
"""
from .. import exc


class _GenericOnSQLite:
    """Mixin: the record is the nearest built-in SQLAlchemy type's, with that type's arguments only."""

    def _revlab_call(self):
        base = None
        for klass in type(self).__mro__:
            name = klass.__dict__.get("_revlab_name")
            if name and not name.startswith("sqlalchemy.dialects."):
                base = klass
                break
        kwargs = {}
        for name, default in base.__dict__.get("_repr_keywords", base._repr_keywords):
            value = getattr(self, name, default)
            if value != default:
                kwargs[name] = value
        args = tuple(getattr(self, name, None) for name in base._repr_positional)
        return base.__dict__["_revlab_name"], args, kwargs


class _NotOnSQLite:
    """Mixin: a type with no DDL on SQLite (SQLAlchemy's SQLite type compiler has no visit for it)."""

    def _ddl(self, dialect):
        if getattr(dialect, "name", None) == "sqlite":
            raise exc.UnsupportedCompilationError(dialect.type_compiler_name, type(self))
        return type(self).__name__

    def _revlab_call(self):
        args, kwargs = self._revlab_args
        return type(self).__dict__.get("_revlab_name") or self._revlab_name, args, kwargs

    @classmethod
    def _revlab_class_record(cls):
        return ("ref", cls._revlab_name)

    def _revlab_prebind(self, value, dialect):
        # Revlab's operations do not know this type's storage: all of its binding runs here.
        process = self.bind_processor(dialect)
        return value if process is None else process(value)
