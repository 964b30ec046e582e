"""batch drop_column: the table is recreated, other columns, indexes and keys kept

Revision ID: ops28
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops28'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	email VARCHAR(120), 
	PRIMARY KEY (id), 
	UNIQUE (email)
);
INSERT INTO users VALUES (1, 'ann', 'ann@example.com'), (2, 'bob', NULL), (3, 'cy', 'cy@example.com');
CREATE TABLE posts (
	id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	title VARCHAR(100) NOT NULL, 
	body TEXT, 
	views INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE INDEX ix_posts_title ON posts (title);
INSERT INTO posts VALUES (1, 1, 'Hello', 'first post', 10), (2, 1, 'Again', NULL, NULL), (3, 3, 'Mine', 'x', 0);
"""


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_column('body')


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('body', sa.TEXT(), nullable=True))
