"""batch add_column with insert_before / insert_after (recreate='always')

Revision ID: ops27
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops27'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	email VARCHAR(120), 
	PRIMARY KEY (id)
);
INSERT INTO users VALUES (1, 'ann', 'ann@example.com'), (2, 'bob', NULL), (3, 'cy', 'cy@example.com');
"""


def upgrade():
    with op.batch_alter_table('users', recreate='always') as batch_op:
        batch_op.add_column(sa.Column('first', sa.String(length=20), nullable=True), insert_before='id')
        batch_op.add_column(sa.Column('middle', sa.String(length=20), nullable=True), insert_after='name')
        batch_op.add_column(sa.Column('after_middle', sa.Integer(), nullable=True), insert_after='middle')
        batch_op.add_column(sa.Column('last', sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table('users', recreate='always') as batch_op:
        batch_op.drop_column('last')
        batch_op.drop_column('after_middle')
        batch_op.drop_column('middle')
        batch_op.drop_column('first')
