"""alembic.context: the migration context as revision scripts reach it.

get_context(), get_bind(), get_impl(), is_offline_mode() and execute() are what revision scripts call; env.py's
configure()/run_migrations() belong to the env.py support (not here yet).
"""

from alembic.runtime.migration import _revlab_context


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
    return _revlab_context().as_sql


def is_transactional_ddl():
    # Alembic's SQLite implementation says False ("Will assume non-transactional DDL"); Revlab runs
    # every step in a transaction anyway (README, "Deliberate differences").
    return False


def execute(sql, execution_options=None):
    from alembic import op

    return op.execute(sql, execution_options)


def get_x_argument(as_dictionary=False):
    return {} if as_dictionary else []
