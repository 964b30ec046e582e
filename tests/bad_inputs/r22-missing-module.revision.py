"""an import of a module the project does not have"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    from app.helpers import backfill
    backfill()


def downgrade():
    pass
