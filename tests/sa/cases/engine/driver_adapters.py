# Values SQLite has no storage class for, bound without a SQLAlchemy type: sqlite3's default adapters (date, datetime), and its refusal of the rest
import datetime
import decimal

import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
aware = datetime.datetime(2017, 6, 30, 9, 17, 14, 436704, tzinfo=datetime.timezone.utc)
with engine.connect() as conn:
    print(conn.execute(sa.text("select :a, :b, :c"),
                       {"a": aware, "b": datetime.date(2020, 1, 2), "c": datetime.datetime(2020, 1, 2, 3, 4)}).fetchall())
    print(conn.execute(sa.text("select :a"), {"a": bytearray(b"xy")}).fetchall())
    conn.execute(sa.text("create table t (id integer primary key, d)"))
    t = sa.table("t", sa.column("id"), sa.column("d"))
    conn.execute(t.insert().values(id=1, d=aware))
    conn.execute(t.update().values(d=datetime.date(1999, 12, 31)).where(t.c.id == 1))
    conn.execute(t.insert(), [{"id": 2, "d": aware}, {"id": 3, "d": None}])
    print(conn.execute(sa.select(t).order_by(t.c.id)).fetchall())
    for value in [{}, [1], decimal.Decimal("1.5"), datetime.time(1, 2), datetime.timedelta(days=1)]:
        try:
            conn.execute(sa.text("select :a"), {"a": value})
        except sa.exc.StatementError as e:
            print(type(e).__name__, type(e.orig).__name__, e.orig)

    class Stamp(datetime.datetime):
        pass

    try:
        conn.execute(t.insert().values(id=4, d=Stamp(2020, 1, 1)))
    except sa.exc.DBAPIError as e:
        print(type(e).__name__, e.orig)
