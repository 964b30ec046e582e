"""bulk_insert with op.inline_literal in its default multiinsert mode fails, as in Alembic

Revision ID: ops58
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops58'
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
EXPECT = "error: type '_literal_bindparam' is not supported"

users = sa.table('users', sa.column('id', sa.Integer), sa.column('name', sa.String))


def upgrade():
    op.bulk_insert(users, [{'id': 20, 'name': 'a'}, {'id': 21, 'name': op.inline_literal('b')}])


def downgrade():
    op.execute("DELETE FROM users WHERE id IN (20, 21)")
