# Declarative models: mixins, __table_args__, column names vs attribute keys, Enum classes, defaults, TypeDecorator
import enum
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr
from sqlalchemy.schema import CreateTable

engine = sa.create_engine("sqlite:///t.db")
Base = declarative_base(metadata=sa.MetaData(naming_convention={"ix": "ix_%(column_0_label)s",
                                                                 "uq": "uq_%(table_name)s_%(column_0_name)s"}))


class Kind(enum.Enum):
    small = 1
    large = 2


class Lowered(sa.types.TypeDecorator):
    impl = sa.String(30)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.lower() if value else value


class TimestampMixin:
    created = sa.Column(sa.DateTime, server_default=sa.func.now())

    @declared_attr
    def note(cls):
        return sa.Column(sa.String(20), default=cls.__name__.lower())


class Box(TimestampMixin, Base):
    __tablename__ = "box"
    __table_args__ = (sa.UniqueConstraint("code"), sa.CheckConstraint("weight >= 0", name="ck_weight"),
                      {"sqlite_autoincrement": True})
    id = sa.Column(sa.Integer, primary_key=True)
    code = sa.Column("box_code", Lowered(), key="code", nullable=False)
    kind = sa.Column(sa.Enum(Kind), default=Kind.small)
    weight = sa.Column(sa.Float, index=True)
    label = sa.Column(sa.String(10))


class Crate(TimestampMixin, Base):
    __tablename__ = "crate"
    id = sa.Column(sa.Integer, primary_key=True)
    box_id = sa.Column(sa.ForeignKey("box.id", ondelete="CASCADE"))


print(str(CreateTable(Box.__table__).compile(engine)))
print(str(CreateTable(Crate.__table__).compile(engine)))
print([t.name for t in Base.metadata.sorted_tables], sorted(ix.name for ix in Box.__table__.indexes))
print(Box.__table__.c.keys(), Box.__mapper__.primary_key)
Base.metadata.create_all(engine)
from sqlalchemy.orm import Session  # noqa: E402

with Session(engine) as session:
    session.add_all([Box(code="AB-1", weight=2.5), Box(code="Cd", kind=Kind.large, label="x")])
    session.commit()
    for box in session.query(Box).order_by(Box.id):
        print(box.id, box.code, box.kind, box.weight, box.label, box.note, box.created is not None)
    print(session.query(Box.code).filter(Box.kind == Kind.large).scalar())
with engine.connect() as conn:
    print(conn.execute(sa.text("SELECT box_code, kind, note FROM box ORDER BY id")).fetchall())
