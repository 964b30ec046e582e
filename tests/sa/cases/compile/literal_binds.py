# compile_kwargs={"literal_binds": True}: values rendered inline, as Alembic's --sql mode renders op.execute()
import datetime
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
t = sa.table("users", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("flag", sa.Boolean),
             sa.column("born", sa.Date), sa.column("seen", sa.DateTime), sa.column("raw"))


def show(stmt):
    try:
        print(str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})))
    except sa.exc.CompileError as e:
        print("CompileError:", e)


show(t.update().where(t.c.id == 3).values(name="O'Neil", flag=True))
show(t.update().where(t.c.name.in_(["a", "b"])).values(flag=False))
show(t.delete().where(t.c.name.in_([])))
show(t.delete().where(t.c.name.not_in([])))
show(t.insert().values(id=1, name="x", born=datetime.date(2020, 1, 2), seen=datetime.datetime(2021, 3, 4, 5, 6, 7)))
show(sa.select(t.c.id).where(t.c.name.startswith("a")).limit(5).offset(1))
show(sa.select(t.c.id).offset(3))
show(t.update().values(raw=5))
show(t.update().values(name=None))
show(sa.select(t.c.id).where(t.c.id == sa.bindparam("x")))
show(sa.text("UPDATE users SET name = :n WHERE id = :i").bindparams(n="z", i=4))
show(sa.select(t.c.id).where(t.c.flag == sa.literal(True)))
show(sa.select(t.c.id).where(t.c.seen > datetime.datetime(2020, 1, 1)))
