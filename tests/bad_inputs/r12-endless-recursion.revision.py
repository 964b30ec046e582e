"""endless recursion"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    def again(n):
        return again(n + 1)
    again(0)


def downgrade():
    pass
