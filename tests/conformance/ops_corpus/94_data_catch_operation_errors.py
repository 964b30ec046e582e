"""An operation whose SQL SQLite refuses raises SQLAlchemy's error, which the script catches and reads
(type, .orig, .statement, .params, str()): add_column on a missing table, create_index twice, an
INSERT that breaks a UNIQUE constraint through op.execute(insert()), a raw op.execute() string

Revision ID: ops94
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, ProgrammingError


# revision identifiers, used by Alembic.
revision = 'ops94'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
INSERT INTO users VALUES (1, 'ann'), (2, 'bob');
"""
ROWS = "changed: the notes table records what was caught"

notes = sa.table('notes', sa.column('step', sa.Integer), sa.column('kind', sa.String),
                 sa.column('orig', sa.String), sa.column('text', sa.String))
users = sa.table('users', sa.column('id', sa.Integer), sa.column('name', sa.String))


def note(step, error):
    op.execute(notes.insert().values(step=step, kind='%s/%s' % (type(error).__name__, type(error.orig).__name__),
                                     orig=str(error.orig), text='%s | %s | %r' % (str(error), error.statement,
                                                                                  error.params)))


def upgrade():
    op.create_table('notes', sa.Column('step', sa.Integer()), sa.Column('kind', sa.String()),
                    sa.Column('orig', sa.String()), sa.Column('text', sa.String()))
    try:
        op.add_column('tokeninfo', sa.Column('Type', sa.Unicode(length=100), nullable=True))
    except (OperationalError, ProgrammingError) as exx:
        note(1, exx)
        if "no such table" in str(exx.orig).lower():
            op.execute(notes.insert().values(step=11, kind='matched'))
    op.create_index('ix_users_name', 'users', ['name'])
    try:
        op.create_index('ix_users_name', 'users', ['name'])
    except DatabaseError as exx:
        note(2, exx)
    try:
        op.execute(users.insert().values(id=3, name='ann'))
    except IntegrityError as exx:
        note(3, exx)
    try:
        op.execute("UPDATE nosuch SET x = 1")
    except Exception as exx:
        note(4, exx)


def downgrade():
    op.drop_index('ix_users_name', 'users')
    op.drop_table('notes')
