"""batch op outside with"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    batch_op.drop_column('user_agent')


def downgrade():
    pass
