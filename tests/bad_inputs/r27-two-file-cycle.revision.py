"""cycle a"""
from alembic import op
import sqlalchemy as sa

revision = 'cyc00000000a'
down_revision = 'cyc00000000b'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass

#--file--
"""cycle b"""
from alembic import op
import sqlalchemy as sa

revision = 'cyc00000000b'
down_revision = 'cyc00000000a'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
