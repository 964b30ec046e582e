"""fastapi_users_db_sqlalchemy, as far as revision scripts use it: its GUID column type.

Revlab's own implementation of what fastapi-users-db-sqlalchemy 6.0.1 (generics.py at commit
a3f265761f2d) does on SQLite. The user tables and the database adapter are not here.
"""
from .generics import GUID  # noqa: F401

import uuid as _uuid

UUID_ID = _uuid.UUID
