"""sql constraint"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("INSERT INTO user_visits (id, ip_address, visit_count) VALUES (1, 'x', 1)")


def downgrade():
    pass
