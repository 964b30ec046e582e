"""batch with Boolean and Enum types, with and without their CHECK constraints

Revision ID: ops42
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops42'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE flags (
	id INTEGER NOT NULL, 
	on_off INTEGER, 
	kind VARCHAR(10), 
	PRIMARY KEY (id)
);
INSERT INTO flags VALUES (1, 1, 'a'), (2, 0, 'b'), (3, NULL, NULL);
"""


def upgrade():
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.alter_column('on_off', existing_type=sa.INTEGER(), type_=sa.Boolean())
        batch_op.alter_column('kind', existing_type=sa.VARCHAR(length=10), type_=sa.Enum('a', 'b', name='flag_kind'))
        batch_op.add_column(sa.Column('checked', sa.Boolean(create_constraint=True, name='ck_flags_checked'), nullable=True))


def downgrade():
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.drop_column('checked', existing_type=sa.Boolean(create_constraint=True, name='ck_flags_checked'))
        batch_op.alter_column('kind', existing_type=sa.Enum('a', 'b', name='flag_kind'), type_=sa.VARCHAR(length=10))
        batch_op.alter_column('on_off', existing_type=sa.Boolean(), type_=sa.INTEGER())
