"""alter_column(new_column_name=...) outside batch: SQLite RENAME COLUMN, indexes follow

Revision ID: ops09
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops09'
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
CREATE UNIQUE INDEX ix_users_email ON users (email);
"""


def upgrade():
    op.alter_column('users', 'email', new_column_name='mail', existing_type=sa.String(length=120), existing_nullable=True)
    op.alter_column('users', 'name', new_column_name='full_name')


def downgrade():
    op.alter_column('users', 'full_name', new_column_name='name')
    op.alter_column('users', 'mail', new_column_name='email', existing_type=sa.String(length=120), existing_nullable=True)
