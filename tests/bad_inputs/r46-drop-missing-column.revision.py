"""drop missing column"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('user_visits', schema=None) as batch_op:
        batch_op.drop_column('no_such_column')


def downgrade():
    pass
