"""bulk_insert through a module-level sa.table(); op.inline_literal values with multiinsert=False

Revision ID: ops14
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops14'
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
# The migration adds or removes rows on purpose: the unit suite does not count them.
ROWS = 'changed: inserts rows'

users = sa.table(
    'users',
    sa.column('id', sa.Integer),
    sa.column('name', sa.String),
    sa.column('email', sa.String),
)


def upgrade():
    op.bulk_insert(users, [
        {'id': 10, 'name': 'eve', 'email': 'eve@example.com'},
        {'id': 11, 'name': 'fay', 'email': None},
    ])
    op.bulk_insert(users, [{'id': 12, 'name': op.inline_literal('gus'), 'email': 'gus@example.com'}, {'id': 13, 'name': 'hal'}],
                   multiinsert=False)


def downgrade():
    op.execute("DELETE FROM users WHERE id >= 10")
