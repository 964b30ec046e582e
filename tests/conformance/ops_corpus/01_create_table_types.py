"""create_table with every generic type, server defaults and nullability

Revision ID: ops01
Revises:
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops01'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'everything',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('big', sa.BigInteger(), nullable=True),
        sa.Column('small', sa.SmallInteger(), server_default='0', nullable=False),
        sa.Column('name', sa.String(length=80), server_default='anonymous', nullable=False),
        sa.Column('title', sa.Unicode(length=200), nullable=True),
        sa.Column('body', sa.Text(), nullable=True),
        sa.Column('note', sa.UnicodeText(), nullable=True),
        sa.Column('active', sa.Boolean(), server_default=sa.text('1'), nullable=False),
        sa.Column('born', sa.Date(), nullable=True),
        sa.Column('created_at', sa.DateTime(), server_default=sa.func.now(), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=True),
        sa.Column('alarm', sa.Time(), nullable=True),
        sa.Column('duration', sa.Interval(), nullable=True),
        sa.Column('ratio', sa.Float(), nullable=True),
        sa.Column('price', sa.Numeric(precision=10, scale=2), server_default='9.99', nullable=True),
        sa.Column('amount', sa.Numeric(), nullable=True),
        sa.Column('data', sa.LargeBinary(), nullable=True),
        sa.Column('attrs', sa.JSON(), nullable=True),
        sa.Column('mood', sa.Enum('happy', 'sad', 'indifferent', name='mood'), nullable=True),
        sa.Column('code', sa.String(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.execute("INSERT INTO everything (id, big, name, body, born, created_at, updated_at, ratio, price, attrs, mood) "
               "VALUES (1, 9000000000, 'ann', 'long text', '2000-01-31', '2025-12-31 23:59:59', '2025-12-31 23:59:59', 0.5, 12.5, '{\"a\": 1}', 'happy')")
    op.execute("INSERT INTO everything (id, created_at, updated_at) "
               "VALUES (2, '2026-01-02 03:04:05', '2026-01-02 03:04:05')")


def downgrade():
    op.drop_table('everything')
