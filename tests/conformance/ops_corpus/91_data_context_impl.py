"""Dialect checks through alembic.context: get_impl().bind.dialect.name, get_context().dialect, is_offline_mode()

Revision ID: ops91
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op, context
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops91'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE server (
	id INTEGER NOT NULL, 
	name VARCHAR(128) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO server VALUES (1, 'local'), (2, 'remote');
"""


def upgrade():
    impl = context.get_impl()
    with op.batch_alter_table("server", table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        if impl.bind.dialect.name == "sqlite" and not context.is_offline_mode():
            batch_op.alter_column('id', autoincrement=True)
        if op.get_context().dialect.name == "postgresql":
            batch_op.add_column(sa.Column('never', sa.Integer()))
        batch_op.add_column(sa.Column('is_adhoc', sa.Integer(), server_default='0'))
    if impl.transactional_ddl is False and context.get_context().impl.bind.dialect.name == "sqlite":
        op.execute("UPDATE server SET is_adhoc = 1 WHERE id = 2")


def downgrade():
    if context.get_impl().bind.dialect.name == "sqlite":
        with op.batch_alter_table("server") as batch_op:
            batch_op.drop_column('is_adhoc')
