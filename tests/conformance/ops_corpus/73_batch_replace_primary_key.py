"""batch create_primary_key on a table that has one: the new key replaces it; dropped and made again on the way down

Revision ID: ops73
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops73'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE codes (
	id INTEGER NOT NULL, 
	code VARCHAR(5) NOT NULL, 
	label VARCHAR(20), 
	PRIMARY KEY (id)
);
INSERT INTO codes VALUES (1, 'a', 'A'), (2, 'b', NULL);
"""


def upgrade():
    with op.batch_alter_table('codes', schema=None) as batch_op:
        batch_op.create_primary_key('pk_codes', ['id', 'code'])


def downgrade():
    with op.batch_alter_table('codes', schema=None) as batch_op:
        batch_op.drop_constraint('pk_codes', type_='primary')
        batch_op.create_primary_key('pk_codes_id', ['id'])
