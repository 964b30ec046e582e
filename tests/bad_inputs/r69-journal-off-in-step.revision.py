"""the journal turned off, a DROP TABLE, then a failing statement"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    op.execute('PRAGMA journal_mode=OFF')
    op.execute('DROP TABLE user_visits')
    op.execute('SELECT * FROM no_such_table')


def downgrade():
    pass
