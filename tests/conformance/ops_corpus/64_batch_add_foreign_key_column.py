"""batch add_column with a named ForeignKey, and a column dropped from a composite primary key

Revision ID: ops64
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops64'
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
CREATE TABLE memberships (
	user_id INTEGER NOT NULL, 
	team VARCHAR(10) NOT NULL, 
	since INTEGER NOT NULL, 
	PRIMARY KEY (user_id, team, since)
);
INSERT INTO memberships VALUES (1, 'a', 2020), (3, 'b', 2021);
"""


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('editor_id', sa.Integer(), sa.ForeignKey('users.id', name='fk_posts_editor', ondelete='SET NULL'), nullable=True))
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_column('since')


def downgrade():
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.add_column(sa.Column('since', sa.INTEGER(), server_default='0', nullable=False))
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_constraint('fk_posts_editor', type_='foreignkey')
        batch_op.drop_column('editor_id')
