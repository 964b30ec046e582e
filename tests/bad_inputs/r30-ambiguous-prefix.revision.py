"""shares a prefix with 44e3cc49892c"""
from alembic import op
import sqlalchemy as sa

revision = '44e3ff000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
