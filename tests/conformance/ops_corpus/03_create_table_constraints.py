"""create_table with keys, unique, foreign keys, checks, type constraints and indexes

Revision ID: ops03
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops03'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'authors',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=120), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_authors')),
        sa.UniqueConstraint('email')
    )
    op.create_index(op.f('ix_authors_name'), 'authors', ['name'], unique=False)
    op.create_table(
        'books',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('author_id', sa.Integer(), nullable=False),
        sa.Column('editor_id', sa.Integer(), sa.ForeignKey('authors.id', ondelete='SET NULL'), nullable=True),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('isbn', sa.String(length=13), nullable=True, unique=True),
        sa.Column('pages', sa.Integer(), nullable=True),
        sa.Column('published', sa.Boolean(create_constraint=True), nullable=True),
        sa.Column('kind', sa.Enum('novel', 'essay', name='book_kind', create_constraint=True), nullable=True),
        sa.Column('slug', sa.String(length=40), index=True),
        sa.CheckConstraint('pages > 0', name='ck_books_pages_positive'),
        sa.CheckConstraint('length(title) > 0'),
        sa.ForeignKeyConstraint(['author_id'], ['authors.id'], name='fk_books_author', ondelete='CASCADE', onupdate='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('author_id', 'title', name='uq_books_author_title'),
        sa.Index('ix_books_title_pages', 'title', 'pages')
    )
    op.create_table(
        'book_tags',
        sa.Column('book_id', sa.Integer(), nullable=False),
        sa.Column('tag', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['book_id'], ['books.id'], ),
        sa.PrimaryKeyConstraint('book_id', 'tag', name='pk_book_tags')
    )
    op.execute("INSERT INTO authors (id, email, name) VALUES (1, 'a@example.com', 'A'), (2, 'b@example.com', NULL)")
    op.execute("INSERT INTO books (id, author_id, editor_id, title, isbn, pages, published, kind, slug) "
               "VALUES (1, 1, 2, 'First', '9780000000001', 10, 1, 'novel', 'first'), (2, 2, NULL, 'Second', NULL, NULL, 0, NULL, NULL)")
    op.execute("INSERT INTO book_tags (book_id, tag) VALUES (1, 'x'), (1, 'y'), (2, 'x')")


def downgrade():
    op.drop_table('book_tags')
    op.drop_table('books')
    op.drop_index(op.f('ix_authors_name'), table_name='authors')
    op.drop_table('authors')
