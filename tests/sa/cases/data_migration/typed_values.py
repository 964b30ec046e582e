# Values crossing in both directions with types: dates, datetimes, booleans, JSON, Decimal, Enum, LargeBinary
import datetime
import decimal
import enum
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")


class Status(enum.Enum):
    active = "A"
    banned = "B"


meta = sa.MetaData()
t = sa.Table("event", meta, sa.Column("id", sa.Integer, primary_key=True), sa.Column("day", sa.Date),
             sa.Column("at", sa.DateTime), sa.Column("flag", sa.Boolean), sa.Column("data", sa.JSON),
             sa.Column("price", sa.Numeric(10, 2)), sa.Column("status", sa.Enum(Status)), sa.Column("blob", sa.LargeBinary),
             sa.Column("ratio", sa.Float), sa.Column("lasts", sa.Interval), sa.Column("clock", sa.Time))
meta.create_all(engine)
conn = engine.connect()
conn.execute(t.insert(), {"day": datetime.date(2021, 5, 6), "at": datetime.datetime(2021, 5, 6, 7, 8, 9, 123456),
                          "flag": True, "data": {"tags": ["a", "b"], "n": 1.5, "none": None},
                          "price": decimal.Decimal("12.30"), "status": Status.banned, "blob": b"\x00\x01xyz",
                          "ratio": 0.25, "lasts": datetime.timedelta(hours=3, minutes=2), "clock": datetime.time(1, 2, 3)})
conn.execute(t.insert(), {"day": None, "at": None, "flag": False, "data": None, "price": None, "status": "active"})
print(conn.execute(sa.text("SELECT day, at, flag, data, price, status, blob, ratio, lasts, clock FROM event ORDER BY id")).fetchall())
for row in conn.execute(sa.select(t).order_by(t.c.id)):
    print(row)
print(conn.execute(sa.select(t.c.id).where(t.c.day == datetime.date(2021, 5, 6))).scalars().all())
print(conn.execute(sa.select(t.c.id).where(t.c.at > datetime.datetime(2021, 1, 1))).scalars().all())
print(conn.execute(sa.select(t.c.id).where(t.c.status == Status.active)).scalars().all())
print(conn.execute(sa.select(t.c.id).where(t.c.flag)).scalars().all())
print(conn.execute(sa.select(t.c.data["tags"]).where(t.c.id == 1)).scalar())
print(conn.execute(sa.select(t.c.price * 2)).scalars().all())
conn.execute(t.update().where(t.c.id == 2).values(data={"x": [1, {"y": None}]}, price=decimal.Decimal("0.5")))
print(conn.execute(sa.select(t.c.data, t.c.price).where(t.c.id == 2)).first())
