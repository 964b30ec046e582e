"""Alembic 1.8.1 as revision scripts and env.py see it: the `op` proxy (written in C++: each call
runs as Revlab's operations) and the `context` module."""

__version__ = "1.8.1"

from alembic import op  # noqa: E402
from alembic import context  # noqa: E402
