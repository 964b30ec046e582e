"""integer too large"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text('SELECT :x').bindparams(x=99999999999999999999999))


def downgrade():
    pass
