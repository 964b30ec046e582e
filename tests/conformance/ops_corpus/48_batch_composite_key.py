"""batch on a table with a composite primary key and a composite foreign key

Revision ID: ops48
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops48'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE grid (
	x INTEGER NOT NULL, 
	y INTEGER NOT NULL, 
	v VARCHAR(10), 
	CONSTRAINT pk_grid PRIMARY KEY (x, y)
);
INSERT INTO grid VALUES (1, 1, 'a'), (1, 2, 'b');
CREATE TABLE marks (
	id INTEGER NOT NULL, 
	gx INTEGER, 
	gy INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_marks_grid FOREIGN KEY(gx, gy) REFERENCES grid (x, y)
);
INSERT INTO marks VALUES (1, 1, 2), (2, NULL, NULL);
"""


def upgrade():
    with op.batch_alter_table('grid', schema=None) as batch_op:
        batch_op.alter_column('v', existing_type=sa.VARCHAR(length=10), type_=sa.String(length=20))
    with op.batch_alter_table('marks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('weight', sa.Float(), nullable=True))
        batch_op.drop_constraint('fk_marks_grid', type_='foreignkey')
        batch_op.create_foreign_key('fk_marks_grid', 'grid', ['gx', 'gy'], ['x', 'y'], ondelete='CASCADE')


def downgrade():
    with op.batch_alter_table('marks', schema=None) as batch_op:
        batch_op.drop_constraint('fk_marks_grid', type_='foreignkey')
        batch_op.create_foreign_key('fk_marks_grid', 'grid', ['gx', 'gy'], ['x', 'y'])
        batch_op.drop_column('weight')
    with op.batch_alter_table('grid', schema=None) as batch_op:
        batch_op.alter_column('v', existing_type=sa.String(length=20), type_=sa.VARCHAR(length=10))
