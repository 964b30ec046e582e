# Backfilling in chunks: LIMIT/OFFSET pages, fetchmany, and a bindparam UPDATE run with executemany
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
conn = engine.connect()
conn.execute(sa.text("CREATE TABLE item (id INTEGER PRIMARY KEY, n INTEGER, square INTEGER)"))
conn.execute(sa.text("INSERT INTO item (n) VALUES (:n)"), [{"n": i} for i in range(1, 26)])
item = sa.table("item", sa.column("id", sa.Integer), sa.column("n", sa.Integer), sa.column("square", sa.Integer))
page = 0
size = 10
while True:
    rows = conn.execute(sa.select(item.c.id, item.c.n).order_by(item.c.id).limit(size).offset(page * size)).fetchall()
    if not rows:
        break
    stmt = item.update().where(item.c.id == sa.bindparam("b_id")).values(square=sa.bindparam("b_sq"))
    conn.execute(stmt, [{"b_id": r.id, "b_sq": r.n * r.n} for r in rows])
    page += 1
print("pages", page)
result = conn.execute(sa.select(item.c.n, item.c.square).where(item.c.n % 5 == 0).order_by(item.c.n))
while True:
    batch = result.fetchmany(2)
    if not batch:
        break
    print(batch)
print(conn.execute(sa.select(sa.func.sum(item.c.square))).scalar())
