"""a data migration: add a column, fill it with UPDATE, then make it NOT NULL in batch

Revision ID: ops50
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops50'
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
    op.add_column('users', sa.Column('handle', sa.String(length=60), nullable=True))
    op.execute("UPDATE users SET handle = lower(name) || '_' || id")
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('handle', existing_type=sa.String(length=60), nullable=False)
        batch_op.create_unique_constraint('uq_users_handle', ['handle'])


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint('uq_users_handle', type_='unique')
        batch_op.drop_column('handle')
