"""Flask, as far as revision scripts and the project's modules reach it while `flask db` runs.

Flask-Migrate's CLI runs every command inside the application's context, so `current_app` is the
project's app: here an app named "main" (the project's `main.py`, FLASK_APP) whose config holds
Flask 2.2's defaults and Flask-SQLAlchemy's keys, and whose `extensions` hold 'sqlalchemy' and
'migrate' as `db.init_app(app)` and `migrate.init_app(app, db)` register them. A `Flask(...)` the
project makes itself is a real object too (config, extensions, app_context(), decorators that
register nothing), and the app it pushes with `app.app_context()` is `current_app` inside.

There is no request: `request`, `session`, `url_for`, `render_template`, ... raise Flask's
"Working outside of request context." when used, as they do under `flask db`.
"""

import datetime as _datetime
import logging as _logging

from .config import Config

__version__ = "2.2.2"

__all__ = ["Flask", "Blueprint", "Config", "current_app", "g", "request", "session", "has_app_context",
           "has_request_context", "abort", "url_for", "redirect", "render_template", "render_template_string",
           "jsonify", "flash", "make_response", "send_file", "send_from_directory", "get_flashed_messages",
           "stream_with_context", "after_this_request", "copy_current_request_context", "escape", "Markup",
           "Response", "Request", "json"]

_APP_CONTEXTS = []  # the app contexts pushed by the project, innermost last
_COMMAND_APP = []   # the command's application (made on first use)

_DEFAULT_CONFIG = {
    "ENV": "production",
    "DEBUG": False,
    "TESTING": False,
    "PROPAGATE_EXCEPTIONS": None,
    "SECRET_KEY": None,
    "PERMANENT_SESSION_LIFETIME": _datetime.timedelta(days=31),
    "USE_X_SENDFILE": False,
    "SERVER_NAME": None,
    "APPLICATION_ROOT": "/",
    "SESSION_COOKIE_NAME": "session",
    "SESSION_COOKIE_DOMAIN": None,
    "SESSION_COOKIE_PATH": None,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SECURE": False,
    "SESSION_COOKIE_SAMESITE": None,
    "SESSION_REFRESH_EACH_REQUEST": True,
    "MAX_CONTENT_LENGTH": None,
    "SEND_FILE_MAX_AGE_DEFAULT": None,
    "TRAP_BAD_REQUEST_ERRORS": None,
    "TRAP_HTTP_EXCEPTIONS": False,
    "EXPLAIN_TEMPLATE_LOADING": False,
    "PREFERRED_URL_SCHEME": "http",
    "JSON_AS_ASCII": None,
    "JSON_SORT_KEYS": None,
    "JSONIFY_PRETTYPRINT_REGULAR": None,
    "JSONIFY_MIMETYPE": None,
    "TEMPLATES_AUTO_RELOAD": None,
    "MAX_COOKIE_SIZE": 4093,
}


def _register(*args, **kwargs):
    """A decorator factory that registers nothing: routes and hooks do not run under `flask db`."""
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]

    def decorator(f):
        return f

    return decorator


class _AppCtxGlobals:
    """flask.g: a plain namespace for the app context."""

    def get(self, name, default=None):
        return self.__dict__.get(name, default)

    def pop(self, name, default=_register):
        if default is _register:
            return self.__dict__.pop(name)
        return self.__dict__.pop(name, default)

    def setdefault(self, name, default=None):
        return self.__dict__.setdefault(name, default)

    def __contains__(self, item):
        return item in self.__dict__

    def __iter__(self):
        return iter(self.__dict__)

    def __repr__(self):
        return "<flask.g of %r>" % current_app.name


class AppContext:
    def __init__(self, app):
        self.app = app
        self.g = _AppCtxGlobals()

    def push(self):
        _APP_CONTEXTS.append(self)

    def pop(self, exc=None):
        if _APP_CONTEXTS and _APP_CONTEXTS[-1] is self:
            _APP_CONTEXTS.pop()

    def __enter__(self):
        self.push()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.pop(exc_value)


class _Cli:
    """app.cli: commands are registered and never run here."""

    def add_command(self, cmd, name=None):
        pass

    command = group = _register


class Flask:
    """A Flask application: its config, extensions and app context (no server, no requests)."""

    default_config = _DEFAULT_CONFIG
    testing = False
    secret_key = None

    def __init__(self, import_name, static_url_path=None, static_folder="static", static_host=None,
                 host_matching=False, subdomain_matching=False, template_folder="templates", instance_path=None,
                 instance_relative_config=False, root_path=None):
        self.import_name = import_name
        self.root_path = root_path or "/"
        self.instance_path = instance_path or "/instance"
        self.static_folder = static_folder
        self.static_url_path = static_url_path
        self.template_folder = template_folder
        self.config = Config(self.root_path, _DEFAULT_CONFIG)
        self.extensions = {}
        self.blueprints = {}
        self.view_functions = {}
        self.url_map = None
        self.jinja_env = None
        self._ctx_globals = _AppCtxGlobals()
        self.cli = _Cli()

    @property
    def name(self):
        if self.import_name == "__main__":
            return "main"
        return self.import_name

    @property
    def debug(self):
        return self.config["DEBUG"]

    @debug.setter
    def debug(self, value):
        self.config["DEBUG"] = value

    @property
    def logger(self):
        return _logging.getLogger(self.name)

    def app_context(self):
        return AppContext(self)

    def test_request_context(self, *args, **kwargs):
        return AppContext(self)

    def register_blueprint(self, blueprint, **options):
        self.blueprints[getattr(blueprint, "name", repr(blueprint))] = blueprint

    def add_url_rule(self, rule, endpoint=None, view_func=None, **options):
        if view_func is not None:
            self.view_functions[endpoint or view_func.__name__] = view_func

    route = before_request = after_request = teardown_request = teardown_appcontext = _register
    context_processor = errorhandler = template_filter = template_global = template_test = _register
    before_first_request = url_value_preprocessor = url_defaults = shell_context_processor = _register

    def register_error_handler(self, code_or_exception, f):
        pass

    def make_response(self, rv):
        _no_request("make_response")

    def run(self, *args, **kwargs):
        raise RuntimeError("Revlab runs `flask db` commands only; app.run() does not start a server here")

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)


class Blueprint:
    def __init__(self, name, import_name, static_folder=None, static_url_path=None, template_folder=None,
                 url_prefix=None, subdomain=None, url_defaults=None, root_path=None, cli_group=None):
        self.name = name
        self.import_name = import_name
        self.url_prefix = url_prefix

    route = before_request = after_request = teardown_request = app_context_processor = _register
    context_processor = errorhandler = app_errorhandler = before_app_request = after_app_request = _register
    app_template_filter = app_template_global = record = record_once = _register

    def add_url_rule(self, rule, endpoint=None, view_func=None, **options):
        pass

    def register_blueprint(self, blueprint, **options):
        pass

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)


def _command_settings():
    """The command's databases: its own URL as SQLAlchemy prints it (env.py's get_engine_url() shows
    it), and SQLALCHEMY_BINDS, one database per bind key the models declare (command/binds.hpp)."""
    try:
        import _revlab_app
    except ImportError:  # no command runs (a script run alone)
        return {"url": "sqlite:////app.db", "binds": {}}
    return _revlab_app.settings()


def _command_app():
    """The application `flask db` runs in: main.py's app, with the project's db registered."""
    if not _COMMAND_APP:
        app = Flask("main")
        settings = _command_settings()
        app.config["SQLALCHEMY_DATABASE_URI"] = settings["url"]
        if settings["binds"]:
            app.config["SQLALCHEMY_BINDS"] = dict(settings["binds"])
        _COMMAND_APP.append(app)
        import flask_sqlalchemy
        import flask_migrate

        db = flask_sqlalchemy._revlab_command_db()
        db.init_app(app)
        flask_migrate.Migrate(app, db)
    return _COMMAND_APP[0]


def _find_app():
    if _APP_CONTEXTS:
        return _APP_CONTEXTS[-1].app
    return _command_app()


class _AppProxy:
    """current_app: stands for the application whose context is active, as werkzeug's LocalProxy."""

    def _get_current_object(self):
        return _find_app()

    def __getattr__(self, name):
        return getattr(_find_app(), name)

    def __setattr__(self, name, value):
        setattr(_find_app(), name, value)

    def __delattr__(self, name):
        delattr(_find_app(), name)

    def __repr__(self):
        return repr(_find_app())

    def __str__(self):
        return str(_find_app())

    def __bool__(self):
        return True

    def __eq__(self, other):
        return _find_app() == other

    def __ne__(self, other):
        return _find_app() != other

    def __hash__(self):
        return hash(_find_app())

    def __dir__(self):
        return dir(_find_app())


class _GlobalsProxy:
    """flask.g: the active app context's namespace."""

    def _get_current_object(self):
        if _APP_CONTEXTS:
            return _APP_CONTEXTS[-1].g
        return _find_app()._ctx_globals

    def __getattr__(self, name):
        try:
            return getattr(self._get_current_object(), name)
        except AttributeError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        setattr(self._get_current_object(), name, value)

    def __delattr__(self, name):
        delattr(self._get_current_object(), name)

    def __contains__(self, item):
        return item in self._get_current_object()

    def __iter__(self):
        return iter(self._get_current_object())

    def __repr__(self):
        return repr(self._get_current_object())


_REQUEST_MESSAGE = ("Working outside of request context.\n\nThis typically means that you attempted to use "
                    "functionality that needed an active HTTP request. Consult the documentation on testing for "
                    "information about how to avoid this problem.")


def _no_request(name=None):
    raise RuntimeError(_REQUEST_MESSAGE)


class _RequestProxy:
    """request / session: there is no request under `flask db`."""

    def __getattr__(self, name):
        _no_request()

    def __bool__(self):
        return False

    def __repr__(self):
        return "<LocalProxy unbound>"


current_app = _AppProxy()
g = _GlobalsProxy()
request = _RequestProxy()
session = _RequestProxy()


def has_app_context():
    return True


def has_request_context():
    return False


def abort(code, *args, **kwargs):
    from werkzeug.exceptions import abort as _abort

    _abort(code, *args, **kwargs)


def url_for(endpoint, **values):
    _no_request()


def redirect(location, code=302, Response=None):
    _no_request()


def render_template(template_name_or_list, **context):
    _no_request()


def render_template_string(source, **context):
    _no_request()


def jsonify(*args, **kwargs):
    _no_request()


def flash(message, category="message"):
    _no_request()


def get_flashed_messages(with_categories=False, category_filter=()):
    _no_request()


def make_response(*args):
    _no_request()


def send_file(*args, **kwargs):
    _no_request()


def send_from_directory(*args, **kwargs):
    _no_request()


def stream_with_context(generator_or_function):
    return generator_or_function


def after_this_request(f):
    return f


def copy_current_request_context(f):
    return f


def escape(s):
    text = str(s)
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&#34;"), ("'", "&#39;")):
        text = text.replace(a, b)
    return Markup(text)


class Markup(str):
    def __html__(self):
        return self


class Response:
    def __init__(self, response=None, status=None, headers=None, mimetype=None, content_type=None):
        self.response = response
        self.status = status


class Request:
    pass


from . import json  # noqa: E402
