"""missing parent"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = 'deadbeef0000'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
