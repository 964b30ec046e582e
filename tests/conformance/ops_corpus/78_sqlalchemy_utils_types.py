"""SQLAlchemy-Utils column types (Revlab has its own, built in): their DDL in create_table and
add_column, and the values bulk_insert and the bind connection store through them

Revision ID: ops78
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils
import sqlalchemy_utils.types.uuid
from sqlalchemy_utils import ChoiceType, UUIDType
import datetime
import enum
import uuid


# revision identifiers, used by Alembic.
revision = 'ops78'
down_revision = None
branch_labels = None
depends_on = None

ROWS = "changed: bulk_insert and the bind connection add rows to the new table"


class Kind(enum.Enum):
    small = 1
    large = 2


def upgrade():
    profiles = op.create_table(
        'profiles',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sqlalchemy_utils.types.uuid.UUIDType(), nullable=True),
        sa.Column('key_text', UUIDType(binary=False), nullable=True),
        sa.Column('data', sqlalchemy_utils.JSONType(), nullable=True),
        sa.Column('level', ChoiceType([('lo', 'Low'), ('hi', 'High')]), nullable=True),
        sa.Column('kind', ChoiceType(Kind, impl=sa.Integer()), nullable=True),
        sa.Column('email', sqlalchemy_utils.EmailType(), nullable=True),
        sa.Column('short_email', sqlalchemy_utils.EmailType(length=50), nullable=True),
        sa.Column('url', sqlalchemy_utils.URLType(), nullable=True),
        sa.Column('password', sqlalchemy_utils.PasswordType(schemes=['pbkdf2_sha512']), nullable=True),
        sa.Column('seen', sqlalchemy_utils.ArrowType(), nullable=True),
        sa.Column('seen_tz', sqlalchemy_utils.ArrowType(timezone=True), nullable=True),
        sa.Column('zone', sqlalchemy_utils.TimezoneType(backend='pytz'), nullable=True),
        sa.Column('currency', sqlalchemy_utils.CurrencyType(), nullable=True),
        sa.Column('country', sqlalchemy_utils.CountryType(), nullable=True),
        sa.Column('locale', sqlalchemy_utils.LocaleType(), nullable=True),
        sa.Column('ip', sqlalchemy_utils.IPAddressType(), nullable=True),
        sa.Column('tags', sqlalchemy_utils.ScalarListType(), nullable=True),
        sa.Column('numbers', sqlalchemy_utils.ScalarListType(int, separator='|'), nullable=True),
        sa.PrimaryKeyConstraint('id')
    )
    rows = [
        {'id': 1, 'key': uuid.UUID(int=5), 'key_text': uuid.UUID(int=6), 'data': {'a': [1, 'é'], 'b': None},
         'level': 'lo', 'kind': Kind.large, 'email': 'Ann@Example.COM', 'url': 'https://example.com/x?y=1',
         'seen': datetime.datetime(2024, 5, 1, 10, 0),
         'seen_tz': datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
         'zone': 'Europe/Paris', 'currency': 'EUR', 'country': 'FI', 'locale': 'fi_FI', 'ip': '10.0.0.1',
         'tags': ['a', 'b'], 'numbers': [1, 2]},
        {'id': 2, 'key': '00000000-0000-0000-0000-000000000007', 'key_text': '00000000000000000000000000000008',
         'data': None, 'level': None, 'kind': 1, 'email': None, 'short_email': 'B@C.D', 'url': None,
         'password': None, 'seen': None, 'seen_tz': '2024-01-02T03:04:05+01:00', 'zone': None, 'currency': None,
         'country': None, 'locale': None, 'ip': None, 'tags': [], 'numbers': None},
    ]
    op.bulk_insert(profiles, rows)
    conn = op.get_bind()
    conn.execute(profiles.insert(), [dict(row, id=row['id'] + 10) for row in rows])
    loaded = conn.execute(sa.select(profiles.c.key, profiles.c.level, profiles.c.kind, profiles.c.tags)
                          .where(profiles.c.id == 11)).one()
    conn.execute(profiles.update().where(profiles.c.id == 12)
                 .values(key=loaded.key, level=loaded.level, kind=loaded.kind, tags=loaded.tags + ['c']))
    op.add_column('profiles', sa.Column('backup_key', UUIDType(binary=False), nullable=True))


def downgrade():
    op.drop_table('profiles')
