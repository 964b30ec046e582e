"""batch on a table with a foreign key to itself: the key keeps pointing at the table

Revision ID: ops43
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops43'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE nodes (
	id INTEGER NOT NULL, 
	parent_id INTEGER, 
	label VARCHAR(20), 
	PRIMARY KEY (id), 
	CONSTRAINT fk_nodes_parent FOREIGN KEY(parent_id) REFERENCES nodes (id) ON DELETE CASCADE
);
INSERT INTO nodes VALUES (1, NULL, 'root'), (2, 1, 'child'), (3, 2, 'leaf');
"""


def upgrade():
    with op.batch_alter_table('nodes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('depth', sa.Integer(), server_default=sa.text('0'), nullable=False))
        batch_op.alter_column('label', existing_type=sa.VARCHAR(length=20), type_=sa.String(length=40))


def downgrade():
    with op.batch_alter_table('nodes', schema=None) as batch_op:
        batch_op.alter_column('label', existing_type=sa.String(length=40), type_=sa.VARCHAR(length=20))
        batch_op.drop_column('depth')
