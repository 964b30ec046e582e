"""a copy of the database written to another file"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("VACUUM INTO 'copy.db'")


def downgrade():
    pass
