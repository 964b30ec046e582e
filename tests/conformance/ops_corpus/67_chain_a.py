"""a scenario of two revisions: this one creates a table and fills it

Revision ID: ops67a
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops67a'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'cities',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('population', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id')
    )
    op.execute("INSERT INTO cities (id, name, population) VALUES (1, 'Lyon', 500000), (2, 'Nice', NULL)")


def downgrade():
    op.drop_table('cities')
