"""a revision id that carries SQL and a dash"""
from alembic import op
import sqlalchemy as sa

revision = "x'; DROP TABLE user_visits; --"
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
