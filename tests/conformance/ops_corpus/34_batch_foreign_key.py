"""batch create_foreign_key with ondelete/onupdate, and drop_constraint(type_="foreignkey")

Revision ID: ops34
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops34'
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
CREATE TABLE comments (
	id INTEGER NOT NULL, 
	post_id INTEGER, 
	author_id INTEGER, 
	text VARCHAR(200), 
	PRIMARY KEY (id)
);
INSERT INTO comments VALUES (1, 1, 2, 'nice'), (2, 3, NULL, 'hm');
"""


def upgrade():
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_foreign_key('fk_comments_post', 'posts', ['post_id'], ['id'], ondelete='CASCADE', onupdate='CASCADE')
        batch_op.create_foreign_key(batch_op.f('fk_comments_author'), 'users', ['author_id'], ['id'], ondelete='SET NULL')


def downgrade():
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_comments_author'), type_='foreignkey')
        batch_op.drop_constraint('fk_comments_post', type_='foreignkey')
