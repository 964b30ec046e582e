"""batch create_check_constraint and drop_constraint(type_="check")

Revision ID: ops35
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops35'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE products (
	id INTEGER NOT NULL, 
	price NUMERIC(10, 2), 
	stock INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_products_stock CHECK (stock >= 0)
);
INSERT INTO products VALUES (1, 9.5, 3), (2, 0, 0);
"""


def upgrade():
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_check_constraint('ck_products_price', sa.text('price >= 0'))
        batch_op.drop_constraint('ck_products_stock', type_='check')


def downgrade():
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_check_constraint('ck_products_stock', 'stock >= 0')
        batch_op.drop_constraint('ck_products_price', type_='check')
