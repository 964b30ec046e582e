# A data migration with text(): read rows, compute in Python, write back one by one and with executemany
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
conn = engine.connect()
conn.execute(sa.text("CREATE TABLE users (id INTEGER PRIMARY KEY, first VARCHAR(20), last VARCHAR(20), "
                     "full_name VARCHAR(50), email VARCHAR(80), score INTEGER)"))
conn.execute(sa.text("INSERT INTO users (first, last, email, score) VALUES (:f, :l, :e, :s)"),
             [{"f": "Ann", "l": "Lee", "e": "ANN@X.COM", "s": 3}, {"f": "Bob", "l": None, "e": " bob@y.org", "s": None},
              {"f": "Cy", "l": "Oh", "e": "cy@z.net ", "s": 10}])
rows = conn.execute(sa.text("SELECT id, first, last, email FROM users ORDER BY id")).fetchall()
for row in rows:
    full = " ".join(p for p in (row.first, row.last) if p)
    conn.execute(sa.text("UPDATE users SET full_name = :full, email = :email WHERE id = :id"),
                 {"full": full, "email": row.email.strip().lower(), "id": row.id})
updates = [{"id": r[0], "score": (r[1] or 0) * 2} for r in conn.execute(sa.text("SELECT id, score FROM users"))]
result = conn.execute(sa.text("UPDATE users SET score = :score WHERE id = :id"), updates)
print("updated", result.rowcount)
for row in conn.execute(sa.text("SELECT * FROM users ORDER BY id")):
    print(row._mapping["id"], row.full_name, row.email, row.score)
missing = conn.execute(sa.text("SELECT count(*) FROM users WHERE last IS NULL")).scalar()
print("missing last names:", missing)
if missing:
    conn.execute(sa.text("UPDATE users SET last = 'unknown' WHERE last IS NULL"))
print(conn.execute(sa.text("SELECT last FROM users ORDER BY id")).scalars().all())
