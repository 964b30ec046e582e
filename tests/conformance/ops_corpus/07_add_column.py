"""add_column: nullable, string and text defaults, NOT NULL with a default, an indexed column

Revision ID: ops07
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops07'
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
    op.add_column('users', sa.Column('nickname', sa.String(length=30), nullable=True))
    op.add_column('users', sa.Column('role', sa.String(length=10), server_default='member', nullable=False))
    op.add_column('users', sa.Column('score', sa.Integer(), server_default=sa.text('0'), nullable=False))
    op.add_column('users', sa.Column('verified', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('users', sa.Column('city', sa.String(length=40), nullable=True, index=True))
    op.add_column('users', sa.Column('joined', sa.Date(), server_default='2024-01-01', nullable=True))


def downgrade():
    op.drop_index('ix_users_city', table_name='users')
    op.drop_column('users', 'city')
    op.drop_column('users', 'joined')
    op.drop_column('users', 'verified')
    op.drop_column('users', 'score')
    op.drop_column('users', 'role')
    op.drop_column('users', 'nickname')
