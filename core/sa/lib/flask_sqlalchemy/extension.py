"""The SQLAlchemy extension object (Flask-SQLAlchemy 3.0's extension.py, on Revlab's SQLAlchemy)."""

import sqlalchemy as sa
import sqlalchemy.event
import sqlalchemy.orm

from .model import DefaultMeta
from .model import Model
from .model import _QueryProperty
from .query import Query
from .session import Session

_INSTANCES = []  # every SQLAlchemy() the project made, first first


def _revlab_command_db():
    """The extension the command's app registers: the project's first SQLAlchemy() (app.extensions.db),
    else a new one."""
    for db in _INSTANCES:
        return db
    return SQLAlchemy()


class SQLAlchemy:
    def __init__(self, app=None, *, metadata=None, session_options=None, query_class=Query, model_class=Model,
                 engine_options=None, add_models_to_shell=True):
        if session_options is None:
            session_options = {}
        self.Query = query_class
        self.session = self._make_scoped_session(session_options)
        self.metadatas = {}
        if metadata is not None:
            metadata.info["bind_key"] = None
            self.metadatas[None] = metadata
        self.Table = self._make_table_class()
        self.Model = self._make_declarative_base(model_class)
        if engine_options is None:
            engine_options = {}
        self._engine_options = engine_options
        self._engines = {}
        self._app = None
        self._add_models_to_shell = add_models_to_shell
        _INSTANCES.append(self)
        if app is not None:
            self.init_app(app)

    def __repr__(self):
        message = f"{type(self).__name__} {self.engine.url}"
        if len(self.engines) > 1:
            message = f"{message} +{len(self.engines) - 1}"
        return f"<{message}>"

    def init_app(self, app):
        if "sqlalchemy" in app.extensions:
            raise RuntimeError(
                "A 'SQLAlchemy' instance has already been registered on this Flask app."
                " Import and use that instance instead."
            )
        app.extensions["sqlalchemy"] = self
        app.teardown_appcontext(self._teardown_session)
        basic_uri = app.config.setdefault("SQLALCHEMY_DATABASE_URI", None)
        app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {})
        app.config.setdefault("SQLALCHEMY_ECHO", False)
        binds = app.config.setdefault("SQLALCHEMY_BINDS", {})
        if basic_uri is None and not binds:
            raise RuntimeError("Either 'SQLALCHEMY_DATABASE_URI' or 'SQLALCHEMY_BINDS' must be set.")
        for key in binds:
            self._make_metadata(key)
        if basic_uri is not None:
            self._make_metadata(None)
        app.config.setdefault("SQLALCHEMY_RECORD_QUERIES", False)
        app.config.setdefault("SQLALCHEMY_TRACK_MODIFICATIONS", False)
        self._app = app
        self._engines = {}

    def _teardown_session(self, exc=None):
        self.session.remove()

    def _make_scoped_session(self, options):
        scope = options.pop("scopefunc", None)
        options.setdefault("query_cls", self.Query)
        return sa.orm.scoped_session(self._make_session_factory(options), scope)

    def _make_session_factory(self, options):
        options.setdefault("class_", Session)
        options.setdefault("query_cls", self.Query)
        return sa.orm.sessionmaker(db=self, **options)

    def _make_metadata(self, bind_key):
        if bind_key in self.metadatas:
            return self.metadatas[bind_key]
        if bind_key is not None:
            naming_convention = self._make_metadata(None).naming_convention
        else:
            naming_convention = None
        metadata = sa.MetaData(naming_convention=naming_convention, info={"bind_key": bind_key})
        self.metadatas[bind_key] = metadata
        return metadata

    def _make_table_class(self):
        extension = self

        class Table(sa.Table):
            def __new__(cls, *args, bind_key=None, **kwargs):
                if not args or (len(args) >= 2 and isinstance(args[1], sa.MetaData)):
                    return super().__new__(cls, *args, **kwargs)
                metadata = extension._make_metadata(bind_key)
                return super().__new__(cls, *[args[0], metadata, *args[1:]], **kwargs)

            def __init__(self, *args, bind_key=None, **kwargs):
                if args and not (len(args) >= 2 and isinstance(args[1], sa.MetaData)):
                    args = (args[0], extension._make_metadata(bind_key), *args[1:])
                super().__init__(*args, **kwargs)

        return Table

    def _make_declarative_base(self, model):
        if not isinstance(model, sa.orm.DeclarativeMeta):
            metadata = self._make_metadata(None)
            model = sa.orm.declarative_base(metadata=metadata, cls=model, name="Model", metaclass=DefaultMeta)
        if None not in self.metadatas:
            model.metadata.info["bind_key"] = None
            self.metadatas[None] = model.metadata
        else:
            model.metadata = self.metadatas[None]
        model.query_class = self.Query
        model.query = _QueryProperty()
        model.__fsa__ = self
        return model

    def _url(self, bind_key=None):
        app = self._app
        if app is None:
            from flask import current_app

            app = current_app._get_current_object()
        if bind_key is None:
            uri = app.config.get("SQLALCHEMY_DATABASE_URI")
        else:
            uri = app.config.get("SQLALCHEMY_BINDS", {}).get(bind_key)
            if isinstance(uri, dict):
                uri = uri.get("url")
        return uri or "sqlite:////app.db"

    @property
    def metadata(self):
        return self.metadatas[None]

    @property
    def engines(self):
        """One engine per database, as Flask-SQLAlchemy 3 makes them at init_app: the default one
        (key None) and one per key of SQLALCHEMY_BINDS."""
        if None not in self._engines:
            self._engines[None] = sa.create_engine(self._url(None), **self._engine_options)
        app = self._app
        if app is None:
            from flask import current_app

            app = current_app._get_current_object()
        for key in app.config.get("SQLALCHEMY_BINDS", None) or {}:
            if key not in self._engines:
                self._engines[key] = sa.create_engine(self._url(key))
        return self._engines

    @property
    def engine(self):
        return self.engines[None]

    def get_engine(self, bind_key=None):
        if bind_key is None:
            return self.engine
        if bind_key not in self._engines:
            self._engines[bind_key] = sa.create_engine(self._url(bind_key))
        return self._engines[bind_key]

    def get_tables_for_bind(self, bind_key=None):
        return [table for table in self.metadata.tables.values() if table.info.get("bind_key") == bind_key]

    def get_binds(self):
        return {table: self.get_engine(key) for key, metadata in self.metadatas.items()
                for table in metadata.tables.values()}

    def get_or_404(self, entity, ident, *, description=None):
        value = self.session.get(entity, ident)
        if value is None:
            from flask import abort

            abort(404, description=description)
        return value

    def first_or_404(self, statement, *, description=None):
        value = self.session.execute(statement).scalar()
        if value is None:
            from flask import abort

            abort(404, description=description)
        return value

    def one_or_404(self, statement, *, description=None):
        try:
            return self.session.execute(statement).scalar_one()
        except (sa.exc.NoResultFound, sa.exc.MultipleResultsFound):
            from flask import abort

            abort(404, description=description)

    def _call_for_binds(self, bind_key, op_name):
        if bind_key == "__all__":
            keys = list(self.metadatas)
        elif bind_key is None or isinstance(bind_key, str):
            keys = [bind_key]
        else:
            keys = bind_key
        for key in keys:
            try:
                engine = self.get_engine(key) if key is not None else self.engine
            except KeyError:
                message = f"Bind key '{key}' is not in 'SQLALCHEMY_BINDS' config."
                raise sa.exc.UnboundExecutionError(message) from None
            metadata = self.metadatas[key]
            getattr(metadata, op_name)(bind=engine)

    def create_all(self, bind_key="__all__"):
        self._call_for_binds(bind_key, "create_all")

    def drop_all(self, bind_key="__all__"):
        self._call_for_binds(bind_key, "drop_all")

    def reflect(self, bind_key="__all__"):
        self._call_for_binds(bind_key, "reflect")

    def _set_rel_query(self, kwargs):
        kwargs.setdefault("query_class", self.Query)
        if "backref" in kwargs:
            backref = kwargs["backref"]
            if isinstance(backref, str):
                backref = (backref, {})
            if isinstance(backref, tuple):
                backref[1].setdefault("query_class", self.Query)
            kwargs["backref"] = backref

    def relationship(self, *args, **kwargs):
        self._set_rel_query(kwargs)
        return sa.orm.relationship(*args, **kwargs)

    def dynamic_loader(self, argument, **kwargs):
        self._set_rel_query(kwargs)
        return sa.orm.dynamic_loader(argument, **kwargs)

    def _relation(self, *args, **kwargs):
        self._set_rel_query(kwargs)
        return sa.orm.relation(*args, **kwargs)

    def __getattr__(self, name):
        if name == "db":
            return self
        if name == "relation":
            return self._relation
        if name == "event":
            return sa.event
        if name.startswith("_"):
            raise AttributeError(name)
        for mod in (sa, sa.orm):
            if hasattr(mod, name):
                return getattr(mod, name)
        raise AttributeError(name)
