"""batch alter_column server_default: set as a string, as sa.text, as a function, and removed

Revision ID: ops31
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops31'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE settings (
	id INTEGER NOT NULL, 
	theme VARCHAR(20) DEFAULT 'light', 
	size INTEGER, 
	updated DATETIME, 
	lang VARCHAR(5), 
	PRIMARY KEY (id)
);
INSERT INTO settings VALUES (1, 'dark', 12, NULL, 'en'), (2, 'light', NULL, '2020-01-01 00:00:00', NULL);
"""


def upgrade():
    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.alter_column('theme', existing_type=sa.VARCHAR(length=20), server_default=None)
        batch_op.alter_column('size', existing_type=sa.INTEGER(), server_default=sa.text('14'))
        batch_op.alter_column('updated', existing_type=sa.DATETIME(), server_default=sa.func.current_timestamp())
        batch_op.alter_column('lang', existing_type=sa.VARCHAR(length=5), server_default='en')


def downgrade():
    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.alter_column('lang', existing_type=sa.VARCHAR(length=5), server_default=None)
        batch_op.alter_column('updated', existing_type=sa.DATETIME(), server_default=None)
        batch_op.alter_column('size', existing_type=sa.INTEGER(), server_default=None)
        batch_op.alter_column('theme', existing_type=sa.VARCHAR(length=20), server_default=sa.text("'light'"))
