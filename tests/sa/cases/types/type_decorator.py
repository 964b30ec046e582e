# TypeDecorator and UserDefinedType: impl, load_dialect_impl, process_* and their use in a table
import json
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

engine = sa.create_engine("sqlite:///t.db")


class JSONText(sa.types.TypeDecorator):
    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else json.dumps(value, sort_keys=True)

    def process_result_value(self, value, dialect):
        return None if value is None else json.loads(value)


class Lower(sa.types.TypeDecorator):
    impl = sa.String(20)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.lower() if value is not None else None

    def process_literal_param(self, value, dialect):
        return "'%s'" % value.upper()


class GUID(sa.types.TypeDecorator):
    impl = sa.types.CHAR
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(sa.types.CHAR(36))
        return dialect.type_descriptor(sa.types.CHAR(32))

    def process_bind_param(self, value, dialect):
        return None if value is None else str(value).replace("-", "")


class Point(sa.types.UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw):
        return "POINT"

    def bind_processor(self, dialect):
        def process(value):
            return "%d,%d" % value

        return process

    def result_processor(self, dialect, coltype):
        def process(value):
            return tuple(int(p) for p in value.split(","))

        return process


for t in (JSONText(), Lower(), GUID(), Point(), Lower(length=5) if False else Lower()):
    print(repr(t), t.compile(dialect=sqlite.dialect()), repr(t.impl) if hasattr(t, "impl") else "-")
m = sa.MetaData()
tbl = sa.Table("things", m, sa.Column("id", GUID(), primary_key=True), sa.Column("data", JSONText()),
               sa.Column("name", Lower()), sa.Column("at", Point()))
m.create_all(engine)
with engine.connect() as conn:
    conn.execute(tbl.insert(), {"id": "ab-cd", "data": {"b": 1, "a": [2]}, "name": "MiXed", "at": (1, 2)})
    conn.execute(tbl.insert(), [{"id": "x-1", "data": None, "name": "Q", "at": (3, 4)}])
    for row in conn.execute(tbl.select().order_by(tbl.c.id)):
        print(row)
    print(conn.execute(sa.text("SELECT id, data, name, at FROM things ORDER BY id")).fetchall())
    print(conn.execute(sa.select(tbl.c.name).where(tbl.c.name == "mixed")).scalar())
    print(conn.execute(sa.select(tbl.c.id).where(tbl.c.data == {"b": 1, "a": [2]})).scalar())
print(str(sa.select(tbl.c.id).where(tbl.c.name == "Abc").compile(dialect=sqlite.dialect(),
                                                                   compile_kwargs={"literal_binds": True})))
