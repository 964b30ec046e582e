"""batch on a table with expression and number defaults: Alembic parenthesizes the reflected ones

Revision ID: ops69
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops69'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE t (id INTEGER NOT NULL, a INTEGER DEFAULT 14, b INTEGER DEFAULT 0, c VARCHAR DEFAULT 'x', d DATETIME DEFAULT CURRENT_TIMESTAMP, e INTEGER DEFAULT -1, f REAL DEFAULT 1.5, g INT DEFAULT (1+1), PRIMARY KEY (id));
INSERT INTO t (id, d) VALUES (1, '2020-01-01 00:00:00'), (2, NULL);
"""


def upgrade():
    with op.batch_alter_table('t', schema=None) as batch_op:
        batch_op.add_column(sa.Column('h', sa.Integer(), server_default=sa.text('(2 * 3)'), nullable=True))


def downgrade():
    with op.batch_alter_table('t', schema=None) as batch_op:
        batch_op.drop_column('h')
