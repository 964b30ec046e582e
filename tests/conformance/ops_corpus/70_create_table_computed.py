"""create_table with generated columns (sa.Computed, virtual and stored) and an Identity column

Revision ID: ops70
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops70'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('qty', sa.Integer(), nullable=False),
        sa.Column('price', sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column('total', sa.Numeric(precision=10, scale=2), sa.Computed('qty * price')),
        sa.Column('label', sa.String(length=20), sa.Computed("'x' || qty", persisted=True)),
        sa.Column('seq', sa.Integer(), sa.Identity()),
        sa.PrimaryKeyConstraint('id')
    )
    op.execute("INSERT INTO lines (id, qty, price, seq) VALUES (1, 3, 2.5, 10), (2, 1, 9, 11)")


def downgrade():
    op.drop_table('lines')
