"""batch with many operations at once: add, drop, rename, retype, constraints and indexes

Revision ID: ops47
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops47'
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
        batch_op.add_column(sa.Column('slug', sa.String(length=120), nullable=True))
        batch_op.drop_column('views')
        batch_op.alter_column('body', new_column_name='content', existing_type=sa.TEXT())
        batch_op.alter_column('title', existing_type=sa.VARCHAR(length=100), type_=sa.String(length=150), existing_nullable=False)
        batch_op.create_unique_constraint('uq_posts_slug', ['slug'])
        batch_op.create_check_constraint('ck_posts_title', 'length(title) > 0')
        batch_op.drop_index('ix_posts_title')
        batch_op.create_index('ix_posts_user_title', ['user_id', 'title'], unique=False)


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_user_title')
        batch_op.create_index('ix_posts_title', ['title'], unique=False)
        batch_op.drop_constraint('ck_posts_title', type_='check')
        batch_op.drop_constraint('uq_posts_slug', type_='unique')
        batch_op.alter_column('title', existing_type=sa.String(length=150), type_=sa.VARCHAR(length=100), existing_nullable=False)
        batch_op.alter_column('content', new_column_name='body', existing_type=sa.TEXT())
        batch_op.add_column(sa.Column('views', sa.INTEGER(), nullable=True))
        batch_op.drop_column('slug')
