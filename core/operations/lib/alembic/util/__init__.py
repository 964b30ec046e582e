"""alembic.util, as far as scripts reach it: its exceptions."""
from alembic.util.exc import CommandError  # noqa: F401
