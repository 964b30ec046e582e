"""create_table with sqlite_autoincrement and autoincrement flags

Revision ID: ops04
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops04'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'tickets',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('subject', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sqlite_autoincrement=True
    )
    op.create_table(
        'codes',
        sa.Column('code', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('label', sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint('code')
    )
    op.create_table(
        'counters',
        sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column('n', sa.Integer(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('id')
    )
    op.execute("INSERT INTO tickets (subject) VALUES ('first'), ('second')")
    op.execute("DELETE FROM tickets WHERE subject = 'second'")
    op.execute("INSERT INTO tickets (subject) VALUES ('third')")
    op.execute("INSERT INTO codes (code, label) VALUES (7, 'seven')")
    op.execute("INSERT INTO counters (id) VALUES (1)")


def downgrade():
    op.drop_table('counters')
    op.drop_table('codes')
    op.drop_table('tickets')
