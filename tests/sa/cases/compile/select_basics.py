# select(): columns, WHERE, ORDER BY, LIMIT/OFFSET as str() and as SQLite compiles them, with parameters
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
users = sa.table("users", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("order"))


def show(stmt):
    print(str(stmt))
    c = stmt.compile(dialect=sqlite.dialect())
    print(str(c))
    print(c.positiontup, c.params)
    print("--")


show(sa.select(users.c.id, users.c.name).where(users.c.id > 5).order_by(users.c.name.desc()).limit(3))
show(sa.select(users).where(users.c.id == None))
show(sa.select(users.c.id).where(users.c.name != "x", users.c.id <= 2))
show(sa.select(users.c.id).offset(3))
show(sa.select(users.c.id).limit(2).offset(4))
show(sa.select(users.c.id).where(users.c.name.in_(["a", "b"])))
show(sa.select(users.c.id).where(users.c.id.between(1, 5)))
show(sa.select(users.c.id).distinct())
show(sa.select([users.c.id, users.c.name]))
show(sa.select(users.c.id).where(users.c.name == "a").where(users.c.id == 2))
show(sa.select(users.c.id).filter_by(name="x"))
show(sa.select(users.c["order"]).order_by(users.c.id.asc(), users.c.name))
