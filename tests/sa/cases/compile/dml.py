# INSERT / UPDATE / DELETE: columns in table order, Column defaults and onupdate, multi-row VALUES
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
m = sa.MetaData()
t = sa.Table("users", m, sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(20), default="anon"),
             sa.Column("cnt", sa.Integer, default=lambda: 7, onupdate=5),
             sa.Column("ts", sa.DateTime, server_default=sa.func.now(), onupdate=sa.func.now()),
             sa.Column("flag", sa.Boolean, default=False))
x = sa.table("x", sa.column("a"), sa.column("b"), sa.column("order"))


def show(stmt, **kw):
    print(str(stmt))
    c = stmt.compile(dialect=sqlite.dialect(), **kw)
    print(str(c), c.positiontup, c.params)
    print("--")


show(t.insert())
show(t.insert().values(name="x"))
show(t.insert(), column_keys=["name"])
show(t.insert().values([{"name": "a", "cnt": 1}, {"name": "b", "cnt": 2}]))
show(t.insert().values(name=sa.func.lower("X"), id=sa.select(sa.func.max(t.c.id)).scalar_subquery()))
show(t.update().values(cnt=t.c.cnt + 1).where(t.c.id == 3))
show(t.update().where(t.c.id == sa.bindparam("b_id")).values(name=sa.bindparam("b_name")))
show(t.update(), column_keys=["name"])
show(t.delete())
show(t.delete().where(t.c.name.in_(["a"])))
show(t.insert().from_select(["name"], sa.select(t.c.name).where(t.c.id > 3)))
show(t.insert().prefix_with("OR IGNORE").values(name="z"))
show(sa.update(t).where(t.c.id == 1).values({t.c.name: "q", "cnt": None}))
show(sa.delete(t).where(t.c.id > 1, t.c.name == "a"))
show(x.insert().values(a=1, b=2))
show(x.update().values(a=sa.literal_column("b"), order=3).where(x.c.a == 1))
show(x.insert().values({"order": 1}))
try:
    show(t.insert().values(nope=1))
except sa.exc.CompileError as e:
    print("CompileError:", e)
try:
    show(t.insert().values(id=1).returning(t.c.id))
except sa.exc.CompileError as e:
    print("CompileError:", e)
print(str(t.insert().values(id=1).returning(t.c.id)))
