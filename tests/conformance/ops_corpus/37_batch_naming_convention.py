"""batch naming_convention names unnamed constraints on reflection, so that they can be dropped

Revision ID: ops37
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops37'
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
	UNIQUE (title, user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);
CREATE INDEX ix_posts_title ON posts (title);
INSERT INTO posts VALUES (1, 1, 'Hello', 'first post', 10), (2, 1, 'Again', NULL, NULL), (3, 3, 'Mine', 'x', 0);
"""

naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def upgrade():
    with op.batch_alter_table('posts', schema=None, naming_convention=naming_convention) as batch_op:
        batch_op.drop_constraint('fk_posts_user_id_users', type_='foreignkey')
        batch_op.drop_constraint('uq_posts_title', type_='unique')
    with op.batch_alter_table('users', naming_convention=naming_convention) as batch_op:
        batch_op.drop_constraint('uq_users_email', type_='unique')


def downgrade():
    with op.batch_alter_table('users', naming_convention=naming_convention) as batch_op:
        batch_op.create_unique_constraint('uq_users_email', ['email'])
    with op.batch_alter_table('posts', schema=None, naming_convention=naming_convention) as batch_op:
        batch_op.create_unique_constraint('uq_posts_title', ['title', 'user_id'])
        batch_op.create_foreign_key('fk_posts_user_id_users', 'users', ['user_id'], ['id'])
