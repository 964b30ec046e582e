"""no id"""
from alembic import op
import sqlalchemy as sa

down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
