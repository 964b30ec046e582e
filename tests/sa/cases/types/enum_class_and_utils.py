# Enum of a Python enum class (names stored, None kept) and SQLAlchemy-Utils types: DDL, stored values, loaded values
import enum
import uuid
import sqlalchemy as sa
import sqlalchemy_utils
from sqlalchemy_utils import ChoiceType, UUIDType

engine = sa.create_engine("sqlite:///t.db")


class Kind(enum.Enum):
    small = 1
    larger = 2


m = sa.MetaData()
t = sa.Table(
    "t", m, sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.Enum(Kind)), sa.Column("key", UUIDType()), sa.Column("key_text", UUIDType(binary=False)),
    sa.Column("data", sqlalchemy_utils.JSONType()), sa.Column("level", ChoiceType([("lo", "Low"), ("hi", "High")])),
    sa.Column("size", ChoiceType(Kind, impl=sa.Integer())), sa.Column("email", sqlalchemy_utils.EmailType(60)),
    sa.Column("tags", sqlalchemy_utils.ScalarListType(int, separator="|")),
    sa.Column("currency", sqlalchemy_utils.CurrencyType()), sa.Column("country", sqlalchemy_utils.CountryType()),
)
for column in t.columns:
    print(column.name, column.type.compile(dialect=engine.dialect))
m.create_all(engine)
with engine.begin() as conn:
    conn.execute(t.insert(), [
        {"id": 1, "kind": Kind.larger, "key": uuid.UUID(int=1), "key_text": "00000000-0000-0000-0000-000000000002",
         "data": {"a": [1, "\u00e9"]}, "level": "hi", "size": Kind.small, "email": "Ann@Example.COM",
         "tags": [3, 4], "currency": "EUR", "country": "FI"},
        {"id": 2, "kind": None, "key": None, "key_text": None, "data": None, "level": None, "size": 2,
         "email": None, "tags": [], "currency": None, "country": None},
    ])
    for row in conn.execute(sa.text("SELECT * FROM t ORDER BY id")):
        print(tuple(row))
    for row in conn.execute(t.select().order_by(t.c.id)):
        print(row.kind, row.key, row.key_text, row.data, repr(row.level), row.size, row.email, row.tags,
              repr(row.currency), repr(row.country))
    try:
        conn.execute(t.insert(), {"id": 3, "kind": "medium"})
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
