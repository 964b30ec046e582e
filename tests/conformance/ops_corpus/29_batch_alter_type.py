"""batch alter_column type_: widening, narrowing with fitting values, casts across affinities, JSON

Revision ID: ops29
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops29'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE items (
	id INTEGER NOT NULL, 
	code VARCHAR(50), 
	qty VARCHAR(10), 
	price INTEGER, 
	meta TEXT, 
	PRIMARY KEY (id)
);
INSERT INTO items VALUES (1, 'abc', '12', 5, '{"k": 1}'), (2, NULL, '007', NULL, NULL), (3, 'xyz', ' 3', 12, '[]');
"""


def upgrade():
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.alter_column('code', existing_type=sa.String(length=50), type_=sa.String(length=10), existing_nullable=True)
        batch_op.alter_column('qty', existing_type=sa.VARCHAR(length=10), type_=sa.Integer())
        batch_op.alter_column('price', existing_type=sa.INTEGER(), type_=sa.Numeric(precision=10, scale=2))
        batch_op.alter_column('meta', existing_type=sa.TEXT(), type_=sa.JSON())


def downgrade():
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.alter_column('meta', existing_type=sa.JSON(), type_=sa.TEXT())
        batch_op.alter_column('price', existing_type=sa.Numeric(precision=10, scale=2), type_=sa.INTEGER())
        batch_op.alter_column('qty', existing_type=sa.Integer(), type_=sa.VARCHAR(length=10))
        batch_op.alter_column('code', existing_type=sa.String(length=10), type_=sa.String(length=50), existing_nullable=True)
