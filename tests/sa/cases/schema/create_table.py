# CREATE TABLE / CREATE INDEX as SQLAlchemy renders them on SQLite, with a naming convention
import sqlalchemy as sa
from sqlalchemy.schema import CreateIndex, CreateTable, DropTable

engine = sa.create_engine("sqlite:///t.db")
m = sa.MetaData(naming_convention={"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
                                   "ck": "ck_%(table_name)s_%(constraint_name)s",
                                   "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
                                   "pk": "pk_%(table_name)s"})
u = sa.Table("users", m, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("name", sa.String(20), nullable=False, unique=True, index=True),
             sa.Column("flag", sa.Boolean(create_constraint=True, name="flagck"), server_default=sa.text("1")),
             sa.Column("kind", sa.Enum("a", "b", name="kind", create_constraint=True)),
             sa.Column("created", sa.DateTime, server_default=sa.func.now()), sa.Column("n", sa.Integer, server_default="5"),
             sa.Column("order", sa.String, comment="c"), sa.CheckConstraint("n > 0", name="positive"))
a = sa.Table("addr", m, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("user_id", sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
             sa.Column("x", sa.Integer, sa.Computed("user_id * 2")), sa.UniqueConstraint("user_id", "x"),
             sa.Index("ix_custom", "x", unique=True), sa.Index("ix_part", "user_id", sqlite_where=sa.text("x > 1")))
print(str(CreateTable(u).compile(engine)))
print(str(CreateTable(a).compile(engine)))
for ix in sorted(u.indexes, key=lambda i: i.name):
    print(str(CreateIndex(ix).compile(engine)))
for ix in sorted(a.indexes, key=lambda i: i.name):
    print(str(CreateIndex(ix).compile(engine)))
print(str(DropTable(a).compile(engine)))
print([t.name for t in m.sorted_tables], sorted(m.tables))
print(repr(a.c.user_id.type), [c.name for c in u.primary_key], u.primary_key.name)
print(sorted((c.name, type(c).__name__) for c in u.constraints if c.name))
print(sorted(c.name for c in a.constraints if c.name))
print(repr(a.c.user_id), list(a.c.user_id.foreign_keys)[0].target_fullname, repr(u.c.n.server_default.arg), repr(u.c.id))
m2 = sa.MetaData()
t3 = sa.Table("t3", m2, sa.Column("id", sa.Integer, primary_key=True), sqlite_autoincrement=True)
print(str(CreateTable(t3).compile(engine)))
t4 = sa.Table("t4", m2, sa.Column("a", sa.Integer, primary_key=True), sa.Column("b", sa.String(5), primary_key=True),
              sa.Column("c", sa.Numeric(10, 2), default=0), sa.Column("d", sa.JSON), sa.Column("e", sa.LargeBinary))
print(str(CreateTable(t4).compile(engine)))
t5 = sa.Table("t5", m2, sa.Column("id", sa.Integer), sa.PrimaryKeyConstraint("id", name="my_pk"),
              sa.Column("ref", sa.Integer), sa.ForeignKeyConstraint(["ref"], ["t4.a"], name="fk_ref", onupdate="SET NULL"))
print(str(CreateTable(t5).compile(engine)))
try:
    t6 = sa.Table("t6", m2, sa.Column("a", sa.Integer, primary_key=True, autoincrement=True),
                  sa.Column("b", sa.Integer, primary_key=True))
    print(str(CreateTable(t6).compile(engine)))
except sa.exc.CompileError as e:
    print("CompileError:", e)
