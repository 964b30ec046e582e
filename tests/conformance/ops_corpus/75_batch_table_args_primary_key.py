"""batch table_args with a named primary key: the table's own (empty, unnamed) key replaces it and takes its column, as in Alembic

Revision ID: ops75
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops75'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE tags (
	name VARCHAR(20) NOT NULL, 
	weight INTEGER
);
INSERT INTO tags VALUES ('a', 1), ('b', NULL);
"""


def upgrade():
    with op.batch_alter_table('tags', table_args=(sa.PrimaryKeyConstraint('name', name='pk_tags'),), recreate='always') as batch_op:
        batch_op.alter_column('weight', existing_type=sa.INTEGER(), server_default='0')


def downgrade():
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.alter_column('weight', existing_type=sa.INTEGER(), server_default=None)
