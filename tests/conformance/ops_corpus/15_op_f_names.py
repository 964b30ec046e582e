"""op.f() names on constraints and indexes are used as given

Revision ID: ops15
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops15'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'shops',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=8), nullable=False),
        sa.CheckConstraint('length(code) = 8', name=op.f('ck_shops_code_length')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shops')),
        sa.UniqueConstraint('code', name=op.f('uq_shops_code'))
    )
    op.create_index(op.f('ix_shops_code'), 'shops', ['code'], unique=False)
    op.execute("INSERT INTO shops (id, code) VALUES (1, 'ABCDEFGH')")


def downgrade():
    op.drop_index(op.f('ix_shops_code'), table_name='shops')
    op.drop_table('shops')
