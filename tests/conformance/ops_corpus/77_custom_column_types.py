"""Column types the script defines: a UserDefinedType, TypeDecorators (with load_dialect_impl and
process_bind_param), sa.Enum of a Python enum class; in create_table, add_column, batch and bulk_insert

Revision ID: ops77
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.types import CHAR, TypeDecorator, UserDefinedType
import enum
import uuid


# revision identifiers, used by Alembic.
revision = 'ops77'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE notes (
	id INTEGER NOT NULL, 
	ref VARCHAR(40), 
	PRIMARY KEY (id)
);
INSERT INTO notes VALUES (1, '0000000000000000000000000000000a'), (2, NULL);
"""
ROWS = "changed: bulk_insert and the bind connection add rows to the new table"


class Point(UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw):
        return "POINT"

    def bind_processor(self, dialect):
        def process(value):
            return None if value is None else "%d,%d" % value
        return process


class GUID(TypeDecorator):
    impl = CHAR
    cache_ok = True

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(CHAR(32))

    def process_bind_param(self, value, dialect):
        if value is None:
            return value
        if not isinstance(value, uuid.UUID):
            value = uuid.UUID(value)
        return "%.32x" % value.int

    def process_result_value(self, value, dialect):
        return None if value is None else uuid.UUID(value)


class Tags(TypeDecorator):
    impl = sa.String(200)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else ";".join(value)


class Color(enum.Enum):
    red = 1
    greenish = 2


def upgrade():
    things = op.create_table(
        'things',
        sa.Column('id', GUID(), nullable=False),
        sa.Column('at', Point(), nullable=True),
        sa.Column('tags', Tags(), nullable=True),
        sa.Column('color', sa.Enum(Color), nullable=True),
        sa.Column('checked', sa.Enum(Color, create_constraint=True, name='checked_color'), nullable=True),
        sa.PrimaryKeyConstraint('id')
    )
    op.bulk_insert(things, [
        {'id': uuid.UUID(int=5), 'at': (1, 2), 'tags': ['a', 'b'], 'color': Color.red, 'checked': Color.greenish},
        {'id': '00000000-0000-0000-0000-000000000006', 'at': None, 'tags': None, 'color': 'greenish', 'checked': None},
    ])
    op.bulk_insert(things, [{'id': uuid.UUID(int=7), 'color': Color.greenish}], multiinsert=False)
    conn = op.get_bind()
    t = sa.table('things', sa.column('id', GUID()), sa.column('tags', Tags()), sa.column('color', sa.Enum(Color)))
    conn.execute(t.insert(), [{'id': uuid.UUID(int=8), 'tags': ['x'], 'color': Color.red}])
    loaded = conn.execute(sa.select(t.c.id, t.c.color).where(t.c.id == uuid.UUID(int=8))).one()
    conn.execute(t.update().where(t.c.id == loaded.id).values(tags=[loaded.color.name, str(loaded.id)[-2:]]))
    op.add_column('things', sa.Column('owner', GUID(), nullable=True))
    with op.batch_alter_table('notes') as batch_op:
        batch_op.alter_column('ref', existing_type=sa.String(length=40), type_=GUID())
        batch_op.add_column(sa.Column('shade', sa.Enum(Color), nullable=True))


def downgrade():
    with op.batch_alter_table('notes') as batch_op:
        batch_op.drop_column('shade')
        batch_op.alter_column('ref', existing_type=GUID(), type_=sa.String(length=40))
    op.drop_table('things')
