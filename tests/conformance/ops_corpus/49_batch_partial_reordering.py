"""batch partial_reordering puts existing columns in a new order

Revision ID: ops49
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops49'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	email VARCHAR(120), 
	PRIMARY KEY (id)
);
INSERT INTO users VALUES (1, 'ann', 'ann@example.com'), (2, 'bob', NULL), (3, 'cy', 'cy@example.com');
"""


def upgrade():
    with op.batch_alter_table('users', partial_reordering=[('email', 'name')]) as batch_op:
        batch_op.alter_column('email', existing_type=sa.VARCHAR(length=120), type_=sa.String(length=200))


def downgrade():
    with op.batch_alter_table('users', partial_reordering=[('id', 'name', 'email')]) as batch_op:
        batch_op.alter_column('email', existing_type=sa.String(length=200), type_=sa.VARCHAR(length=120))
