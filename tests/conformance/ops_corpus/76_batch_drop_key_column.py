"""batch drop_column of a column of a named composite primary key: the key keeps its name and other columns

Revision ID: ops76
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops76'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE slots (
	day INTEGER NOT NULL, 
	hour INTEGER NOT NULL, 
	room VARCHAR(5) NOT NULL, 
	booked BOOLEAN, 
	CONSTRAINT pk_slots PRIMARY KEY (day, hour, room)
);
INSERT INTO slots VALUES (1, 9, 'a', 1), (1, 10, 'a', 0), (2, 9, 'b', NULL);
"""


def upgrade():
    with op.batch_alter_table('slots', schema=None) as batch_op:
        batch_op.drop_column('room')


def downgrade():
    with op.batch_alter_table('slots', schema=None) as batch_op:
        batch_op.add_column(sa.Column('room', sa.VARCHAR(length=5), server_default='a', nullable=False))
