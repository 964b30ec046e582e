"""create_primary_key outside batch mode is refused, as by Alembic

Revision ID: ops20
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops20'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE t (
	id INTEGER NOT NULL, 
	a INTEGER
);
INSERT INTO t VALUES (1, 1);
"""
EXPECT = 'error: No support for ALTER of constraints in SQLite dialect'


def upgrade():
    op.create_primary_key('pk_t', 't', ['id'])


def downgrade():
    op.drop_constraint('pk_t', 't', type_='primary')
