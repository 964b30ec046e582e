"""batch alter_column to sqlite dialect types and upper-case SQL types

Revision ID: ops68
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite


# revision identifiers, used by Alembic.
revision = 'ops68'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE events (
	id INTEGER NOT NULL, 
	at VARCHAR(30), 
	day VARCHAR(10), 
	payload TEXT, 
	PRIMARY KEY (id)
);
INSERT INTO events VALUES (1, '2024-01-01 10:00:00.000000', '2024-01-01', '{"a": 1}'), (2, NULL, NULL, NULL);
"""


def upgrade():
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.alter_column('at', existing_type=sa.VARCHAR(length=30), type_=sqlite.DATETIME())
        batch_op.alter_column('day', existing_type=sa.VARCHAR(length=10), type_=sa.CHAR(length=10))
        batch_op.alter_column('payload', existing_type=sa.TEXT(), type_=sqlite.JSON())


def downgrade():
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.alter_column('payload', existing_type=sqlite.JSON(), type_=sa.TEXT())
        batch_op.alter_column('day', existing_type=sa.CHAR(length=10), type_=sa.VARCHAR(length=10))
        batch_op.alter_column('at', existing_type=sqlite.DATETIME(), type_=sa.VARCHAR(length=30))
