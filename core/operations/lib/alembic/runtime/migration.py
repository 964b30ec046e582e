"""alembic.runtime.migration.MigrationContext, as far as revision scripts use it (op.get_context()):
its dialect, its connection, whether it writes SQL (as_sql), and its options."""

import _revlab_sa

_context = None


def _revlab_context():
    """The context of the running command (one per interpreter, as one per Alembic run)."""
    global _context
    if _context is None:
        _context = MigrationContext()
    return _context


class _Operations:
    """The Operations object that `op` proxies (op._proxy): its migration context and impl."""

    @property
    def migration_context(self):
        return _revlab_context()

    @property
    def impl(self):
        return _revlab_context().impl

    def get_context(self):
        return _revlab_context()

    def get_bind(self):
        return _revlab_context().bind


def _revlab_operations():
    return _Operations()


class MigrationContext:
    def __init__(self):
        self.opts = {"as_sql": _revlab_sa.offline(), "render_as_batch": True}
        self.environment_context = None

    @property
    def as_sql(self):
        return _revlab_sa.offline()

    @property
    def config(self):
        # Alembic's MigrationContext.config is its EnvironmentContext's Config: alembic.context.config,
        # the project's alembic.ini as env.py saw it (scripts read the URL from it: engine_from_config).
        from alembic import context

        return getattr(context, "config", None)

    @property
    def bind(self):
        from sqlalchemy.engine import _revlab_connection

        return _revlab_connection()

    @property
    def connection(self):
        return self.bind

    @property
    def dialect(self):
        return self.bind.dialect

    @property
    def impl(self):
        return _Impl(self)

    def execute(self, sql, execution_options=None):
        from alembic import op

        op.execute(sql, execution_options)

    @property
    def version_table(self):
        # env.py's configure(version_table=...), else Alembic's default.
        from alembic import context

        configured = context._revlab_state["configure"] or {}
        return configured.get("version_table", "alembic_version")

    def get_current_heads(self):
        table = '"%s"' % self.version_table.replace('"', '""')
        rows = _revlab_sa.execute("SELECT version_num FROM %s" % table)[1]
        return tuple(r[0] for r in rows)

    def get_current_revision(self):
        heads = self.get_current_heads()
        if len(heads) > 1:
            raise RuntimeError("Version table 'alembic_version' has more than one head present; "
                               "please use get_current_heads()")
        return heads[0] if heads else None


class _Impl:
    """DefaultImpl's face: which dialect, and that SQLite DDL is not transactional to Alembic."""

    transactional_ddl = False

    def __init__(self, context):
        self.migration_context = context

    @property
    def dialect(self):
        return self.migration_context.dialect

    @property
    def bind(self):
        return self.migration_context.bind
