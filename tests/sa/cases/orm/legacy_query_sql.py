# legacy Query's SQL, as str() shows it and as the error of a query on a missing table shows it
import sqlalchemy as sa
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Token(Base):
    __tablename__ = "token"
    id = sa.Column(sa.Integer, primary_key=True)
    serial = sa.Column(sa.Unicode(40))


engine = sa.create_engine("sqlite:///t.db")
session = Session(engine)
q = session.query(Token).filter(Token.serial == "x")
print(str(q))
print(str(session.query(Token.id, Token.serial).order_by(Token.id)))
print(str(q.statement))
print(q.subquery().c.keys())
for label, fn in [("all", lambda: q.all()), ("first", lambda: q.first()), ("one", lambda: q.one()),
                  ("count", lambda: q.count()), ("get", lambda: session.query(Token).get(5)),
                  ("entities", lambda: session.query(Token.serial).all()),
                  ("scalar", lambda: session.query(sa.func.max(Token.id)).scalar()),
                  ("execute", lambda: session.execute(sa.select(Token)).all()),
                  ("update", lambda: q.update({"serial": "y"})), ("delete", lambda: q.delete())]:
    try:
        fn()
    except sa.exc.OperationalError as e:
        print(label, "|", str(e).replace("\n", " | "))
