"""MySQL and PostgreSQL types on SQLite: the ones SQLite's type compiler renders generically in create_table,
add_column, batch alter_column and bulk_insert; with_variant(JSONB, "postgresql"); UUID, JSONB and ENUM values bound

Revision ID: ops92
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
import uuid

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql


# revision identifiers, used by Alembic.
revision = 'ops92'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE teams (
	id INTEGER NOT NULL, 
	bracket VARCHAR(32), 
	PRIMARY KEY (id)
);
INSERT INTO teams VALUES (1, 'open'), (2, NULL);
"""
ROWS = "changed: bulk_insert fills the new table"

kind = postgresql.ENUM('public', 'hidden', name='kind', create_type=False)


def upgrade():
    kind.create(op.get_bind(), checkfirst=True)
    tokens = op.create_table(
        'tokens',
        sa.Column('id', mysql.INTEGER(display_width=11), nullable=False),
        sa.Column('uid', sa.String(36).with_variant(postgresql.UUID(), 'postgresql'), nullable=True),
        sa.Column('value', mysql.VARCHAR(length=128, charset='utf8mb4', collation='NOCASE'), nullable=False),
        sa.Column('created', mysql.DATETIME(fsp=6), nullable=True),
        sa.Column('expires', postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
        sa.Column('meta', postgresql.JSON(astext_type=sa.Text()), nullable=True),
        sa.Column('kind', kind, nullable=True),
        sa.Column('score', mysql.DECIMAL(precision=10, scale=2, unsigned=True), nullable=True),
        sa.Column('big', mysql.BIGINT(unsigned=True), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.add_column('teams', sa.Column('description', mysql.TEXT(charset='utf8'), nullable=True))
    with op.batch_alter_table('teams') as batch_op:
        batch_op.alter_column('bracket', existing_type=mysql.VARCHAR(length=32), type_=mysql.VARCHAR(length=64))
    op.bulk_insert(tokens, [
        {'id': 1, 'uid': '0b9b8f8e-1111-4222-8333-444455556666', 'value': 'a', 'data': {'x': [1, 2]},
         'meta': {'k': 'v'}, 'kind': 'public', 'score': 1.5, 'big': 2 ** 40},
    ])
    raw = sa.table('tokens', sa.column('id', sa.Integer), sa.column('uid', postgresql.UUID(as_uuid=True)),
                   sa.column('value', sa.String), sa.column('data', postgresql.JSONB),
                   sa.column('kind', postgresql.ENUM('public', 'hidden', name='kind')))
    op.bulk_insert(raw, [{'id': 2, 'uid': uuid.UUID(int=7), 'value': 'b', 'data': {'y': None}, 'kind': 'hidden'}])
    op.get_bind().execute(raw.insert().values(id=3, uid=uuid.UUID(int=8), value='c', data=[1, 'two'], kind='public'))
    op.execute(raw.update().where(raw.c.id == 3).values(data={'z': True}))


def downgrade():
    with op.batch_alter_table('teams') as batch_op:
        batch_op.alter_column('bracket', existing_type=mysql.VARCHAR(length=64), type_=mysql.VARCHAR(length=32))
    op.drop_column('teams', 'description')
    op.drop_table('tokens')
    kind.drop(op.get_bind(), checkfirst=True)
