# ORM relationships in a data migration: loading a related row and a collection, setting the foreign key
import sqlalchemy as sa
from sqlalchemy.orm import Session, declarative_base, relationship

engine = sa.create_engine("sqlite:///t.db")
Base = declarative_base()


class Author(Base):
    __tablename__ = "author"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(20))
    books = relationship("Book", back_populates="author", order_by="Book.id")


class Book(Base):
    __tablename__ = "book"
    id = sa.Column(sa.Integer, primary_key=True)
    title = sa.Column(sa.String(40))
    author_id = sa.Column(sa.Integer, sa.ForeignKey("author.id"))
    author = relationship("Author", back_populates="books")


class Tag(Base):
    __tablename__ = "tag"
    id = sa.Column(sa.Integer, primary_key=True)
    label = sa.Column(sa.String(10))
    book_id = sa.Column(sa.ForeignKey("book.id"))
    book = relationship(Book, backref="tags")


Base.metadata.create_all(engine)
with engine.connect() as conn:
    conn.execute(sa.text("INSERT INTO author (id, name) VALUES (1, 'Le Guin'), (2, 'Lem')"))
    conn.execute(sa.text("INSERT INTO book (id, title, author_id) VALUES (1, 'Earthsea', 1), (2, 'Solaris', 2), "
                         "(3, 'The Dispossessed', 1), (4, 'Orphan', NULL)"))
    session = Session(bind=conn)
    for book in session.query(Book).order_by(Book.id):
        print(book.title, "by", book.author.name if book.author else None)
    le_guin = session.query(Author).filter_by(name="Le Guin").one()
    print([b.title for b in le_guin.books])
    orphan = session.get(Book, 4)
    orphan.author = le_guin
    session.flush()
    print(conn.execute(sa.text("SELECT author_id FROM book WHERE id = 4")).scalar(), [b.title for b in le_guin.books])
    new_author = Author(name="Butler")
    new_author.books.append(Book(title="Kindred"))
    session.add(new_author)
    session.commit()
    print(conn.execute(sa.text("SELECT b.title, a.name FROM book b JOIN author a ON a.id = b.author_id ORDER BY b.id")).fetchall())
    kindred = session.query(Book).filter(Book.title == "Kindred").one()
    kindred.tags.append(Tag(label="sf"))
    session.add(Tag(label="classic", book=session.get(Book, 1)))
    session.commit()
    print(conn.execute(sa.text("SELECT label, book_id FROM tag ORDER BY id")).fetchall())
    print(session.query(Book.title).join(Book.author).filter(Author.name == "Lem").all())
    print(session.query(Author.name).filter(Author.books.any(Book.title.like("K%"))).all())
    print([t.label for t in session.get(Book, 1).tags], session.query(Tag).filter(Tag.book == kindred).one().label)
