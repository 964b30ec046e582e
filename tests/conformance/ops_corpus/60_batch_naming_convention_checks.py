"""batch naming_convention: a %(constraint_name)s template renames named CHECKs, "pk" names the primary key

Revision ID: ops60
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops60'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE products (
	id INTEGER NOT NULL, 
	price NUMERIC(10, 2), 
	qty INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT positive_price CHECK (price >= 0), 
	UNIQUE (price, qty)
);
INSERT INTO products VALUES (1, 9.5, 3), (2, 0, 0);
"""

convention = {
    "pk": "pk_%(table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}


def upgrade():
    with op.batch_alter_table('products', naming_convention=convention) as batch_op:
        batch_op.drop_constraint('uq_products_price_qty', type_='unique')
        batch_op.add_column(sa.Column('sku', sa.String(length=10), nullable=True))


def downgrade():
    # Without the convention, which would rename the CHECK once more.
    with op.batch_alter_table('products') as batch_op:
        batch_op.drop_column('sku')
        batch_op.drop_constraint('ck_products_positive_price', type_='check')
        batch_op.create_check_constraint('positive_price', 'price >= 0')
        batch_op.create_unique_constraint('uq_products_price_qty', ['price', 'qty'])
