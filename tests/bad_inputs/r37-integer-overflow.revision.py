"""integer overflow"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text('UPDATE user_visits SET visit_count = :n').bindparams(n=9223372036854775807 * 2))


def downgrade():
    pass
