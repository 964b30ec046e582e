# Sequences on SQLite: CreateSequence/DropSequence render as SQLAlchemy renders them (SQLite refuses them), Sequence() on a column is ignored, Table.create(connection)
import sqlalchemy as sa
from sqlalchemy.schema import CreateSequence, DropSequence
from sqlalchemy.sql.ddl import CreateSequence as CS2
from sqlalchemy.dialects import sqlite
print(CS2 is CreateSequence)
print(str(CreateSequence(sa.Sequence('x'))), '|', str(CreateSequence(sa.Sequence('Odd Name', increment=2, minvalue=1, maxvalue=9, cycle=True, cache=5, schema='s'))), '|', str(DropSequence(sa.Sequence('x', schema='s'))))
print(repr(sa.Sequence('x', start=3, increment=2)), repr(sa.Sequence('y')))
d = sqlite.dialect()
print(d.supports_sequences, d.sequences_optional, CreateSequence(sa.Sequence('t', start=5)).compile(dialect=d))
e = sa.create_engine("sqlite:///t.db")
with e.connect() as c:
    try:
        c.execute(CreateSequence(sa.Sequence('tok_seq')))
    except sa.exc.OperationalError as err:
        print(type(err).__name__, str(err).splitlines()[0], "|", str(err).splitlines()[1])
    t = sa.Table("t", sa.MetaData(), sa.Column("id", sa.Integer, sa.Sequence("t_seq"), primary_key=True))
    t.create(c)
    c.execute(t.insert())
    print(c.execute(sa.select(t)).fetchall())
