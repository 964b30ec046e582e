"""alembic.context: the EnvironmentContext of one command, as env.py and revision scripts reach it.

env.py calls configure() with its options, then begin_transaction() and run_migrations(). Revlab records what
configure() was given (the command reads it back through `_revlab_state`: which options to apply, and where the
call was) and runs the steps itself once env.py has returned, in its own transaction.
get_context(), get_bind(), get_impl(), is_offline_mode() and execute() are what revision scripts call.
"""

import argparse

from alembic.config import Config
from alembic.runtime.migration import _revlab_context

try:
    import _revlab_env
except ImportError:  # revision scripts run without an env.py (Revlab's own tests)
    _revlab_env = None


def _settings():
    if _revlab_env is None:
        return {"ini": None, "script_location": "migrations", "autogenerate": False, "x": [], "offline": False}
    return _revlab_env.settings()


def _make_config():
    # Flask-Migrate's Migrate.get_config: the ini beside env.py, script_location, cmd_opts.
    s = _settings()
    c = Config(s["ini"])
    c.set_main_option("script_location", s["script_location"])
    c.cmd_opts = argparse.Namespace()
    if s["autogenerate"]:
        c.cmd_opts.autogenerate = True
    c.cmd_opts.x = list(s["x"]) if s["x"] is not None else None
    return c


config = _make_config()

# What env.py did: configure()'s keyword arguments (None until it is called), where it was called
# (file, line, column), and whether run_migrations() was reached.
_revlab_state = {"configure": None, "where": None, "ran": False}


def configure(connection=None, url=None, dialect_name=None, dialect_opts=None, transactional_ddl=None,
              transaction_per_migration=False, output_buffer=None, starting_rev=None, tag=None,
              template_args=None, render_as_batch=False, target_metadata=None, include_name=None,
              include_object=None, include_schemas=False, process_revision_directives=None,
              compare_type=False, compare_server_default=False, render_item=None, literal_binds=False,
              upgrade_token="upgrades", downgrade_token="downgrades", alembic_module_prefix="op.",
              sqlalchemy_module_prefix="sa.", user_module_prefix=None, on_version_apply=None, **kw):
    given = dict(kw)
    for name, value, default in (
            ("connection", connection, None), ("url", url, None), ("dialect_name", dialect_name, None),
            ("dialect_opts", dialect_opts, None), ("transactional_ddl", transactional_ddl, None),
            ("transaction_per_migration", transaction_per_migration, False),
            ("output_buffer", output_buffer, None), ("starting_rev", starting_rev, None), ("tag", tag, None),
            ("template_args", template_args, None), ("render_as_batch", render_as_batch, False),
            ("target_metadata", target_metadata, None), ("include_name", include_name, None),
            ("include_object", include_object, None), ("include_schemas", include_schemas, False),
            ("process_revision_directives", process_revision_directives, None),
            ("compare_type", compare_type, False), ("compare_server_default", compare_server_default, False),
            ("render_item", render_item, None), ("literal_binds", literal_binds, False),
            ("upgrade_token", upgrade_token, "upgrades"), ("downgrade_token", downgrade_token, "downgrades"),
            ("alembic_module_prefix", alembic_module_prefix, "op."),
            ("sqlalchemy_module_prefix", sqlalchemy_module_prefix, "sa."),
            ("user_module_prefix", user_module_prefix, None), ("on_version_apply", on_version_apply, None)):
        if value is default or (type(value) is type(default) and value == default):
            continue  # not given, or given as Alembic's default
        given[name] = value
    # render_as_batch, compare_type and the rest keep Alembic's defaults when not given.
    given.setdefault("render_as_batch", False)
    given.setdefault("compare_type", False)
    given.setdefault("target_metadata", None)
    _revlab_state["configure"] = given
    if _revlab_env is not None:
        import _revlab_frames

        _revlab_state["where"] = _revlab_frames.caller(1)[:2]
        _revlab_env.configured()  # MigrationContext's first log lines, now, as Alembic logs them here


class _Transaction:
    def __enter__(self):
        return self

    def __exit__(self, type_, value, traceback):
        return False


def begin_transaction():
    # Revlab runs the steps in one transaction of its own, a savepoint per step.
    return _Transaction()


def run_migrations(**kw):
    assert _revlab_state["configure"] is not None  # as Alembic's: configure() first
    _revlab_state["ran"] = True
    _revlab_state["run_kw"] = kw
    if _revlab_env is not None:
        # The command's work runs now, on the database configure() connected to; the keywords
        # (engine_name=, in Flask-Migrate's --multidb env.py) reach every upgrade()/downgrade().
        _revlab_env.run_migrations(_configured_url(), kw)


def _configured_url():
    """The URL of what configure() was given (a Connection, an Engine or a url), or None."""
    given = _revlab_state["configure"]
    connection = given.get("connection")
    if connection is not None:
        engine = getattr(connection, "engine", connection)
        url = getattr(engine, "url", None)
        return None if url is None else str(url)
    if given.get("url") is not None:
        return str(given["url"])
    return None


class _SchemaItem:
    """A table or column as env.py's include_object sees it in Revlab: its name, key, table, schema (None)
    and info ({}). Revlab compares its own model of the schema, so a hook that reaches further (types,
    constraints) gets an AttributeError naming what is missing."""

    def __init__(self, name, table=None):
        self.name = name
        self.key = name
        self.table = table
        self.schema = None
        self.info = {}

    def __repr__(self):
        if self.table is None:
            return "Table(%r)" % (self.name,)
        return "Column(%r, table=<%s>)" % (self.name, self.table.name)


def _revlab_include_name(type_, name, table_name):
    """configure(include_name=...) for one reflected name, with the parent names Alembic passes."""
    hook = _revlab_state["configure"]["include_name"]
    if type_ == "schema":
        return bool(hook(None, "schema", {}))
    if type_ == "table":
        parents = {"schema_name": None, "schema_qualified_table_name": name}
    else:
        parents = {"table_name": table_name, "schema_name": None, "schema_qualified_table_name": table_name}
    return bool(hook(name, type_, parents))


def _revlab_include_object(type_, name, table_name, reflected, has_compare_to):
    """configure(include_object=...) for one table or column of the comparison."""
    hook = _revlab_state["configure"]["include_object"]
    table = _SchemaItem(table_name) if table_name else None
    compare_to = _SchemaItem(name, _SchemaItem(table_name) if table_name else None) if has_compare_to else None
    return bool(hook(_SchemaItem(name, table), name, type_, reflected, compare_to))


def get_context():
    return _revlab_context()


def get_bind():
    return _revlab_context().bind


def get_impl():
    """The dialect implementation (Alembic's SQLiteImpl): its bind, dialect and transactional_ddl."""
    return _revlab_context().impl


def get_tag_argument():
    return None


def is_offline_mode():
    if _revlab_env is not None:
        return _settings()["offline"]
    return _revlab_context().as_sql


def is_transactional_ddl():
    # Alembic's SQLite implementation says False ("Will assume non-transactional DDL"); Revlab runs
    # every step in a transaction anyway (README, "Deliberate differences").
    return False


def execute(sql, execution_options=None):
    from alembic import op

    return op.execute(sql, execution_options)


def get_x_argument(as_dictionary=False):
    args = _settings()["x"] or []
    if as_dictionary:
        return dict(arg.split("=", 1) for arg in args)
    return list(args)

