# The header of a revision file from Alembic's current template, with typing annotations.
"""add users table

Revision ID: ae1027a6acf0
Revises: 1975ea83b712
Create Date: 2024-01-15 09:30:05.123456

"""
from typing import Sequence, Union

revision: str = "ae1027a6acf0"
down_revision: Union[str, None] = "1975ea83b712"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    print("upgrade", revision, "from", down_revision)


def downgrade() -> None:
    print("downgrade", revision, "to", down_revision)


upgrade()
downgrade()
print(__doc__.splitlines()[0], branch_labels, depends_on)
