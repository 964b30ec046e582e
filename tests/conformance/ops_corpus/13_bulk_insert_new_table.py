"""bulk_insert into a table made by create_table, with typed sa.table/sa.column values

Revision ID: ops13
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
import datetime


# revision identifiers, used by Alembic.
revision = 'ops13'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    events = op.create_table(
        'events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('day', sa.Date(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=True),
        sa.Column('public', sa.Boolean(), nullable=True),
        sa.Column('weight', sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint('id')
    )
    op.bulk_insert(events, [
        {'id': 1, 'name': 'launch', 'day': datetime.date(2024, 5, 17), 'at': datetime.datetime(2024, 5, 17, 9, 30), 'public': True, 'weight': 1.5},
        {'id': 2, 'name': "it's quiet", 'day': None, 'at': None, 'public': False, 'weight': None},
        {'id': 3, 'name': 'third', 'day': datetime.date(1999, 12, 31), 'at': datetime.datetime(1999, 12, 31, 23, 59, 59, 250000), 'public': None, 'weight': 2},
    ])


def downgrade():
    op.drop_table('events')
