# Operators: grouping by precedence, NOT, LIKE shortcuts, IS NULL, booleans, arithmetic
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
t = sa.table("users", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("flag", sa.Boolean),
             sa.column("x"))


def show(*criteria):
    stmt = sa.select(t.c.id).where(*criteria)
    c = stmt.compile(dialect=sqlite.dialect())
    print(str(stmt).split("WHERE ")[1])
    print(str(c).split("WHERE ")[1], [c.params[k] for k in c.positiontup])


show(t.c.flag == True)
show(t.c.flag.is_(True))
show(~t.c.flag)
show(t.c.flag)
show(sa.and_(t.c.flag, t.c.id > 1))
show(sa.or_(~t.c.flag, t.c.id > 1))
show(sa.not_(t.c.id == 5))
show(~t.c.name.in_(["a", "b"]))
show(t.c.name.not_in(["a"]))
show(sa.and_(t.c.id > 1, sa.or_(t.c.id < 5, t.c.name == "x")))
show(sa.or_(t.c.id > 1, sa.and_(t.c.id < 5, t.c.name == "x")))
show(~sa.and_(t.c.id > 1, t.c.id < 3))
show(t.c.name.like("a%"), t.c.name.notlike("b%"), t.c.name.like("x", escape="/"))
show(t.c.name.startswith("a"), t.c.name.endswith("b"), t.c.name.contains("c"))
show(t.c.name.ilike("A%"))
show(t.c.name.contains("50%", autoescape=True))
show(t.c.flag == False, t.c.id != None, t.c.name.isnot(None), t.c.name.is_(None))
show(t.c.id % 2 == 0, -t.c.id < 0, t.c.id / 2 > 1)
show((t.c.id + 1) * 2 > t.c.id - (t.c.id - 1))
show(t.c.id + 1 + 2 > 3)
show(t.c.x == "a", t.c.x + 5 > 1)
show(t.c.name + "x" == "ax")
show((t.c.id > 1) & (t.c.id < 9) | (t.c.name == "z"))
show(sa.and_(t.c.id > 1), sa.or_(t.c.id == 1, t.c.id == 2, t.c.id == 3))
show(t.c.id.in_([]))
show(sa.tuple_(t.c.id, t.c.name).in_([(1, "a"), (2, "b")]))
show(t.c.id.in_(sa.select(t.c.id).where(t.c.name == "q")))
show(sa.true(), sa.false())
show(sa.text("id > 2"))
