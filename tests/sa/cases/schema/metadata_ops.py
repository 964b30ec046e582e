# MetaData: create_all / drop_all (checkfirst), reflect, tables, Table options, column defaults on insert
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
m = sa.MetaData()
parent = sa.Table("parent", m, sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(10)))
child = sa.Table("child", m, sa.Column("id", sa.Integer, primary_key=True),
                 sa.Column("parent_id", sa.Integer, sa.ForeignKey("parent.id")),
                 sa.Column("size", sa.Integer, default=3), sa.Column("tag", sa.String(5), server_default="none"),
                 sa.Column("made", sa.String(30), default=lambda ctx: "by:%s" % ctx.get_current_parameters()["size"]))
m.create_all(engine)
m.create_all(engine)
print(sorted(sa.inspect(engine).get_table_names()))
with engine.connect() as conn:
    conn.execute(parent.insert(), {"id": 1, "name": "p"})
    conn.execute(child.insert(), [{"parent_id": 1}, {"parent_id": 1, "size": 9}])
    print(conn.execute(sa.select(child).order_by(child.c.id)).fetchall())
    print(conn.execute(sa.select(parent.c.name, child.c.size).select_from(parent.join(child))).fetchall())
print(child.c.size.default, child.c.tag.server_default.arg, child.c.parent_id.references(parent.c.id))
print(sa.Table("parent", m) is parent, "parent" in m.tables, parent in m)
ext = sa.Table("parent", m, sa.Column("extra", sa.Integer), extend_existing=True)
print(ext is parent, parent.c.keys())
m.drop_all(engine, tables=[child])
print(sorted(sa.inspect(engine).get_table_names()))
m.drop_all(engine)
print(sorted(sa.inspect(engine).get_table_names()))
m3 = sa.MetaData()
with engine.connect() as conn:
    conn.execute(sa.text("CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT)"))
    conn.execute(sa.text("CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id))"))
    m3.reflect(bind=conn, only=["b"])
    print(sorted(m3.tables), [c.name for c in m3.tables["b"].c])
    m4 = sa.MetaData()
    m4.reflect(conn)
    print([t.name for t in m4.sorted_tables])
