"""flask, as far as a project's env.py reaches it: `current_app`, the application Flask-Migrate runs its
commands in. Its extensions hold Flask-Migrate's Migrate (`configure_args`: Flask-Migrate 4's defaults
compare_type=True and render_as_batch=True) and Flask-SQLAlchemy 3's SQLAlchemy object (`engine`,
`get_engine()`, `engines`, `metadata`, `metadatas`), whose engine connects to the command's database.

The app's own code (its factory, its config classes) does not run: env.py sees the app as Flask-Migrate's
commands leave it, with SQLALCHEMY_DATABASE_URI the database Revlab works on.
"""

try:
    import _revlab_env
except ImportError:
    _revlab_env = None

__version__ = "2.2.2"


def _url():
    return _revlab_env.settings()["url"] if _revlab_env is not None else "sqlite://"


class _HostConnection:
    """engine.connect() in env.py: the command's own connection, as a context manager."""

    def _conn(self):
        from sqlalchemy.engine import _revlab_connection

        return _revlab_connection()

    def __enter__(self):
        return self._conn()

    def __exit__(self, type_, value, traceback):
        return False

    def close(self):
        pass

    def __getattr__(self, name):
        return getattr(self._conn(), name)


class _URL:
    """The engine's URL. Plain text until more than its text is asked for: importing SQLAlchemy's emulation
    is most of a short command's time, and Flask-Migrate's env.py only renders the URL."""

    def __init__(self, text):
        self._text = text
        self._url = None

    def render_as_string(self, hide_password=True):
        return self._text

    def __str__(self):
        return self._text

    def __repr__(self):
        return self._text

    def get_backend_name(self):
        return "sqlite"

    def get_dialect(self):
        return self._real().get_dialect()

    def _real(self):
        if self._url is None:
            from sqlalchemy.engine.url import make_url

            self._url = make_url(self._text)
        return self._url

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._real(), name)


class _AppEngine:
    """db.engine: connect() and begin() give the command's own connection; the rest is SQLAlchemy's
    Engine, made when first asked for."""

    name = "sqlite"
    driver = "pysqlite"

    def __init__(self):
        self.url = _URL(_url())
        self._engine = None

    def connect(self):
        return _HostConnection()

    def begin(self):
        return _HostConnection()

    def _real(self):
        if self._engine is None:
            from sqlalchemy.engine.base import Engine
            from sqlalchemy.dialects.sqlite.base import SQLiteDialect

            self._engine = Engine(self.url._real(), SQLiteDialect())
        return self._engine

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._real(), name)

    def __repr__(self):
        return "Engine(%s)" % (self.url,)


class _MetaData:
    """db.metadata until it is used: env.py hands it to context.configure(), which Revlab does not need
    it for (it reads the models itself); anything else asked of it makes the real sqlalchemy.MetaData."""

    def __init__(self):
        self._metadata = None

    def _real(self):
        if self._metadata is None:
            import sqlalchemy

            self._metadata = sqlalchemy.MetaData()
        return self._metadata

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._real(), name)

    def __iter__(self):
        return iter(self._real())

    def __contains__(self, item):
        return item in self._real()

    def __repr__(self):
        return repr(self._real())


class _SQLAlchemy:
    """Flask-SQLAlchemy 3.0's SQLAlchemy object (db), as env.py uses it."""

    def __init__(self):
        self._engine = None
        self._metadata = None

    @property
    def engine(self):
        if self._engine is None:
            self._engine = _AppEngine()
        return self._engine

    def get_engine(self, bind_key=None):
        return self.engine

    @property
    def engines(self):
        return {None: self.engine}

    @property
    def metadata(self):
        if self._metadata is None:
            self._metadata = _MetaData()
        return self._metadata

    @property
    def metadatas(self):
        return {None: self.metadata}


class _Migrate:
    """flask_migrate.Migrate as Migrate(app, db) leaves it."""

    def __init__(self, db):
        self.db = db
        self.directory = _revlab_env.settings()["script_location"] if _revlab_env is not None else "migrations"
        self.configure_args = {"compare_type": True, "render_as_batch": True}


class _Config(dict):
    pass


class _App:
    def __init__(self):
        self.name = "app"
        self.import_name = "app"
        self.debug = False
        self.testing = False
        db = _SQLAlchemy()
        self.config = _Config(SQLALCHEMY_DATABASE_URI=_url(), SQLALCHEMY_BINDS={}, DEBUG=False, TESTING=False)
        self.extensions = {"sqlalchemy": db, "migrate": _Migrate(db)}

    def app_context(self):
        return _Transactionless()


class _Transactionless:
    def __enter__(self):
        return self

    def __exit__(self, type_, value, traceback):
        return False

    def push(self):
        pass

    def pop(self, exc=None):
        pass


current_app = _App()
g = type("_AppCtxGlobals", (), {})()


def has_app_context():
    return True
