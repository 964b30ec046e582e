"""drop_constraint outside batch mode is refused, as by Alembic

Revision ID: ops18
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops18'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE t (
	id INTEGER NOT NULL, 
	a INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_t_a UNIQUE (a)
);
INSERT INTO t VALUES (1, 1);
"""
EXPECT = 'error: No support for ALTER of constraints in SQLite dialect'


def upgrade():
    op.drop_constraint('uq_t_a', 't', type_='unique')


def downgrade():
    op.create_unique_constraint('uq_t_a', 't', ['a'])
