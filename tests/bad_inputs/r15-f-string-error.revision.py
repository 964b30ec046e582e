"""an f-string that divides by zero"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    total = 0
    op.execute(f"UPDATE user_visits SET visit_count = {1 / total}")


def downgrade():
    pass
