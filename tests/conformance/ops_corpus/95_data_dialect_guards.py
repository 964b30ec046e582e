"""What scripts written for several databases do on SQLite: other dialects' keywords (mysql_row_format=,
mysql_engine=, postgresql_using=, mysql_length=), op._proxy.migration_context, and the errors they catch when an
operation cannot run on SQLite (alter_column outside batch mode: OperationalError; a constraint change:
NotImplementedError; a batch on a missing table: NoSuchTableError)

Revision ID: ops95
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.exc import NoSuchTableError, OperationalError


# revision identifiers, used by Alembic.
revision = 'ops95'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE authcache (
	id INTEGER NOT NULL, 
	authentication VARCHAR(64), 
	PRIMARY KEY (id)
);
INSERT INTO authcache VALUES (1, 'x');
"""
ROWS = "changed: the notes table records what was caught"

notes = sa.table('notes', sa.column('what', sa.String), sa.column('text', sa.String))


def upgrade():
    op.create_table('notes', sa.Column('what', sa.String()), sa.Column('text', sa.String()),
                    mysql_row_format='DYNAMIC', mysql_engine='InnoDB')
    dialect = op._proxy.migration_context.dialect.name
    op.execute(notes.insert().values(what='dialect', text=dialect))
    op.create_index('ix_notes_what', 'notes', ['what'], postgresql_using='btree', mysql_length=10)
    try:
        op.alter_column('authcache', 'authentication', existing_type=sa.Unicode(length=64),
                        type_=sa.Unicode(length=255), existing_nullable=True)
    except OperationalError as exx:
        op.execute(notes.insert().values(what=type(exx.orig).__name__, text=str(exx)))
    except Exception as exx:
        op.execute(notes.insert().values(what='other', text=repr(exx)))
    try:
        op.create_foreign_key('fk_x', 'authcache', 'notes', ['authentication'], ['what'])
    except NotImplementedError as exx:
        op.execute(notes.insert().values(what='NotImplementedError', text=str(exx)))
    try:
        with op.batch_alter_table('smsgatewayoption') as batch_op:
            batch_op.drop_constraint('sgix_1', type_='unique')
    except NoSuchTableError as exx:
        op.execute(notes.insert().values(what='NoSuchTableError', text=str(exx)))


def downgrade():
    op.drop_index('ix_notes_what', 'notes')
    op.drop_table('notes')
