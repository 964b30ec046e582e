"""Flask-Migrate 4.0.4's objects as a project's modules make them: Migrate(app, db, directory=...),
its init_app and configure callbacks, and app.extensions['migrate'] (_MigrateConfig). The `flask db`
commands themselves are Revlab's; calling flask_migrate.upgrade() and friends from a script is
refused."""

import logging

__version__ = "4.0.4"
alembic_version = (1, 8, 1)
log = logging.getLogger(__name__)


class _MigrateConfig(object):
    def __init__(self, migrate, db, **kwargs):
        self.migrate = migrate
        self.db = db
        self.directory = migrate.directory
        self.configure_args = kwargs

    @property
    def metadata(self):
        return self.db.metadata


class Migrate(object):
    def __init__(self, app=None, db=None, directory='migrations', command='db',
                 compare_type=True, render_as_batch=True, **kwargs):
        self.configure_callbacks = []
        self.db = db
        self.command = command
        self.directory = str(directory)
        self.alembic_ctx_kwargs = kwargs
        self.alembic_ctx_kwargs['compare_type'] = compare_type
        self.alembic_ctx_kwargs['render_as_batch'] = render_as_batch
        if app is not None and db is not None:
            self.init_app(app, db, directory)

    def init_app(self, app, db=None, directory=None, command=None,
                 compare_type=None, render_as_batch=None, **kwargs):
        self.db = db or self.db
        self.command = command or self.command
        self.directory = str(directory or self.directory)
        self.alembic_ctx_kwargs.update(kwargs)
        if compare_type is not None:
            self.alembic_ctx_kwargs['compare_type'] = compare_type
        if render_as_batch is not None:
            self.alembic_ctx_kwargs['render_as_batch'] = render_as_batch
        if not hasattr(app, 'extensions'):
            app.extensions = {}
        app.extensions['migrate'] = _MigrateConfig(
            self, self.db, **self.alembic_ctx_kwargs)

    def configure(self, f):
        self.configure_callbacks.append(f)
        return f

    def call_configure_callbacks(self, config):
        for f in self.configure_callbacks:
            config = f(config)
        return config


def _refused(name):
    def command(*args, **kwargs):
        raise RuntimeError("flask_migrate.%s() runs a migration command from a script: Revlab runs "
                           "`flask db %s` itself, not from inside a revision or model" % (name, name))

    command.__name__ = name
    return command


for _name in ("init", "revision", "migrate", "edit", "merge", "upgrade", "downgrade", "show", "history",
              "heads", "branches", "current", "stamp", "check", "list_templates"):
    globals()[_name] = _refused(_name)
del _name
