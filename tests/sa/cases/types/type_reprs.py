# Type objects: repr, str() (DDL name), compile on SQLite, python_type, affinity
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")
types = [sa.Integer(), sa.String(50), sa.String(), sa.String(50, collation="NOCASE"), sa.Enum("a", "b", name="x"),
         sa.Numeric(10, 2), sa.Numeric(), sa.Float(), sa.Float(53), sa.DateTime(timezone=True), sa.DateTime(),
         sa.Boolean(), sa.Boolean(create_constraint=True, name="ck"), sa.JSON(), sa.JSON(none_as_null=True),
         sa.LargeBinary(), sa.LargeBinary(16), sa.Interval(), sa.Text(), sa.Unicode(20), sa.UnicodeText(),
         sa.VARCHAR(30), sa.CHAR(2), sa.types.NullType(), sqlite.DATETIME(), sqlite.JSON(), sa.TIMESTAMP(),
         sa.BigInteger(), sa.SmallInteger(), sa.Time(), sa.Date(), sa.DECIMAL(5, 2), sa.REAL(), sa.BLOB(),
         sa.NVARCHAR(5), sa.Enum("a", "b", native_enum=False, length=20), sa.Enum("a", "b", create_constraint=True),
         sqlite.DATETIME(truncate_microseconds=True), sqlite.DATE(), sqlite.TIME(), sa.TEXT(), sa.INTEGER(),
         sa.BIGINT(), sa.NUMERIC(8), sa.FLOAT(), sa.NCHAR(3), sa.VARBINARY(4), sa.BINARY(2), sa.CLOB(), sa.BOOLEAN(),
         sa.DATE(), sa.TIME(), sa.INT()]
for t in types:
    try:
        compiled = t.compile(dialect=sqlite.dialect())
    except sa.exc.CompileError as e:
        compiled = "CompileError: %s" % e
    print(repr(t), "|", str(t), "|", compiled, "|", t._type_affinity.__name__)
print(sa.Integer().python_type, sa.String().python_type, sa.Boolean().python_type, sa.LargeBinary().python_type)
print(repr(sa.ARRAY(sa.Integer)), sa.ARRAY(sa.Integer).python_type)
try:
    sa.ARRAY(sa.Integer).compile(dialect=sqlite.dialect())
except sa.exc.CompileError as e:
    print(type(e).__name__)
print(repr(sa.types.to_instance(sa.String)), repr(sa.types.to_instance(None)))
print(repr(sa.String(30).copy()), repr(sa.Enum("x", "yy").copy()))
v = sa.JSON().with_variant(sa.Text(), "sqlite")
print(repr(v), v.compile(dialect=sqlite.dialect()))
print(sa.String(10).compile(), sa.JSON().compile())
