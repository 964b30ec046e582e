"""not null with nulls"""
from alembic import op
import sqlalchemy as sa

revision = 'bad000000001'
down_revision = '44e3cc49892c'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('user_visits', schema=None) as batch_op:
        batch_op.alter_column('user_agent', existing_type=sa.String(length=255), nullable=False)


def downgrade():
    pass
