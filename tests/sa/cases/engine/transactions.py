# begin()/commit()/rollback(), begin_nested() savepoints, engine.begin(), autocommit of plain statements
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
with engine.connect() as conn:
    conn.execute(sa.text("CREATE TABLE log (id INTEGER PRIMARY KEY, msg VARCHAR)"))
    conn.execute(sa.text("INSERT INTO log (msg) VALUES ('autocommitted')"))
    trans = conn.begin()
    print(type(trans).__name__, trans.is_active, conn.in_transaction())
    conn.execute(sa.text("INSERT INTO log (msg) VALUES ('committed')"))
    trans.commit()
    print(trans.is_active, conn.in_transaction())
    trans = conn.begin()
    conn.execute(sa.text("INSERT INTO log (msg) VALUES ('rolled back')"))
    trans.rollback()
    with conn.begin():
        conn.execute(sa.text("INSERT INTO log (msg) VALUES ('in with')"))
        nested = conn.begin_nested()
        print(type(nested).__name__, conn.in_nested_transaction())
        conn.execute(sa.text("INSERT INTO log (msg) VALUES ('savepoint undone')"))
        nested.rollback()
        with conn.begin_nested():
            conn.execute(sa.text("INSERT INTO log (msg) VALUES ('savepoint kept')"))
    try:
        with conn.begin():
            conn.execute(sa.text("INSERT INTO log (msg) VALUES ('lost')"))
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
with engine.begin() as conn:
    conn.execute(sa.text("INSERT INTO log (msg) VALUES ('engine.begin')"))
with engine.connect() as conn:
    for row in conn.execute(sa.text("SELECT id, msg FROM log ORDER BY id")):
        print(row.id, row.msg)
