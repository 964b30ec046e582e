# FROM: joins (explicit and from foreign keys), subqueries, aliases, correlation, EXISTS, UNION
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
m = sa.MetaData()
u = sa.Table("users", m, sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(20)))
a = sa.Table("addr", m, sa.Column("id", sa.Integer, primary_key=True), sa.Column("user_id", sa.ForeignKey("users.id")),
             sa.Column("email", sa.String))


def show(stmt):
    c = stmt.compile(dialect=sqlite.dialect())
    print(str(c), [c.params[k] for k in c.positiontup])
    print("--")


show(sa.select(u.c.name, a.c.email).join_from(u, a))
show(sa.select(u).join(a))
show(sa.select(u.c.id).select_from(u.join(a, u.c.id == a.c.user_id)).order_by(u.c.id.desc(), a.c.email))
show(sa.select(u.c.id, a.c.email).select_from(u.outerjoin(a, u.c.id == a.c.user_id)).limit(5).offset(2))
show(sa.select(u.c.id, a.c.email).where(u.c.id == a.c.user_id).distinct())
show(sa.select(u.c.name).where(u.c.id.in_(sa.select(a.c.user_id).where(a.c.email.like("%x")))))
show(sa.select(u.c.name, sa.select(sa.func.count()).where(a.c.user_id == u.c.id).scalar_subquery()))
show(sa.select(u.c.id, sa.select(sa.func.count(a.c.id)).where(a.c.user_id == u.c.id).scalar_subquery().label("n")))
show(sa.select(u.c.name).where(sa.exists(sa.select(a.c.id).where(a.c.user_id == u.c.id))))
show(sa.select(u.c.name).where(~sa.exists().where(a.c.user_id == u.c.id)))
s = sa.select(u).where(u.c.id > 1).subquery("s")
show(sa.select(s.c.name).where(s.c.id < 5))
show(sa.select(sa.func.count()).select_from(sa.select(u).subquery()))
sq = sa.select(a.c.user_id, sa.func.count().label("cnt")).group_by(a.c.user_id).subquery()
show(sa.select(u.c.name, sq.c.cnt).join(sq, sq.c.user_id == u.c.id))
ua = u.alias("x")
show(sa.select(u.c.name, ua.c.name).where(u.c.id == ua.c.id))
show(sa.select(u.alias().c.id))
show(u.alias("v").select())
show(sa.union_all(sa.select(u.c.id), sa.select(a.c.id)).order_by("id").limit(3))
show(sa.union(sa.select(u.c.id), sa.select(a.c.id)))
show(sa.select(u).with_only_columns(u.c.id))
show(sa.select(sa.literal_column("1")).where(sa.text("1 = 1")))
show(sa.select(sa.text("id, name")).select_from(sa.text("users")).where(sa.text("id > :x")))
print(str(sa.exists().where(u.c.id == 1)))
print(str(sa.select(u.c.id).where(u.c.id == 1).exists()))
print(bool(u.c.id == u.c.id), bool(u.c.id == a.c.id))
