"""batch create_primary_key on a table without one, and drop_constraint(type_="primary")

Revision ID: ops36
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops36'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE pairs (
	a INTEGER NOT NULL, 
	b INTEGER NOT NULL, 
	note VARCHAR(20)
);
INSERT INTO pairs VALUES (1, 1, 'x'), (1, 2, NULL), (2, 1, 'y');
"""


def upgrade():
    with op.batch_alter_table('pairs', schema=None) as batch_op:
        batch_op.create_primary_key('pk_pairs', ['a', 'b'])


def downgrade():
    with op.batch_alter_table('pairs', schema=None) as batch_op:
        batch_op.drop_constraint('pk_pairs', type_='primary')
