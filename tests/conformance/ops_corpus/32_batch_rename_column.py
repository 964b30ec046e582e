"""batch alter_column new_column_name: indexes, unique and foreign keys follow the column

Revision ID: ops32
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops32'
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
        batch_op.alter_column('title', new_column_name='headline', existing_type=sa.VARCHAR(length=100), existing_nullable=False)
        batch_op.alter_column('user_id', new_column_name='author_id', existing_type=sa.INTEGER())
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('email', new_column_name='mail', existing_type=sa.VARCHAR(length=120))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('mail', new_column_name='email', existing_type=sa.VARCHAR(length=120))
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.alter_column('author_id', new_column_name='user_id', existing_type=sa.INTEGER())
        batch_op.alter_column('headline', new_column_name='title', existing_type=sa.VARCHAR(length=100), existing_nullable=False)
