"""an error inside a helper"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None

def fill_defaults(table):
    for column in colums:
        pass


def upgrade():
    fill_defaults('user_visits')


def downgrade():
    pass
