"""create_index with sa.text expressions, mixed columns and a partial WHERE

Revision ID: ops11
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops11'
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
    op.create_index('ix_users_lower_email', 'users', [sa.text('lower(email)')], unique=True)
    op.create_index('ix_users_name_len', 'users', ['name', sa.text('length(name)')])
    op.create_index('ix_users_has_email', 'users', ['name'], unique=False, sqlite_where=sa.text('email IS NOT NULL'))


def downgrade():
    op.drop_index('ix_users_has_email', table_name='users')
    op.drop_index('ix_users_name_len', table_name='users')
    op.drop_index('ix_users_lower_email', table_name='users')
