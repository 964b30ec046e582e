"""reuses the demo's id"""
from alembic import op
import sqlalchemy as sa

revision = '44e3cc49892c'
down_revision = '2472b4e8b68e'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
