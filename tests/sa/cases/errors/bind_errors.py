# Values sqlite3 cannot bind: ProgrammingError with 3.11's message (wrapped by SQLAlchemy), an int past 64 bits is sqlite3's own OverflowError
import uuid

import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
with engine.connect() as conn:
    conn.execute(sa.text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))
    for value in [uuid.UUID(int=5), {"a": 1}, [1, 2], (1,), object(), 2 ** 70]:
        try:
            conn.execute(sa.text("UPDATE t SET v = :v WHERE id = :id"), {"v": "x", "id": value})
        except Exception as e:
            print(type(e).__module__, type(e).__name__, str(e).splitlines()[0].replace(type(value).__name__, "T"))
            orig = getattr(e, "orig", None)
            print(" ", type(orig).__module__, type(orig).__name__, isinstance(e, sa.exc.DBAPIError))
    t = sa.table("t", sa.column("id"), sa.column("v"))
    try:
        conn.execute(t.insert().values(id=1, v={"x": 1}))
    except sa.exc.ProgrammingError as e:
        print("ProgrammingError", e.orig)
    print(conn.execute(sa.text("SELECT count(*) FROM t")).scalar())
