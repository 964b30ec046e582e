"""batch alter_column to Boolean/Enum with create_constraint: their named CHECKs are added

Revision ID: ops65
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops65'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE flags (
	id INTEGER NOT NULL, 
	active INTEGER, 
	size VARCHAR(5), 
	PRIMARY KEY (id)
);
INSERT INTO flags VALUES (1, 1, 's'), (2, 0, 'm'), (3, NULL, NULL);
"""


def upgrade():
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.alter_column('active', existing_type=sa.INTEGER(), type_=sa.Boolean(create_constraint=True, name='ck_flags_active'))
        batch_op.alter_column('size', existing_type=sa.VARCHAR(length=5), type_=sa.Enum('s', 'm', 'l', name='flag_size', create_constraint=True))


def downgrade():
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.drop_constraint('flag_size', type_='check')
        batch_op.drop_constraint('ck_flags_active', type_='check')
        batch_op.alter_column('size', existing_type=sa.Enum('s', 'm', 'l', name='flag_size'), type_=sa.VARCHAR(length=5))
        batch_op.alter_column('active', existing_type=sa.Boolean(), type_=sa.INTEGER())
