"""batch alter_column renaming and retyping one column: the copy casts the old column

Revision ID: ops66
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops66'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE readings (
	id INTEGER NOT NULL, 
	value VARCHAR(20), 
	taken VARCHAR(30), 
	PRIMARY KEY (id)
);
INSERT INTO readings VALUES (1, '3.5', '2024-01-01 10:00:00'), (2, '7', NULL), (3, NULL, '2024-02-02');
"""


def upgrade():
    with op.batch_alter_table('readings', schema=None) as batch_op:
        batch_op.alter_column('value', new_column_name='amount', existing_type=sa.VARCHAR(length=20), type_=sa.Float())
        batch_op.alter_column('taken', new_column_name='taken_at', existing_type=sa.VARCHAR(length=30), type_=sa.Text())


def downgrade():
    with op.batch_alter_table('readings', schema=None) as batch_op:
        batch_op.alter_column('taken_at', new_column_name='taken', existing_type=sa.Text(), type_=sa.VARCHAR(length=30))
        batch_op.alter_column('amount', new_column_name='value', existing_type=sa.Float(), type_=sa.VARCHAR(length=20))
