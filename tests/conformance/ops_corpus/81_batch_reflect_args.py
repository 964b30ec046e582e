"""batch_alter_table(reflect_args=[...]): the given Columns stand for the reflected ones (type, nullability,
default and keys; a reflected foreign key on a replaced column goes, unique constraints and indexes stay)

Revision ID: ops81
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops81'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE things (
	id INTEGER NOT NULL, 
	flag INTEGER, 
	name VARCHAR(10) DEFAULT 'x' NOT NULL, 
	parent_id INTEGER, 
	code INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_name_code UNIQUE (name, code), 
	CONSTRAINT fk_parent FOREIGN KEY(parent_id) REFERENCES things (id)
);
CREATE INDEX ix_things_code ON things (code);
INSERT INTO things VALUES (1, 1, 'a', NULL, 7), (2, 0, 'b', 1, 8), (3, NULL, 'c', 1, NULL);
"""


def upgrade():
    with op.batch_alter_table('things', reflect_args=[
            sa.Column('flag', sa.Boolean()),
            sa.Column('name', sa.String(20)),
            sa.Column('parent_id', sa.Integer()),
            sa.Column('code', sa.BigInteger(), nullable=True)]) as batch_op:
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('things', reflect_args=(sa.Column('id', sa.Integer(), primary_key=True),)) as batch_op:
        batch_op.drop_column('note')
