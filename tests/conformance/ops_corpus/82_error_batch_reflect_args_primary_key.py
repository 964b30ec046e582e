"""reflect_args naming a primary key column without primary_key=True: SQLAlchemy's ArgumentError

Revision ID: ops82
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops82'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE things (
	id INTEGER NOT NULL, 
	name VARCHAR(10), 
	PRIMARY KEY (id)
);
INSERT INTO things VALUES (1, 'a');
"""
EXPECT = "error: Trying to redefine primary-key column 'id' as a non-primary-key column on table 'things'"


def upgrade():
    with op.batch_alter_table('things', reflect_args=[sa.Column('id', sa.BigInteger())]) as batch_op:
        batch_op.drop_column('name')


def downgrade():
    pass
