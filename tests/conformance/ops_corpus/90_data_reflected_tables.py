"""Tables reflected from the connection (MetaData.reflect(bind, only=...), sa.Table(name, meta,
autoload_with=conn)) handed to bulk_insert, execute(update/insert/delete) and batch copy_from

Revision ID: ops90
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops90'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE role (
	id INTEGER NOT NULL, 
	name VARCHAR(128) NOT NULL, 
	description VARCHAR(256), 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE version (
	name VARCHAR(32) NOT NULL, 
	value INTEGER NOT NULL, 
	PRIMARY KEY (name)
);
INSERT INTO role VALUES (1, 'Administrators', 'the admins');
INSERT INTO version VALUES ('ConfigDB', 2);
"""
ROWS = "changed: bulk_insert adds a role"


def upgrade():
    meta = sa.MetaData()
    meta.reflect(op.get_bind(), only=('role',), resolve_fks=False)
    role_table = sa.Table('role', meta)
    op.execute(role_table.update().where(role_table.c.name == 'Administrators')
               .values(name='Administrator', description='pgAdmin Administrator Role'))
    op.bulk_insert(role_table, [{'name': 'User', 'description': 'pgAdmin User Role'}])

    version_table = sa.Table('version', sa.MetaData(), autoload_with=op.get_bind())
    op.execute(version_table.update().where(version_table.c.name == 'ConfigDB').values(value=52))
    with op.batch_alter_table('version', copy_from=version_table) as batch_op:
        batch_op.alter_column('value', existing_type=sa.Integer(), server_default='1')


def downgrade():
    meta = sa.MetaData()
    meta.reflect(op.get_bind(), only=('role', 'version'))
    role_table = meta.tables['role']
    op.execute(role_table.delete().where(role_table.c.name == 'User'))
    op.execute(role_table.update().where(role_table.c.id == 1)
               .values(name='Administrators', description='the admins'))
    with op.batch_alter_table('version', copy_from=meta.tables['version']) as batch_op:
        batch_op.alter_column('value', existing_type=sa.Integer(), server_default=None)
    op.execute(meta.tables['version'].update().values(value=2))
