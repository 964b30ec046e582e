"""batch partial_reordering together with added columns placed by insert_before/insert_after

Revision ID: ops72
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops72'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE people (
	id INTEGER NOT NULL, 
	last VARCHAR(20), 
	first VARCHAR(20), 
	age INTEGER, 
	PRIMARY KEY (id)
);
INSERT INTO people VALUES (1, 'Doe', 'Jane', 30), (2, 'Roe', NULL, NULL);
"""


def upgrade():
    with op.batch_alter_table('people', partial_reordering=[('id', 'first', 'last')], recreate='always') as batch_op:
        batch_op.add_column(sa.Column('middle', sa.String(length=20), nullable=True), insert_after='first')
        batch_op.add_column(sa.Column('title', sa.String(length=5), nullable=True), insert_before='first')


def downgrade():
    with op.batch_alter_table('people', partial_reordering=[('id', 'last', 'first', 'age')]) as batch_op:
        batch_op.drop_column('title')
        batch_op.drop_column('middle')
