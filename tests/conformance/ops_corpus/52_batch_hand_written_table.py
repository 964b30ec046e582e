"""batch on a hand-written one-line table with quoted names and odd spacing

Revision ID: ops52
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops52'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE "Order Items" ("Item Id" integer primary key, qty int not null default 1, "Note" text, price real check (price >= 0));
INSERT INTO "Order Items" VALUES (1, 2, 'gift', 1.5), (2, 1, NULL, 0);
"""


def upgrade():
    with op.batch_alter_table('Order Items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sku', sa.String(length=12), nullable=True))
        batch_op.alter_column('Note', new_column_name='note', existing_type=sa.TEXT())


def downgrade():
    with op.batch_alter_table('Order Items', schema=None) as batch_op:
        batch_op.alter_column('note', new_column_name='Note', existing_type=sa.TEXT())
        batch_op.drop_column('sku')
