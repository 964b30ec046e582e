# Database errors as SQLAlchemy raises them: class, message, statement, params, orig
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
conn = engine.connect()
conn.execute(sa.text("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, n INTEGER CHECK (n > 0))"))
conn.execute(sa.text("INSERT INTO t VALUES (1, 'a', 1)"))
for sql, params in (("INSERT INTO t (id, name) VALUES (:i, :n)", {"i": 1, "n": "b"}),
                    ("INSERT INTO t (id) VALUES (:i)", {"i": 5}),
                    ("INSERT INTO t (name, n) VALUES (:n, :v)", {"n": "c", "v": -1}),
                    ("SELECT nope FROM t", {}),
                    ("SELEC 1", {}),
                    ("SELECT * FROM missing", {})):
    try:
        conn.execute(sa.text(sql), params)
    except sa.exc.DBAPIError as e:
        print(type(e).__name__, isinstance(e, sa.exc.DatabaseError), isinstance(e, sa.exc.SQLAlchemyError))
        print(str(e))
        print(repr(e.statement), e.params, type(e.orig).__name__, str(e.orig))
try:
    conn.execute(sa.text("UPDATE t SET name = :n WHERE id = :i"), [{"i": 1, "n": None}, {"i": 2, "n": "b"}])
except sa.exc.IntegrityError as e:
    print(str(e))
try:
    conn.execute(sa.table("t", sa.column("id"), sa.column("name")).insert(), {"id": 1, "name": "z"})
except sa.exc.IntegrityError as e:
    print(str(e))
