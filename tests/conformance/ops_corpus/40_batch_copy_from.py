"""batch copy_from: the table is described by the script instead of reflected

Revision ID: ops40
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops40'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE notes (
	id INTEGER NOT NULL, 
	text VARCHAR(100), 
	pinned BOOLEAN, 
	PRIMARY KEY (id), 
	CHECK (length(text) < 100)
);
INSERT INTO notes VALUES (1, 'one', 1), (2, NULL, 0);
"""

notes = sa.Table(
    'notes',
    sa.MetaData(),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=100)),
    sa.Column('pinned', sa.Boolean()),
    sa.PrimaryKeyConstraint('id'),
    sa.CheckConstraint('length(text) < 100'),
)


def upgrade():
    with op.batch_alter_table('notes', copy_from=notes) as batch_op:
        batch_op.alter_column('text', existing_type=sa.String(length=100), type_=sa.String(length=200))
        batch_op.add_column(sa.Column('color', sa.String(length=10), nullable=True))


def downgrade():
    with op.batch_alter_table('notes') as batch_op:
        batch_op.drop_column('color')
        batch_op.alter_column('text', existing_type=sa.String(length=200), type_=sa.String(length=100))
