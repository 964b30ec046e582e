"""drop_column of a column that holds values (SQLite DROP COLUMN); downgrade adds it back

Revision ID: ops08
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops08'
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
    op.drop_column('users', 'email')


def downgrade():
    op.add_column('users', sa.Column('email', sa.VARCHAR(length=120), nullable=True))
