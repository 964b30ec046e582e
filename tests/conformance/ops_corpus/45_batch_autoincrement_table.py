"""batch on a table created with sqlite_autoincrement

Revision ID: ops45
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops45'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE logs (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	msg VARCHAR(100)
);
INSERT INTO logs (msg) VALUES ('a'), ('b'), ('c');
DELETE FROM logs WHERE msg = 'c';
"""


def upgrade():
    with op.batch_alter_table('logs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('level', sa.String(length=10), nullable=True))
        batch_op.alter_column('msg', existing_type=sa.VARCHAR(length=100), nullable=False)


def downgrade():
    with op.batch_alter_table('logs', schema=None) as batch_op:
        batch_op.alter_column('msg', existing_type=sa.VARCHAR(length=100), nullable=True)
        batch_op.drop_column('level')
