"""unknown type"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('user_visits', sa.Column('email', sa.Frobnicator()))


def downgrade():
    pass
