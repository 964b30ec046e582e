"""SQLAlchemy's exceptions, with the same class tree, messages and str() as SQLAlchemy 1.4's exc.py.

A database error (a constraint failing, a missing table) is a DBAPIError subclass whose str() is
SQLAlchemy's: "(sqlite3.IntegrityError) UNIQUE constraint failed: t.id\\n[SQL: ...]\\n[parameters:
...]\\n(Background on this error at: https://sqlalche.me/e/14/gkpj)". `orig` is the driver's error
(an instance of sqlalchemy's stand-in for the sqlite3 module's classes, _dbapi.py).
"""

_version_token = "14"


class HasDescriptionCode:
    """Adds `code` and the "(Background on this error at: ...)" line."""

    code = None

    def _code_str(self):
        if not self.code:
            return ""
        return "(Background on this error at: https://sqlalche.me/e/%s/%s)" % (_version_token, self.code)


class SQLAlchemyError(HasDescriptionCode, Exception):
    """Generic error class."""

    def __init__(self, *arg, **kw):
        code = kw.pop("code", None)
        if code is not None:
            self.code = code
        Exception.__init__(self, *arg)

    def _message(self):
        if len(self.args) == 1:
            text = self.args[0]
            if isinstance(text, bytes):
                text = text.decode("utf-8", "backslashreplace")
            return str(text)
        return str(self.args) if self.args else ""

    def _sql_message(self):
        message = self._message()
        if self.code:
            message = "%s %s" % (message, self._code_str())
        return message

    def __str__(self):
        return self._sql_message()


class ArgumentError(SQLAlchemyError):
    pass


class ObjectNotExecutableError(ArgumentError):
    def __init__(self, target):
        ArgumentError.__init__(self, "Not an executable object: %r" % (target,))
        self.target = target


class NoSuchModuleError(ArgumentError):
    pass


class NoForeignKeysError(ArgumentError):
    pass


class AmbiguousForeignKeysError(ArgumentError):
    pass


class CircularDependencyError(SQLAlchemyError):
    pass


class CompileError(SQLAlchemyError):
    pass


class UnsupportedCompilationError(CompileError):
    code = "l7de"

    def __init__(self, compiler, element_type, message=None):
        name = getattr(element_type, "__name__", None) or getattr(element_type, "name", str(element_type))
        CompileError.__init__(self, "Compiler %s can't render element of type %s%s"
                              % (getattr(compiler, "type_compiler_name", compiler) if not isinstance(compiler, str)
                                 else compiler, name, ": %s" % message if message else ""))


class IdentifierError(SQLAlchemyError):
    pass


class DisconnectionError(SQLAlchemyError):
    pass


class TimeoutError(SQLAlchemyError):  # noqa: A001
    pass


class InvalidRequestError(SQLAlchemyError):
    pass


class NoInspectionAvailable(InvalidRequestError):
    pass


class PendingRollbackError(InvalidRequestError):
    pass


class ResourceClosedError(InvalidRequestError):
    pass


class NoSuchColumnError(InvalidRequestError, KeyError):
    def __str__(self):
        return InvalidRequestError.__str__(self)


class NoResultFound(InvalidRequestError):
    pass


class MultipleResultsFound(InvalidRequestError):
    pass


class NoReferenceError(InvalidRequestError):
    pass


class NoReferencedTableError(NoReferenceError):
    def __init__(self, message, tname):
        NoReferenceError.__init__(self, message)
        self.table_name = tname


class NoReferencedColumnError(NoReferenceError):
    def __init__(self, message, tname, cname):
        NoReferenceError.__init__(self, message)
        self.table_name = tname
        self.column_name = cname


class NoSuchTableError(InvalidRequestError):
    pass


class UnreflectableTableError(InvalidRequestError):
    pass


class UnboundExecutionError(InvalidRequestError):
    pass


class DuplicateColumnError(ArgumentError):
    pass


class DontWrapMixin:
    pass


class StatementError(SQLAlchemyError):
    """An error while executing a statement; `statement`, `params` and `orig` say which."""

    statement = None
    params = None
    orig = None
    ismulti = None

    def __init__(self, message, statement, params, orig, hide_parameters=False, code=None, ismulti=None):
        SQLAlchemyError.__init__(self, message, code=code)
        self.statement = statement
        self.params = params
        self.orig = orig
        self.ismulti = ismulti
        self.hide_parameters = hide_parameters
        self.detail = []

    def add_detail(self, msg):
        self.detail.append(msg)

    def _sql_message(self):
        details = [self._message()]
        if self.statement:
            details.append("[SQL: %s]" % self.statement)
            if self.params:
                if self.hide_parameters:
                    details.append("[SQL parameters hidden due to hide_parameters=True]")
                else:
                    details.append("[parameters: %s]" % _repr_params(self.params, self.ismulti))
        code_str = self._code_str()
        if code_str:
            details.append(code_str)
        return "\n".join(["(%s)" % det for det in self.detail] + details)


def _repr_params(params, ismulti):
    """SQLAlchemy's _repr_params: at most 10 parameter sets shown, values truncated."""
    if ismulti:
        params = list(params)
        if len(params) > 10:
            shown = params[0:2] + params[-2:]
            text = repr(tuple(params[0:2]))[0:-1] + "  ... displaying 10 of %d total bound parameter sets ...  " % len(params)
            return text + repr(tuple(params[-2:]))[1:]
        return repr(tuple(params))
    return repr(params)


class DBAPIError(StatementError):
    """A database error, wrapping the driver's exception (`orig`)."""

    code = "dbapi"

    def __init__(self, statement, params, orig, hide_parameters=False, connection_invalidated=False, code=None,
                 ismulti=None):
        try:
            text = str(orig)
        except Exception as e:
            text = "Error in str() of DB-API-generated exception: " + str(e)
        StatementError.__init__(self, "(%s.%s) %s" % (type(orig).__module__, type(orig).__name__, text), statement,
                                params, orig, hide_parameters, code=code or type(self).code, ismulti=ismulti)
        self.connection_invalidated = connection_invalidated

    @classmethod
    def instance(cls, statement, params, orig, dbapi_base_err=None, hide_parameters=False,
                 connection_invalidated=False, dialect=None, ismulti=None):
        if isinstance(orig, SQLAlchemyError) and statement:
            return StatementError("(%s.%s) %s" % (type(orig).__module__, type(orig).__name__, orig.args[0]),
                                  statement, params, orig, hide_parameters=hide_parameters, code=orig.code,
                                  ismulti=ismulti)
        for klass in type(orig).__mro__:
            target = _DBAPI_CLASSES.get(klass.__name__)
            if target is not None:
                cls = target
                break
        return cls(statement, params, orig, hide_parameters=hide_parameters,
                   connection_invalidated=connection_invalidated, ismulti=ismulti)


class InterfaceError(DBAPIError):
    code = "rvf5"


class DatabaseError(DBAPIError):
    code = "4xp6"


class DataError(DatabaseError):
    code = "9h9h"


class OperationalError(DatabaseError):
    code = "e3q8"


class IntegrityError(DatabaseError):
    code = "gkpj"


class InternalError(DatabaseError):
    code = "2j85"


class ProgrammingError(DatabaseError):
    code = "f405"


class NotSupportedError(DatabaseError):
    code = "tw8g"


_DBAPI_CLASSES = {
    "InterfaceError": InterfaceError,
    "DatabaseError": DatabaseError,
    "DataError": DataError,
    "OperationalError": OperationalError,
    "IntegrityError": IntegrityError,
    "InternalError": InternalError,
    "ProgrammingError": ProgrammingError,
    "NotSupportedError": NotSupportedError,
    "Error": DBAPIError,
}


class SADeprecationWarning(HasDescriptionCode, DeprecationWarning):
    deprecated_since = None


class Base20DeprecationWarning(SADeprecationWarning):
    pass


class LegacyAPIWarning(Base20DeprecationWarning):
    pass


class RemovedIn20Warning(Base20DeprecationWarning):
    pass


class MovedIn20Warning(RemovedIn20Warning):
    pass


class SAPendingDeprecationWarning(PendingDeprecationWarning):
    pass


class SAWarning(HasDescriptionCode, RuntimeWarning):
    def __init__(self, *arg, **kw):
        code = kw.pop("code", None)
        if code is not None:
            self.code = code
        RuntimeWarning.__init__(self, *arg)

    def __str__(self):
        message = RuntimeWarning.__str__(self)
        if self.code:
            message = "%s %s" % (message, self._code_str())
        return message
