# SQLAlchemy's own errors: their classes and messages
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
t = sa.table("t", sa.column("id", sa.Integer))
m = sa.MetaData()
sa.Table("x", m, sa.Column("id", sa.Integer))


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, "|", e)


attempt("string where", lambda: sa.select(t).where("id = 1"))
attempt("string column", lambda: sa.select("id"))
attempt("table twice", lambda: sa.Table("x", m, sa.Column("id", sa.Integer)))
attempt("bad fk", lambda: str(sa.Table("y", m, sa.Column("x_id", sa.ForeignKey("nope.id"))).c.x_id.foreign_keys))
attempt("bool clause", lambda: bool(t.c.id > 1))
attempt("unconsumed", lambda: str(t.insert().values(nope=1).compile(dialect=engine.dialect)))
attempt("no such table", lambda: sa.Table("nope", sa.MetaData(), autoload_with=engine))
attempt("no column", lambda: t.c.nope)
attempt("no key", lambda: t.c["nope"])
attempt("join", lambda: sa.select(t).join(sa.table("u", sa.column("a"))))
attempt("url", lambda: sa.create_engine("nope"))
attempt("limit", lambda: sa.select(t).limit("x"))
for cls in (sa.exc.NoResultFound, sa.exc.MultipleResultsFound, sa.exc.IntegrityError, sa.exc.OperationalError,
            sa.exc.ProgrammingError, sa.exc.ArgumentError, sa.exc.CompileError, sa.exc.NoSuchTableError,
            sa.exc.InvalidRequestError, sa.exc.StatementError, sa.exc.DBAPIError, sa.exc.ResourceClosedError):
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:] if b.__module__.startswith("sqlalchemy")])
