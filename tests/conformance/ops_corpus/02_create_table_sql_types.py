"""create_table with the upper-case SQL types and the sqlite dialect types

Revision ID: ops02
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite


# revision identifiers, used by Alembic.
revision = 'ops02'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'typed',
        sa.Column('id', sa.INTEGER(), nullable=False),
        sa.Column('a', sa.BIGINT(), nullable=True),
        sa.Column('b', sa.SMALLINT(), nullable=True),
        sa.Column('c', sa.VARCHAR(length=20), nullable=True),
        sa.Column('d', sa.NVARCHAR(length=20), nullable=True),
        sa.Column('e', sa.CHAR(length=3), nullable=True),
        sa.Column('f', sa.NCHAR(length=2), nullable=True),
        sa.Column('g', sa.TEXT(), nullable=True),
        sa.Column('h', sa.CLOB(), nullable=True),
        sa.Column('i', sa.BOOLEAN(), nullable=True),
        sa.Column('j', sa.DATE(), nullable=True),
        sa.Column('k', sa.DATETIME(), nullable=True),
        sa.Column('l', sa.TIMESTAMP(), nullable=True),
        sa.Column('m', sa.TIME(), nullable=True),
        sa.Column('n', sa.FLOAT(), nullable=True),
        sa.Column('o', sa.REAL(), nullable=True),
        sa.Column('p', sa.NUMERIC(precision=8, scale=3), nullable=True),
        sa.Column('q', sa.DECIMAL(precision=5, scale=1), nullable=True),
        sa.Column('r', sa.BLOB(), nullable=True),
        sa.Column('s', sa.VARBINARY(length=8), nullable=True),
        sa.Column('t', sa.JSON(), nullable=True),
        sa.Column('u', sqlite.DATETIME(), nullable=True),
        sa.Column('v', sqlite.DATE(), nullable=True),
        sa.Column('w', sqlite.TIME(), nullable=True),
        sa.Column('x', sqlite.JSON(), nullable=True),
        sa.Column('y', sqlite.INTEGER(), nullable=True),
        sa.Column('z', sqlite.VARCHAR(length=5), nullable=True),
        sa.Column('zz', sa.String(length=30, collation='NOCASE'), nullable=True),
        sa.PrimaryKeyConstraint('id')
    )
    op.execute("INSERT INTO typed (id, a, c, k, p, t) VALUES (1, 5, 'five', '2020-02-02 02:02:02', 1.25, '[1, 2]')")


def downgrade():
    op.drop_table('typed')
