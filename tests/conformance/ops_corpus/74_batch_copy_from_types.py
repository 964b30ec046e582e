"""batch copy_from a table with a Boolean CHECK, a foreign key and an index, dropping a column

Revision ID: ops74
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops74'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE parents (
	id INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO parents VALUES (1), (2);
CREATE TABLE kids (
	id INTEGER NOT NULL, 
	parent_id INTEGER, 
	happy BOOLEAN, 
	nick VARCHAR(10), 
	PRIMARY KEY (id), 
	CHECK (happy IN (0, 1)), 
	FOREIGN KEY(parent_id) REFERENCES parents (id)
);
CREATE INDEX ix_kids_nick ON kids (nick);
INSERT INTO kids VALUES (1, 1, 1, 'a'), (2, NULL, 0, NULL);
"""

kids = sa.Table(
    'kids',
    sa.MetaData(),
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('parent_id', sa.Integer(), sa.ForeignKey('parents.id')),
    sa.Column('happy', sa.Boolean(create_constraint=True)),
    sa.Column('nick', sa.String(length=10)),
    sa.Index('ix_kids_nick', 'nick'),
)


def upgrade():
    with op.batch_alter_table('kids', copy_from=kids) as batch_op:
        batch_op.alter_column('nick', existing_type=sa.String(length=10), type_=sa.String(length=30))


def downgrade():
    with op.batch_alter_table('kids', copy_from=kids) as batch_op:
        batch_op.alter_column('nick', existing_type=sa.String(length=30), type_=sa.String(length=10))
