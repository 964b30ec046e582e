# Loader options: load_only()/defer() leave columns out of the SELECT (a model with columns the table lacks), and load them on first read
import sqlalchemy as sa
from sqlalchemy import orm

engine = sa.create_engine("sqlite:///t.db")
with engine.begin() as conn:
    conn.execute(sa.text("CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT, abbreviation TEXT, notes TEXT)"))
    conn.execute(sa.text("INSERT INTO units VALUES (1, 'Gram', 'g', 'n1'), (2, 'Cup', NULL, 'n2')"))

Base = orm.declarative_base()


class Unit(Base):
    __tablename__ = "units"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String)
    abbreviation = sa.Column(sa.String)
    notes = sa.Column(sa.String)
    plural_name = sa.Column(sa.String)  # not in the table yet


session = orm.Session(bind=engine)
units = session.execute(sa.select(Unit).options(orm.load_only(Unit.name, Unit.abbreviation)).order_by(Unit.id)).scalars().all()
for u in units:
    print(u.id, u.name, u.abbreviation, "notes" in u.__dict__)
print(units[0].notes, "notes" in units[0].__dict__)
q = session.query(Unit).options(orm.load_only("name")).filter(Unit.id == 2)
print([(u.id, u.name) for u in q])

try:
    session.query(Unit).all()
except sa.exc.OperationalError as e:
    print("OperationalError", str(e).splitlines()[0])
session.rollback()
u = session.query(Unit).options(orm.defer(Unit.plural_name)).filter_by(id=1).one()
print(u.name, u.notes)
u.name = "gram"
session.flush()
print(session.execute(sa.text("SELECT name FROM units WHERE id = 1")).scalar())
print(session.query(Unit).options(orm.Load(Unit).load_only("abbreviation")).filter_by(id=1).one().abbreviation)
print([u.name for u in session.query(Unit).options(orm.defer(Unit.plural_name), orm.defer(Unit.notes)).order_by(Unit.name)])
