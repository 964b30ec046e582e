# The columns clause: labels SQLAlchemy gives functions, expressions, casts, literals and duplicates
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
t = sa.table("users", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("data", sa.JSON),
             sa.column("x"))
a = sa.table("addr", sa.column("id", sa.Integer), sa.column("user_id", sa.Integer), sa.column("email", sa.String))


def show(stmt):
    print(str(stmt))
    c = stmt.compile(dialect=sqlite.dialect())
    print(str(c), [c.params[k] for k in c.positiontup])
    print("--")


show(sa.select(sa.func.count(), sa.func.max(t.c.id), sa.func.coalesce(t.c.name, "x"), sa.func.now(),
               sa.func.lower(t.c.name).label("ln")).group_by(t.c.name).having(sa.func.count() > 1))
show(sa.select(t.c.id, (t.c.id + 1) * 2, t.c.id - (t.c.id - 1), t.c.name + "x"))
show(sa.select(sa.case((t.c.id > 5, "big"), (t.c.id > 2, "mid"), else_="small")))
show(sa.select(sa.case({1: "one", 2: "two"}, value=t.c.id, else_="many").label("word")))
show(sa.select(sa.cast(t.c.id, sa.String(10)), sa.literal(5), sa.literal_column("'x'"), sa.null(), sa.true(), sa.false()))
show(sa.select(t.c.id, a.c.id))
show(sa.select(t.c.id, t.c.id))
show(sa.select(sa.distinct(t.c.id)))
show(sa.select(t.c.id.distinct(), t.c.name.label("n"), sa.func.count(t.c.id.distinct())))
show(sa.select(t.c.data["a"], t.c.data[0]))
show(sa.select(sa.literal("a") + t.c.name, sa.literal(1, sa.Integer), sa.type_coerce(t.c.x, sa.String)))
show(sa.select(sa.func.json_extract(t.c.data, "$.a"), sa.extract("year", t.c.x), sa.func.date("now"),
               sa.func.current_timestamp(), sa.func.random(), sa.func.char_length(t.c.name)))
show(sa.select(t.c.name.collate("NOCASE")).order_by(t.c.name.desc().nulls_last(), t.c.id.asc()))
show(sa.select(sa.func.count().label("c")).select_from(t))
show(sa.select(sa.func.count(t.c.id)).where(t.c.name.is_(None)))
show(sa.select(sa.func.COUNT(t.c.id), sa.func.Lower(t.c.name), sa.func.my_pkg.my_fn(1)))
show(sa.select(sa.func.row_number().over(partition_by=t.c.name, order_by=t.c.id)))
show(sa.select(t.c.name.label("n")).order_by("n"))
show(sa.select(t.c.name).order_by("name"))
