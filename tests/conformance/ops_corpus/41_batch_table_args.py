"""batch table_args: constraints given to the new table

Revision ID: ops41
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops41'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	email VARCHAR(120), 
	PRIMARY KEY (id)
);
INSERT INTO users VALUES (1, 'ann', 'ann@example.com'), (2, 'bob', NULL), (3, 'cy', 'cy@example.com');
"""


def upgrade():
    with op.batch_alter_table('users', table_args=(sa.UniqueConstraint('name', 'email', name='uq_users_name_email'),)) as batch_op:
        batch_op.add_column(sa.Column('age', sa.Integer(), nullable=True))
        batch_op.create_check_constraint('ck_users_age', 'age IS NULL OR age >= 0')


def downgrade():
    with op.batch_alter_table('users') as batch_op:
        batch_op.drop_constraint('ck_users_age', type_='check')
        batch_op.drop_constraint('uq_users_name_email', type_='unique')
        batch_op.drop_column('age')
