"""Engine and Connection, as SQLAlchemy 1.4's legacy (non-future) Connection that Alembic 1.8 gives a
migration, over Revlab's native module `_revlab_sa`.

Connection.execute() takes a construct (select/insert/update/delete, text(), DDL), or a plain SQL
string, with parameters as a dict, a list of dicts (executemany), positional values for a string, or
keywords; exec_driver_sql(), scalar(), scalars(); begin() / begin_nested() (SAVEPOINTs);
in_transaction(); dialect, engine, info, closed; the context-manager protocol.

Transactions. In a migration the host owns the transaction (Revlab runs each step in a savepoint and
the command in one transaction, as Alembic runs a migration in its own): the script's begin(),
commit() and rollback() do not end it, they are no-ops, while begin_nested() makes a real SAVEPOINT.
In `revlab python`, where create_engine(...).connect() opened the database itself, begin()/commit()/
rollback() are real (BEGIN/COMMIT/ROLLBACK) and statements outside a transaction autocommit, as
SQLAlchemy 1.4's legacy autocommit does.

Offline (`upgrade --sql`), execute() renders the statement with its values inline and writes it to
the SQL script, then returns None: Alembic's MockConnection does the same (parameters are ignored).
"""
import _revlab_sa

from .. import _dbapi
from .. import exc
from ..sql import cache
from ..sql import cache_warnings
from ..sql import elements
from ..sql.compiler import SQLCompiler
from ..sql.compiler import _MissingParameter
from ..sql.compiler import compile_for_execution
from ..sql.ddl import _DDLElement
from .result import CursorResult
from .url import make_url


def _distill_params(multiparams, params):
    """SQLAlchemy 1.4's _distill_params: the parameter sets of one execute() call."""
    if not multiparams:
        if params:
            return [params]
        return []
    if len(multiparams) == 1:
        zero = multiparams[0]
        if isinstance(zero, (list, tuple)):
            if not zero or hasattr(zero[0], "__iter__") and not isinstance(zero[0], str) and not isinstance(zero[0], bytes):
                return list(zero)
            return [zero]
        if hasattr(zero, "keys"):
            return [zero]
        return [[zero]]
    if hasattr(multiparams[0], "__iter__") and not isinstance(multiparams[0], (str, bytes)):
        return list(multiparams)
    return [multiparams]


class Transaction:
    """What begin() returns; a context manager that commits, or rolls back on an exception."""

    def __init__(self, connection, nested=False):
        self.connection = connection
        self.nested = nested
        self.is_active = True
        self._savepoint = None
        self._parent = connection._transaction
        if nested:
            connection._savepoint_seq += 1
            self._savepoint = "sa_savepoint_%d" % connection._savepoint_seq
            connection._run_control("SAVEPOINT %s" % self._savepoint)
        elif not connection._host_managed:
            connection._run_control("BEGIN")
        connection._transaction = self

    def _end(self):
        self.is_active = False
        if self.connection._transaction is self:
            self.connection._transaction = self._parent

    def commit(self):
        if not self.is_active:
            raise exc.InvalidRequestError("This transaction is inactive")
        if self.nested:
            self.connection._run_control("RELEASE SAVEPOINT %s" % self._savepoint)
        elif not self.connection._host_managed:
            self.connection._run_control("COMMIT")
        self._end()

    def rollback(self):
        if not self.is_active:
            return
        if self.nested:
            self.connection._run_control("ROLLBACK TO SAVEPOINT %s" % self._savepoint)
            self.connection._run_control("RELEASE SAVEPOINT %s" % self._savepoint)
        elif not self.connection._host_managed:
            self.connection._run_control("ROLLBACK")
        self._end()

    def close(self):
        if self.is_active:
            self.rollback()

    @property
    def is_valid(self):
        return self.is_active

    def __enter__(self):
        return self

    def __exit__(self, type_, value, traceback):
        if not self.is_active:
            return
        if type_ is None:
            self.commit()
        else:
            self.rollback()


class RootTransaction(Transaction):
    pass


class NestedTransaction(Transaction):
    def __init__(self, connection):
        Transaction.__init__(self, connection, nested=True)


class Connection:
    """A connection to the bound database (see the module docstring)."""

    _revlab_is_engine = False

    def __init__(self, engine, host_managed=None):
        self.engine = engine
        self.dialect = engine.dialect
        if host_managed is None:
            # Bound before any script connected: the host's connection (a migration).
            host_managed = bool(_revlab_sa.connected()) and not _SCRIPT_OPENED
            if not host_managed:
                _revlab_sa.connect(str(engine.url))
                _SCRIPT_OPENED.append(True)
        self._host_managed = host_managed
        self._transaction = None
        self._savepoint_seq = 0
        self._closed = False
        self._info = {}
        self._execution_options = {}

    # ---- the DBAPI-level call -------------------------------------------------------------------
    def _run(self, sql, params, many=False):
        try:
            if many:
                return None, [], _revlab_sa.executemany(sql, params), None
            return _revlab_sa.execute(sql, params)
        except Exception as error:
            # sqlite3 raises OverflowError itself for an int past 64 bits; SQLAlchemy passes it on.
            if isinstance(error, (exc.SQLAlchemyError, OverflowError)):
                raise
            orig = _dbapi.classify(error)
            shown = params if many else tuple(params or ())
            raise exc.DBAPIError.instance(sql, shown, orig, ismulti=many)

    def _run_control(self, sql):
        if _revlab_sa.offline():
            return
        self._run(sql, ())

    def _check_open(self):
        if self._closed:
            raise exc.ResourceClosedError("This Connection is closed")

    # ---- execution ------------------------------------------------------------------------------
    def execute(self, statement, *multiparams, **params):
        if self._closed:
            raise exc.ResourceClosedError("This Connection is closed")
        if type(statement) is elements.TextClause and not statement._custom_binds and not _revlab_sa.offline():
            # the hot path of data migrations: text() with a dict (or a list of dicts)
            if not params and len(multiparams) == 1 and type(multiparams[0]) is dict:
                return self._execute_text(statement, [multiparams[0]])
            return self._execute_text(statement, _distill_params(multiparams, params))
        if isinstance(statement, str):
            return self.exec_driver_sql(statement, self._positional(_distill_params(multiparams, params)))
        if hasattr(statement, "__clause_element__") and not isinstance(statement, elements.ClauseElement):
            statement = statement.__clause_element__()
        if getattr(statement, "_is_orm_statement", False):
            return statement._execute_on_connection(self, _distill_params(multiparams, params))
        if not getattr(statement, "supports_execution", False) and not isinstance(statement, elements.ClauseElement):
            raise exc.ObjectNotExecutableError(statement)
        if isinstance(statement, elements.ColumnElement) and not getattr(statement, "supports_execution", False):
            from ..sql.selectable import select

            statement = select(statement)
        return self._execute_clauseelement(statement, _distill_params(multiparams, params))

    def _positional(self, distilled):
        if not distilled:
            return None
        if len(distilled) == 1:
            return distilled[0]
        return distilled

    def exec_driver_sql(self, statement, parameters=None, execution_options=None):
        self._check_open()
        if _revlab_sa.offline():
            _revlab_sa.execute(statement.replace("\t", "    ").strip())
            return None
        many = isinstance(parameters, list) and parameters and isinstance(parameters[0], (list, tuple, dict))
        if many:
            rows = [self._driver_params(statement, p) for p in parameters]
            keys, data, rowcount, lastrowid = self._run(statement, rows, many=True)
            return CursorResult(None, [], rowcount=rowcount)
        keys, data, rowcount, lastrowid = self._run(statement, self._driver_params(statement, parameters))
        return CursorResult(keys, data, rowcount=rowcount, lastrowid=lastrowid)

    def _driver_params(self, statement, parameters):
        if parameters is None:
            return ()
        if isinstance(parameters, dict):
            raise exc.ArgumentError("exec_driver_sql() on SQLite takes positional parameters (`?`), not a dict")
        if isinstance(parameters, (list, tuple)):
            return tuple(parameters)
        return (parameters,)

    def _execute_clauseelement(self, statement, distilled):
        if isinstance(statement, _DDLElement):
            sql = statement.__revlab_compile__(False)[0]
            if _revlab_sa.offline():
                _revlab_sa.execute(sql.replace("\t", "    ").strip())
                return None
            keys, data, rowcount, lastrowid = self._run(sql, ())
            return CursorResult(None, [], rowcount=rowcount)
        if _revlab_sa.offline():
            sql, _ = compile_for_execution(statement, literal_binds=True, dialect=self.dialect)
            _revlab_sa.execute(sql.replace("\t", "    ").strip())
            return None
        if type(statement) is elements.TextClause and not statement._custom_binds:
            return self._execute_text(statement, distilled)
        params_list = [dict(p) for p in distilled] if distilled else None
        for p in params_list or ():
            for k in list(p):
                if not isinstance(k, str):
                    p[getattr(k, "key", k)] = p.pop(k)
        compiler, entry, new_binds = _compile(statement, params_list, self.dialect)
        sql = compiler.string
        rows = self._parameter_rows(compiler, params_list, sql, distilled, entry, new_binds)
        is_insert = compiler.isinsert
        if len(rows) > 1:
            if compiler.result_columns is not None and not (compiler.isinsert or compiler.isupdate or compiler.isdelete):
                raise exc.InvalidRequestError("A statement returning rows cannot run for several parameter sets")
            keys, data, rowcount, lastrowid = self._run(sql, rows, many=True)
            return CursorResult(None, [], rowcount=rowcount, is_insert=is_insert,
                                context={"params": params_list[-1]})
        keys, data, rowcount, lastrowid = self._run(sql, rows[0])
        processors, objects, out_keys = _result_setup(compiler, keys, self.dialect)
        inserted = None
        if is_insert:
            inserted = _inserted_primary_key(statement, params_list[0] if params_list else {}, lastrowid)
        return CursorResult(out_keys, data, processors, objects, rowcount=rowcount, lastrowid=lastrowid,
                            is_insert=is_insert, inserted_primary_key=inserted,
                            context={"params": params_list[0] if params_list else {}})

    def _parameter_rows(self, compiler, params_list, sql, distilled, entry=None, new_binds=None):
        rows = []
        for i, p in enumerate(params_list or [{}]):
            try:
                rows.append(compiler.positional_values(p, entry, new_binds))
            except _MissingParameter as missing:
                raise _missing_parameter_error(missing.name, i, params_list, sql)
        return rows

    def _execute_text(self, statement, distilled):
        """text() without bindparams(): its `?` form and the values by name, no compiler (the hot path
        of data migrations that loop over rows)."""
        parts, names, sql = statement._parts
        if not names:
            rows = [()] * max(1, len(distilled))
        else:
            rows = []
            params_list = distilled or [{}]
            for i, p in enumerate(params_list):
                try:
                    rows.append(tuple([p[n] for n in names]))
                except KeyError:
                    missing = [n for n in names if n not in p][0]
                    raise _missing_parameter_error(missing, i, params_list if distilled else None, sql)
                except TypeError:
                    raise exc.ArgumentError("text() parameters are a dict or a list of dicts, got %r" % (p,))
        if len(rows) > 1:
            keys, data, rowcount, lastrowid = self._run(sql, rows, many=True)
            return CursorResult(None, [], rowcount=rowcount)
        keys, data, rowcount, lastrowid = self._run(sql, rows[0])
        return CursorResult(keys, data, rowcount=rowcount, lastrowid=lastrowid)

    def scalar(self, statement, *multiparams, **params):
        result = self.execute(statement, *multiparams, **params)
        return result.scalar() if result is not None else None

    def scalars(self, statement, *multiparams, **params):
        return self.execute(statement, *multiparams, **params).scalars()

    # ---- transactions ---------------------------------------------------------------------------
    def begin(self):
        self._check_open()
        if self._transaction is not None and self._transaction.is_active:
            # 1.4 legacy: a begin() inside a transaction is a marker of the enclosing one.
            return _MarkerTransaction(self)
        return RootTransaction(self)

    def begin_nested(self):
        self._check_open()
        return NestedTransaction(self)

    def in_transaction(self):
        return self._transaction is not None and self._transaction.is_active

    def in_nested_transaction(self):
        t = self._transaction
        return t is not None and t.is_active and t.nested

    def get_transaction(self):
        return self._transaction

    def get_nested_transaction(self):
        return self._transaction if self.in_nested_transaction() else None

    def commit(self):
        """SQLAlchemy 2.0-style commit (not in 1.4's legacy Connection): a no-op inside a migration."""
        if self._transaction is not None and self._transaction.is_active:
            root = self._transaction
            while root._parent is not None:
                root = root._parent
            root.commit()

    def rollback(self):
        if self._transaction is not None and self._transaction.is_active:
            root = self._transaction
            while root._parent is not None:
                root = root._parent
            root.rollback()

    # ---- the rest -------------------------------------------------------------------------------
    @property
    def info(self):
        return self._info

    @property
    def closed(self):
        return self._closed

    @property
    def invalidated(self):
        return False

    @property
    def connection(self):
        return self

    @property
    def default_isolation_level(self):
        return "SERIALIZABLE"

    def get_isolation_level(self):
        return "SERIALIZABLE"

    def execution_options(self, **opt):
        self._execution_options.update(opt)
        return self

    def get_execution_options(self):
        return dict(self._execution_options)

    def close(self):
        if self._transaction is not None and self._transaction.is_active and not self._host_managed:
            self._transaction.rollback()
        self._closed = True

    def invalidate(self, exception=None):
        pass

    def detach(self):
        pass

    def run_callable(self, callable_, *args, **kwargs):
        return callable_(self, *args, **kwargs)

    def __enter__(self):
        return self

    def __exit__(self, type_, value, traceback):
        self.close()

    def __repr__(self):
        return "<sqlalchemy.engine.base.Connection object>"


def _missing_parameter_error(name, index, params_list, sql):
    message = "A value is required for bind parameter %r" % (name,)
    if params_list is not None and len(params_list) > 1:
        message += ", in parameter group %d" % index
    orig = exc.InvalidRequestError(message)
    orig.code = "cd3x"
    return exc.StatementError("(sqlalchemy.exc.InvalidRequestError) " + message, sql,
                              list(params_list) if params_list else None, orig, code="cd3x")


class _MarkerTransaction(Transaction):
    """A begin() inside an active transaction: its commit does nothing, as in SQLAlchemy 1.4."""

    def __init__(self, connection):
        self.connection = connection
        self.nested = False
        self.is_active = True
        self._parent = connection._transaction

    def commit(self):
        self.is_active = False

    def rollback(self):
        self.is_active = False
        if self._parent is not None:
            self._parent.rollback()


def _compile(statement, params_list, dialect):
    """(compiler, cache entry or None, the statement's parameters in walk order): the compiled form of
    a statement of the same shape when there is one (sql/cache.py)."""
    column_keys = None
    if getattr(statement, "is_dml", False):
        column_keys = list(params_list[0].keys()) if params_list else []
    key, binds = cache.cache_key(statement)
    if key is not None:
        full_key = (key, dialect.name, tuple(sorted(column_keys)) if column_keys is not None else None)
        entry = cache.lookup(full_key)
        if entry is not None:
            if entry.external_types:
                cache_warnings.warn_types(entry.external_types)
            return entry.compiler, entry, binds
    external = cache_warnings.external_types(statement, getattr(statement, "_revlab_entity_columns", frozenset()))
    if external:
        cache_warnings.warn_types(external)
    compiler = SQLCompiler(dialect, statement, column_keys=column_keys, for_execution=True,
                           execution_params=params_list[0] if params_list else {})
    if key is not None and not compiler.uses_execution_params:
        entry = cache.Entry(compiler, statement, binds)
        entry.external_types = external
        cache.store(full_key, entry)
    return compiler, None, None


def _result_setup(compiler, keys, dialect):
    """(processors, objects, keys) of a result: each cursor column matched to the statement's columns."""
    if keys is None:
        return None, None, None
    result_columns = compiler.result_columns
    if not result_columns:
        return None, None, keys
    processors = []
    objects = []
    by_name = {}
    for entry in result_columns:
        if entry[0] is not None:
            by_name.setdefault(entry[0], entry)
    positional = len(result_columns) == len(keys)
    for i, key in enumerate(keys):
        entry = result_columns[i] if positional else by_name.get(key)
        if entry is None:
            processors.append(None)
            objects.append(())
            continue
        _, column, type_ = entry
        processors.append(type_._cached_result_processor(dialect, None))
        objects.append((column,))
    if not any(p is not None for p in processors):
        processors = None
    return processors, objects, keys


def _inserted_primary_key(statement, params, lastrowid):
    table = statement.table
    pk = getattr(table, "primary_key", None)
    if pk is None:
        return ()
    cols = pk._resolved_columns() if hasattr(pk, "_resolved_columns") else list(pk)
    if not cols:
        return ()
    values = dict(statement._values or {})
    for k in list(values):
        if not isinstance(k, str):
            values[k.key] = values.pop(k)
    out = []
    for col in cols:
        if col.key in params:
            out.append(params[col.key])
        elif col.key in values and not isinstance(values[col.key], elements.ClauseElement):
            out.append(values[col.key])
        elif len(cols) == 1 and lastrowid is not None:
            out.append(lastrowid)
        else:
            out.append(None)
    return tuple(out)


class Engine:
    """create_engine("sqlite:///app.db"): connect(), begin(), and 1.4's Engine.execute()."""

    _revlab_is_engine = True

    def __init__(self, url, dialect, **kwargs):
        self.url = url
        self.dialect = dialect
        self.echo = kwargs.get("echo", False)
        self.pool = None

    @property
    def name(self):
        return self.dialect.name

    @property
    def driver(self):
        return self.dialect.driver

    @property
    def engine(self):
        return self

    def connect(self):
        return Connection(self)

    def begin(self):
        return _EngineTransactionContext(self)

    def execute(self, statement, *multiparams, **params):
        conn = self.connect()
        return conn.execute(statement, *multiparams, **params)

    def scalar(self, statement, *multiparams, **params):
        return self.execute(statement, *multiparams, **params).scalar()

    def table_names(self, schema=None, connection=None):
        from .reflection import _table_names

        return _table_names(connection or self.connect())

    def has_table(self, table_name, schema=None):
        from .reflection import _table_names

        return table_name in _table_names(self.connect())

    def dispose(self, close=True):
        pass

    def execution_options(self, **opt):
        return self

    def raw_connection(self):
        raise exc.InvalidRequestError("Revlab gives no raw DB-API connection; use engine.connect()")

    def __repr__(self):
        return "Engine(%r)" % (self.url,)


class _EngineTransactionContext:
    def __init__(self, engine):
        self.engine = engine

    def __enter__(self):
        self.conn = self.engine.connect()
        self.transaction = self.conn.begin()
        return self.conn

    def __exit__(self, type_, value, traceback):
        try:
            self.transaction.__exit__(type_, value, traceback)
        finally:
            self.conn.close()


def create_engine(url, **kwargs):
    from ..dialects.sqlite.base import SQLiteDialect

    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        raise exc.NoSuchModuleError("Can't load plugin: sqlalchemy.dialects:%s" % u.drivername.replace("+", "."))
    dialect = SQLiteDialect(json_serializer=kwargs.get("json_serializer"),
                            json_deserializer=kwargs.get("json_deserializer"))
    return Engine(u, dialect, **kwargs)


def engine_from_config(configuration, prefix="sqlalchemy.", **kwargs):
    options = {key[len(prefix):]: configuration[key] for key in configuration if key.startswith(prefix)}
    options.update(kwargs)
    url = options.pop("url")
    return create_engine(url, **options)


_THE_CONNECTION = []
# Set once a script's create_engine(...).connect() opened the database itself (`revlab python`).
_SCRIPT_OPENED = []


def _revlab_connection():
    """The Connection of the current bind (what op.get_bind() and context.get_bind() return): one per
    interpreter, made on first use."""
    if not _THE_CONNECTION:
        from ..dialects.sqlite.base import SQLiteDialect

        engine = Engine(make_url("sqlite://"), SQLiteDialect())
        _THE_CONNECTION.append(Connection(engine, host_managed=True))
    return _THE_CONNECTION[0]
