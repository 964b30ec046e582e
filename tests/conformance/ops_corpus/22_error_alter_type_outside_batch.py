"""alter_column(type_=...) outside batch: SQLite rejects ALTER COLUMN

Revision ID: ops22
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops22'
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
EXPECT = 'error: near "ALTER": syntax error'


def upgrade():
    op.alter_column('users', 'name', existing_type=sa.String(length=50), type_=sa.String(length=100))


def downgrade():
    op.alter_column('users', 'name', existing_type=sa.String(length=100), type_=sa.String(length=50))
