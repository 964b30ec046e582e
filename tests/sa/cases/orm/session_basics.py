# ORM in a data migration: declarative classes, Session(bind=conn), query/filter/get, changes flushed as UPDATE
import sqlalchemy as sa
from sqlalchemy import orm

engine = sa.create_engine("sqlite:///t.db")
Base = orm.declarative_base()


class User(Base):
    __tablename__ = "users"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(30), nullable=False)
    email = sa.Column(sa.String(50))
    active = sa.Column(sa.Boolean, default=True)
    visits = sa.Column(sa.Integer, default=0, nullable=False)

    def __repr__(self):
        return "<User %s %s %s %s %s>" % (self.id, self.name, self.email, self.active, self.visits)


Base.metadata.create_all(engine)
conn = engine.connect()
conn.execute(User.__table__.insert(), [{"name": "ann", "email": "A@X"}, {"name": "bob", "email": None, "active": False},
                                       {"name": "cy", "email": "C@Z", "visits": 3}])
session = orm.Session(bind=conn)
for user in session.query(User).order_by(User.id):
    if user.email:
        user.email = user.email.lower()
    user.visits += 1
session.flush()
print(session.query(User).count(), session.query(User).filter(User.active == False).count())  # noqa: E712
print(session.query(User).filter_by(name="cy").one())
print(session.query(User).filter(User.email.like("%@x")).all())
print(session.get(User, 2), session.query(User).get(3))
print(session.query(User).filter(User.id > 5).first(), session.query(User).filter(User.id > 5).one_or_none())
print(session.query(User.name, User.visits).order_by(User.visits.desc(), User.name).all())
print(session.query(User.name).filter(User.active).order_by(User.name).all())
new = User(name="dee")
session.add(new)
session.add_all([User(name="eve", email="e@e"), User(name="fay", active=False)])
session.commit()
print(new.id, new.active, new.visits)
session.delete(session.query(User).filter_by(name="bob").one())
session.commit()
print(session.query(User).order_by(User.id).all())
print(session.execute(sa.select(User).where(User.name == "ann")).scalar_one())
print(session.execute(sa.select(User.name).order_by(User.name)).scalars().all())
print(session.scalars(sa.select(User).where(User.visits > 1)).all())
print(session.query(User).filter(User.name.in_(["ann", "eve"])).update({"visits": 100}, synchronize_session=False))
print(conn.execute(sa.text("SELECT name, visits FROM users ORDER BY id")).fetchall())
print(session.query(User).filter(User.visits == 100).delete(synchronize_session=False))
print(conn.execute(sa.text("SELECT name FROM users ORDER BY id")).scalars().all())
