"""a walk to the interpreter's internals"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    ().__class__.__bases__[0].__subclasses__()


def downgrade():
    pass
