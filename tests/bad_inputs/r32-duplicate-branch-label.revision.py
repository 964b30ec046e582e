"""label one"""
from alembic import op
import sqlalchemy as sa

revision = 'lab00000000a'
down_revision = '44e3cc49892c'
branch_labels = ('feature',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass

#--file--
"""label two"""
from alembic import op
import sqlalchemy as sa

revision = 'lab00000000b'
down_revision = '2472b4e8b68e'
branch_labels = ('feature',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
