"""alembic.operations, as far as env.py's process_revision_directives reaches it (the `ops` module)."""
from alembic.operations import ops  # noqa: F401
