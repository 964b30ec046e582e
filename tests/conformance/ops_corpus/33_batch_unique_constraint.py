"""batch create_unique_constraint and drop_constraint(type_="unique")

Revision ID: ops33
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops33'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE accounts (
	id INTEGER NOT NULL, 
	login VARCHAR(30) NOT NULL, 
	team INTEGER, 
	slot INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_accounts_login UNIQUE (login)
);
INSERT INTO accounts VALUES (1, 'a', 1, 1), (2, 'b', 1, 2), (3, 'c', NULL, NULL);
"""


def upgrade():
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_accounts_team_slot', ['team', 'slot'])
        batch_op.drop_constraint('uq_accounts_login', type_='unique')


def downgrade():
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_accounts_login', ['login'])
        batch_op.drop_constraint('uq_accounts_team_slot', type_='unique')
