# A data migration on a reflected table: Table(..., autoload_with=conn), then select and update through it
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
conn = engine.connect()
conn.execute(sa.text("CREATE TABLE product (id INTEGER PRIMARY KEY, sku VARCHAR(10) NOT NULL, price NUMERIC(8, 2), "
                     "active BOOLEAN NOT NULL DEFAULT 1, created DATETIME, tags JSON)"))
conn.execute(sa.text("INSERT INTO product (sku, price, active, created, tags) VALUES "
                     "('a-1', 9.99, 1, '2022-03-04 05:06:07.000000', '[\"x\"]'), ('b-2', NULL, 0, NULL, NULL), "
                     "('c-3', 100, 1, '2022-01-01 00:00:00', '[]')"))
meta = sa.MetaData()
product = sa.Table("product", meta, autoload_with=conn)
print([c.name for c in product.c], [type(c.type).__name__ for c in product.c])
for row in conn.execute(sa.select(product).order_by(product.c.id)):
    print(row.id, row.sku.upper(), row.price, row.active, row.created, row.tags)
conn.execute(product.update().where(product.c.price.is_(None)).values(price=0))
conn.execute(product.update().where(product.c.active == False).values(tags=["inactive"]))  # noqa: E712
conn.execute(product.update().values(sku=sa.func.upper(product.c.sku)))
print(conn.execute(sa.select(product.c.sku, product.c.price, product.c.tags).order_by(product.c.id)).fetchall())
inspector = sa.inspect(conn)
if "price_cents" not in [c["name"] for c in inspector.get_columns("product")]:
    conn.execute(sa.text("ALTER TABLE product ADD COLUMN price_cents INTEGER"))
product2 = sa.Table("product", sa.MetaData(), autoload_with=conn)
conn.execute(product2.update().values(price_cents=sa.cast(product2.c.price * 100, sa.Integer)))
print(conn.execute(sa.select(product2.c.sku, product2.c.price_cents).order_by(product2.c.id)).fetchall())
