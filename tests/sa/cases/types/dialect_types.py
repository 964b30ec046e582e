# MySQL and PostgreSQL types on SQLite: str(), DDL (generic, or the type compiler's refusal), type affinity, values bound and read
import sqlalchemy as sa
import uuid
from sqlalchemy.dialects import mysql, postgresql, sqlite
d = sqlite.dialect()
for t in [mysql.VARCHAR(32, charset='utf8'), mysql.VARCHAR(32, collation='utf8_bin'), mysql.INTEGER(display_width=11),
          mysql.BIGINT(unsigned=True), mysql.TINYINT(1), mysql.DATETIME(fsp=6), mysql.TEXT(), mysql.LONGTEXT(),
          mysql.DOUBLE(), mysql.FLOAT(), mysql.DECIMAL(10, 2), mysql.ENUM('a', 'bb'), mysql.JSON(), mysql.TIMESTAMP(fsp=3),
          mysql.BIT(1), mysql.YEAR(4), mysql.NVARCHAR(10), mysql.SET('x', 'y'),
          postgresql.UUID(as_uuid=True), postgresql.JSONB(), postgresql.JSON(), postgresql.ENUM('a', 'b', name='kind', create_type=False),
          postgresql.TIMESTAMP(timezone=True), postgresql.ARRAY(sa.Integer), postgresql.INET(), postgresql.BYTEA(),
          postgresql.DOUBLE_PRECISION(), postgresql.INTERVAL(), postgresql.TEXT(), postgresql.HSTORE()]:
    try:
        ddl = t.compile(dialect=d)
    except sa.exc.CompileError as e:
        ddl = "CompileError " + str(e).split(" object")[0] + " ..." + str(e).split("can't render")[1].split(" (")[0]
    print(type(t).__name__, "|", str(t), "|", ddl, "|", isinstance(t, sa.types.TypeEngine), t._type_affinity.__name__ if t._type_affinity else None)
e = sa.create_engine("sqlite:///t.db")
with e.connect() as c:
    c.execute(sa.text("create table x (id integer primary key, u varchar, j varchar, k varchar)"))
    x = sa.table("x", sa.column("id"), sa.column("u", postgresql.UUID(as_uuid=True)), sa.column("j", postgresql.JSONB()),
                 sa.column("k", postgresql.ENUM("a", "b", name="kind")))
    c.execute(x.insert().values(id=1, u=uuid.UUID(int=5), j={"a": [1, 2]}, k="b"))
    print(c.execute(sa.select(x)).fetchall())
    print(c.execute(sa.text("select * from x")).fetchall())
    postgresql.ENUM("a", "b", name="kind").create(c, checkfirst=True)
try:
    sa.Table("t", sa.MetaData(), sa.Column("a", postgresql.UUID()), sa.Column("b", mysql.TINYINT(1))).create(e)
except sa.exc.CompileError as err:
    print("CompileError", str(err).split(" object")[0])
sa.Table("t2", sa.MetaData(), sa.Column("a", mysql.VARCHAR(20)), sa.Column("b", mysql.INTEGER(display_width=11)),
         sa.Column("c", postgresql.ENUM("x", "yy", name="e2")), sa.Column("d", postgresql.TIMESTAMP(timezone=True))).create(e)
print(sa.inspect(e).get_columns("t2"))
