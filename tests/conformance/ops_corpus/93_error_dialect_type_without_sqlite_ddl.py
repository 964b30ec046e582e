"""A PostgreSQL type SQLite's type compiler cannot render (postgresql.UUID) fails create_table, as in SQLAlchemy

Revision ID: ops93
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = 'ops93'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE users (
	id INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO users VALUES (1);
"""
EXPECT = "error: can't render element of type UUID"


def upgrade():
    op.create_table('sessions', sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
                    sa.PrimaryKeyConstraint('id'))


def downgrade():
    op.drop_table('sessions')
