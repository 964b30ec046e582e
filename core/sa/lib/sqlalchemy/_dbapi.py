"""Stand-ins for the sqlite3 module's exception classes: the `orig` of a DBAPIError, named as Python's
sqlite3 names them ("(sqlite3.IntegrityError) UNIQUE constraint failed: t.id"), and the driver-level
facts SQLAlchemy's dialect reports (paramstyle, sqlite_version).

An error of `_revlab_sa.execute` is classified by its SQLite message as pysqlite classifies it by
result code: constraint failures and datatype mismatches are IntegrityError, a too-big value
DataError, the rest OperationalError.
"""
paramstyle = "qmark"
apilevel = "2.0"


class Warning(Exception):  # noqa: A001
    __module__ = "sqlite3"


class Error(Exception):
    __module__ = "sqlite3"


class InterfaceError(Error):
    __module__ = "sqlite3"


class DatabaseError(Error):
    __module__ = "sqlite3"


class DataError(DatabaseError):
    __module__ = "sqlite3"


class OperationalError(DatabaseError):
    __module__ = "sqlite3"


class IntegrityError(DatabaseError):
    __module__ = "sqlite3"


class InternalError(DatabaseError):
    __module__ = "sqlite3"


class ProgrammingError(DatabaseError):
    __module__ = "sqlite3"


class NotSupportedError(DatabaseError):
    __module__ = "sqlite3"


# Python's sqlite3 names a C type with its module ("decimal.Decimal"), a class written in Python by its name.
_C_TYPE_MODULES = frozenset(["datetime", "decimal", "collections", "array"])


def adapt(value, position):
    """A value of a type SQLite has no storage class for, through sqlite3's adapters (Python 3.11's
    defaults: date -> isoformat(), datetime -> isoformat(" "), the exact types only)."""
    import datetime

    kind = type(value)
    if kind is datetime.datetime:
        return value.isoformat(" ")
    if kind is datetime.date:
        return value.isoformat()
    conform = getattr(value, "__conform__", None)
    if conform is not None:
        adapted = conform(PrepareProtocol)
        if adapted is not None:
            return adapted
    if kind is bytearray:
        return bytes(value)
    name = kind.__qualname__
    if kind.__module__ in _C_TYPE_MODULES:
        name = kind.__module__ + "." + name
    raise ProgrammingError("Error binding parameter %d: type '%s' is not supported" % (position, name))


class PrepareProtocol:
    __module__ = "sqlite3"


def sqlite_version():
    import _revlab_sa

    return _revlab_sa.sqlite_version


def _strip_host_text(message):
    """The SQLite message alone, without what the host adds around it."""
    text = str(message)
    for prefix in ("sqlite: ", "SQLite error: ", "sqlite error: "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    # The host may append the statement (" in: SELECT ..." / "\n..."): SQLAlchemy shows it apart.
    for marker in ("\n", " (while running", " [SQL:", " in statement"):
        i = text.find(marker)
        if i > 0:
            text = text[0:i]
    return text


def classify(error):
    """The sqlite3-style exception for an error raised by _revlab_sa."""
    if isinstance(error, Error):
        return error
    name = type(error).__name__
    message = _strip_host_text(error.args[0] if error.args else error)
    if name == "InterfaceError":
        return InterfaceError(message)
    if message.startswith("Error binding parameter "):
        # a value sqlite3 cannot bind (3.11: "Error binding parameter 2: type 'UUID' is not supported")
        return ProgrammingError(message)
    if "constraint failed" in message or "datatype mismatch" in message:
        return IntegrityError(message)
    if "string or blob too big" in message or "too big" in message:
        return DataError(message)
    return OperationalError(message)
