"""batch narrowing type changes keep every value (SQLite does not truncate); Revlab warns first

Revision ID: ops53
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops53'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE msgs (
	id INTEGER NOT NULL, 
	subject VARCHAR(100), 
	flag INTEGER, 
	score FLOAT, 
	PRIMARY KEY (id)
);
INSERT INTO msgs VALUES (1, 'a subject that is far too long', 5, 1.75), (2, 'short', 1, 2.0), (3, NULL, 0, NULL);
"""


def upgrade():
    with op.batch_alter_table('msgs', schema=None) as batch_op:
        batch_op.alter_column('subject', existing_type=sa.VARCHAR(length=100), type_=sa.String(length=10))
        batch_op.alter_column('flag', existing_type=sa.INTEGER(), type_=sa.Boolean())
        batch_op.alter_column('score', existing_type=sa.FLOAT(), type_=sa.Integer())


def downgrade():
    with op.batch_alter_table('msgs', schema=None) as batch_op:
        batch_op.alter_column('score', existing_type=sa.Integer(), type_=sa.FLOAT())
        batch_op.alter_column('flag', existing_type=sa.Boolean(), type_=sa.INTEGER())
        batch_op.alter_column('subject', existing_type=sa.String(length=10), type_=sa.VARCHAR(length=100))
