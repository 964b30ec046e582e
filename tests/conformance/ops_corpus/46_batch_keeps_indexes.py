"""batch keeps unique, multi-column and partial indexes of the table

Revision ID: ops46
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops46'
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
CREATE UNIQUE INDEX ix_users_email ON users (email);
CREATE INDEX ix_users_name_email ON users (name, email);
CREATE INDEX ix_users_partial ON users (name) WHERE email IS NOT NULL;
"""


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('age', sa.Integer(), nullable=True))
        batch_op.alter_column('name', existing_type=sa.VARCHAR(length=50), type_=sa.String(length=60))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('name', existing_type=sa.String(length=60), type_=sa.VARCHAR(length=50))
        batch_op.drop_column('age')
