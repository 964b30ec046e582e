# lazy="dynamic" relationships: an AppenderQuery (filter, order_by, count, first), append/extend/remove, transient parents, dynamic backrefs, Flask-SQLAlchemy's query class
import sqlalchemy as sa
from sqlalchemy.orm import Session, backref, declarative_base, relationship

Base = declarative_base()


class Author(Base):
    __tablename__ = "author"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(20))
    books = relationship("Book", backref="author", lazy="dynamic", order_by="Book.title")


class Book(Base):
    __tablename__ = "book"
    id = sa.Column(sa.Integer, primary_key=True)
    title = sa.Column(sa.String(20))
    author_id = sa.Column(sa.Integer, sa.ForeignKey("author.id"))


class Tag(Base):
    __tablename__ = "tag"
    id = sa.Column(sa.Integer, primary_key=True)
    book_id = sa.Column(sa.Integer, sa.ForeignKey("book.id"))
    book = relationship("Book", backref=backref("tags", lazy="dynamic"))


engine = sa.create_engine("sqlite:///t.db")
Base.metadata.create_all(engine)
a = Author(name="ann")
print(type(a.books).__name__, a.books.count(), a.books.all())
a.books.append(Book(title="zeta"))
a.books.extend([Book(title="alpha"), Book(title="mid")])
print(a.books.count(), [b.title for b in a.books])
with Session(engine) as session:
    session.add(a)
    session.commit()
    print([b.title for b in a.books], a.books.count(), a.books.first().title)
    print([b.title for b in a.books.filter(Book.title != "mid").order_by(None).order_by(Book.id.desc())])
    print(type(a.books.filter(Book.id > 0)).__name__, a.books[1].title, [b.title for b in a.books[0:2]])
    zeta = a.books.filter_by(title="zeta").one()
    zeta.tags.append(Tag())
    session.flush()
    print(zeta.tags.count(), zeta.author.name)
    a.books.remove(zeta)
    session.commit()
    print([b.title for b in a.books], zeta.author_id)
    a.books.append(Book(title="new"))
    print(a.books.count())

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask("main")
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///f.db"
db = SQLAlchemy(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    posts = db.relationship("Post", backref="user", lazy="dynamic")


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, db.ForeignKey("user.id"))
    votes = db.relationship("User", secondary=db.Table("vote", db.Column("post_id", db.ForeignKey("post.id")),
                                                       db.Column("user_id", db.ForeignKey("user.id"))),
                            backref=db.backref("voted", lazy="dynamic"))


with app.app_context():
    db.create_all()
    u = User()
    p = Post(user=u)
    db.session.add(p)
    p.votes.append(u)
    db.session.commit()
    print(type(u.posts).__name__, type(u.posts).__mro__[1].__name__, u.posts.count(), u.posts.first_or_404() is p)
    print(type(u.voted).__name__, u.voted.count(), u.voted.first() is p)
