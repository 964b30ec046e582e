"""a write to a database file outside the project"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ATTACH DATABASE 'elsewhere/outside.db' AS x")
    op.execute('CREATE TABLE x.t (a INTEGER)')


def downgrade():
    pass
