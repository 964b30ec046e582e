"""create_index: unique, multi-column, op.f names; drop_index

Revision ID: ops10
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops10'
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
CREATE INDEX ix_old ON users (email);
"""


def upgrade():
    op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True)
    op.create_index('ix_users_name_email', 'users', ['name', 'email'], unique=False)
    op.create_index('ix_users_name', 'users', ['name'])
    op.drop_index('ix_old', table_name='users')


def downgrade():
    op.create_index('ix_old', 'users', ['email'], unique=False)
    op.drop_index('ix_users_name', table_name='users')
    op.drop_index('ix_users_name_email', table_name='users')
    op.drop_index(op.f('ix_users_email'), table_name='users')
