"""a scenario of two revisions: this one changes the table the first one made

Revision ID: ops67b
Revises: ops67a
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops67b'
down_revision = 'ops67a'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('cities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('country', sa.String(length=2), server_default='FR', nullable=False))
        batch_op.alter_column('population', existing_type=sa.Integer(), type_=sa.BigInteger())
        batch_op.create_unique_constraint('uq_cities_name', ['name'])
    op.rename_table('cities', 'towns')


def downgrade():
    op.rename_table('towns', 'cities')
    with op.batch_alter_table('cities', schema=None) as batch_op:
        batch_op.drop_constraint('uq_cities_name', type_='unique')
        batch_op.alter_column('population', existing_type=sa.BigInteger(), type_=sa.Integer())
        batch_op.drop_column('country')
