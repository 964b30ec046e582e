"""Alembic's exceptions, and the ones an op.* call raises in Revlab when it fails.

An operation whose SQL SQLite refuses raises SQLAlchemy's DBAPIError for it, as under Alembic, which
runs the SQL through SQLAlchemy: `except OperationalError as e:` catches it, and `str(e.orig)` is
SQLite's message ("no such table: x"). One that Revlab's checks refuse raises OperationError. Either
way `try: op.drop_constraint(...) except Exception: pass` goes on as it does under Alembic, and an
uncaught one fails the step with the operation's own message and place.
"""


class CommandError(Exception):
    pass


class OperationError(Exception):
    """An op.* or batch_op.* call that failed: str(error) is Revlab's message for it."""


def sql_error(message, sql, params=None):
    """SQLAlchemy's exception for a statement SQLite refused (sqlalchemy.exc.OperationalError,
    IntegrityError, ... around the sqlite3 error), as Connection.execute raises it."""
    from sqlalchemy import _dbapi
    from sqlalchemy import exc as sa_exc

    prefix = "(sqlite3.ProgrammingError) "
    if message.startswith(prefix):
        orig = _dbapi.ProgrammingError(message[len(prefix):])
    else:
        orig = _dbapi.classify(RuntimeError(message))
    return sa_exc.DBAPIError.instance(sql, tuple(params or ()), orig, _dbapi.Error)


def operation_error(message):
    """The exception for an operation Revlab refuses: the one Alembic raises where Alembic raises one
    (NotImplementedError for a constraint change outside batch mode on SQLite, NoSuchTableError for a
    batch on a missing table), else OperationError."""
    if message.startswith("No support for ALTER of constraints in SQLite dialect"):
        return NotImplementedError(message)
    missing = "'): no such table in the database"
    if message.startswith("batch_alter_table('") and missing in message:
        # the batch's Table(name, autoload_with=conn) found no table
        from sqlalchemy.exc import NoSuchTableError

        return NoSuchTableError(message[len("batch_alter_table('"):message.index(missing)])
    return OperationError(message)
