"""batch on a table with generated columns: Revlab leaves them out of the copy (Alembic tries to INSERT into them, and fails)

Revision ID: ops71
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops71'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE lines (
	id INTEGER NOT NULL, 
	qty INTEGER NOT NULL, 
	price NUMERIC(8, 2) NOT NULL, 
	total FLOAT GENERATED ALWAYS AS (qty * price), 
	label VARCHAR(20) GENERATED ALWAYS AS ('x' || qty) STORED, 
	PRIMARY KEY (id)
);
INSERT INTO lines (id, qty, price) VALUES (1, 3, 2.5), (2, 1, 9);
"""
EXPECT = 'improved: generated columns compute themselves in the new table'


def upgrade():
    with op.batch_alter_table('lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.String(length=40), nullable=True))
        batch_op.alter_column('qty', existing_type=sa.INTEGER(), type_=sa.BigInteger())


def downgrade():
    with op.batch_alter_table('lines', schema=None) as batch_op:
        batch_op.alter_column('qty', existing_type=sa.BigInteger(), type_=sa.INTEGER())
        batch_op.drop_column('note')
