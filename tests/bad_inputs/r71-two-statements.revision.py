"""two statements in one op.execute"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    op.execute('DELETE FROM user_visits; DROP TABLE user_visits')


def downgrade():
    pass
