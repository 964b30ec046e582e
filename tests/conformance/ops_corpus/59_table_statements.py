"""data migrations written with sa.table(): update/insert/delete with where() and op.inline_literal

Revision ID: ops59
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
import datetime


# revision identifiers, used by Alembic.
revision = 'ops59'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE accounts (
	id INTEGER NOT NULL, 
	name VARCHAR(50), 
	status VARCHAR(10), 
	balance NUMERIC(10, 2), 
	opened DATE, 
	PRIMARY KEY (id)
);
INSERT INTO accounts VALUES (1, 'account 1', 'open', 10.5, '2020-01-01'), (2, 'account 2', NULL, 0, NULL), (3, 'account 3', 'closed', -3, '2021-06-30');
"""
# The migration adds or removes rows on purpose: the unit suite does not count them.
ROWS = 'changed: inserts and deletes rows'

accounts = sa.table(
    'accounts',
    sa.column('id', sa.Integer),
    sa.column('name', sa.String),
    sa.column('status', sa.String),
    sa.column('balance', sa.Numeric),
    sa.column('opened', sa.Date),
)


def upgrade():
    op.execute(
        accounts.update()
        .where(accounts.c.name == op.inline_literal('account 1'))
        .values({'name': op.inline_literal('account one')})
    )
    op.execute(accounts.update().where(accounts.c.status == None).values(status='unknown'))
    op.execute(accounts.update().where(sa.and_(accounts.c.balance < 0, accounts.c.status != 'open')).values(balance=0))
    op.execute(accounts.update().where((accounts.c.id > 1) & (accounts.c.opened.is_(None))).values(opened=datetime.date(2022, 2, 2)))
    op.execute(accounts.insert().values(id=4, name='account 4', status=op.inline_literal('new'), opened=datetime.date(2024, 1, 31)))
    op.execute(accounts.delete().where(accounts.c.id.in_([3])))
    bind = op.get_bind()
    bind.execute(accounts.update().where(sa.or_(accounts.c.id == 2, accounts.c.name.like('%4'))).values(balance=1))


def downgrade():
    op.execute(accounts.insert().values(id=3, name='account 3', status='closed', balance=-3, opened=datetime.date(2021, 6, 30)))
    op.execute(accounts.delete().where(accounts.c.id == 4))
    op.execute(accounts.update().where(accounts.c.id == 2).values(balance=0, opened=None, status=None))
    op.execute(accounts.update().where(accounts.c.name == op.inline_literal('account one')).values(name='account 1'))
