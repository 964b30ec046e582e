# Results and rows: fetch methods, scalars, mappings, keys, iteration, Row access forms
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
conn = engine.connect()
conn.execute(sa.text("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR)"))
conn.execute(sa.text("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')"))
q = sa.text("SELECT id, name FROM t ORDER BY id")
r = conn.execute(q)
print(r.keys(), list(r.keys()), r.returns_rows, r.rowcount)
row = r.fetchone()
print(row, row[0], row["name"], row.name, row._mapping["id"], dict(row._mapping), row._asdict(), row._fields)
print(row.keys(), "name" in row, 1 in row, row == (1, "a"), tuple(row), len(row), row[-1], row[0:1], list(row))
print(row._mapping, "id" in row._mapping, list(row._mapping.keys()), list(row._mapping.values()))
id_, name = row
print(id_, name, hash(row) == hash((1, "a")))
print(r.fetchall(), r.fetchone(), r.fetchall())
r = conn.execute(q)
print(r.fetchmany(2), r.fetchmany(), r.fetchmany(5))
print(conn.execute(q).scalars().all(), conn.execute(q).scalars(1).all())
print(conn.execute(q).scalars().first(), list(conn.execute(q).scalars()))
print(conn.execute(q).mappings().all())
print(conn.execute(q).mappings().first(), [m["name"] for m in conn.execute(q).mappings()])
print(conn.execute(q).first(), conn.execute(q).all())
print(conn.execute(sa.text("SELECT id FROM t WHERE id = 2")).one(), conn.execute(sa.text("SELECT id FROM t WHERE id = 2")).scalar_one())
print(conn.execute(sa.text("SELECT id FROM t WHERE 0")).one_or_none(), conn.execute(sa.text("SELECT id FROM t WHERE 0")).scalar())
print(conn.execute(sa.text("SELECT id FROM t WHERE 0")).first(), conn.execute(sa.text("SELECT id FROM t WHERE 0")).scalar_one_or_none())
for label, fn in (("one", lambda: conn.execute(q).one()), ("one none", lambda: conn.execute(sa.text("SELECT 1 WHERE 0")).one()),
                  ("scalar_one", lambda: conn.execute(q).scalar_one()), ("one_or_none", lambda: conn.execute(q).one_or_none()),
                  ("missing key", lambda: conn.execute(q).first()["nope"]), ("missing attr", lambda: conn.execute(q).first().nope)):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)
r = conn.execute(sa.text("UPDATE t SET name = name || '!'"))
print(r.rowcount, r.returns_rows, list(r.keys()))
try:
    r.fetchall()
except Exception as e:
    print(type(e).__name__, e)
total = 0
for row in conn.execute(q):
    total += row.id
print(total)
t = sa.table("t", sa.column("id", sa.Integer), sa.column("name", sa.String))
row = conn.execute(sa.select(t.c.id, t.c.name.label("nm"), sa.func.upper(t.c.name)).order_by(t.c.id)).first()
print(row, row.keys(), row.nm, row[t.c.id], row["upper_1"], row._mapping[t.c.id])
r = conn.execute(sa.select(t).order_by(t.c.id))
print([(x.id, x.name) for x in r])
print(conn.execute(sa.select(t.c.name).where(t.c.id > 1)).scalars().all())
