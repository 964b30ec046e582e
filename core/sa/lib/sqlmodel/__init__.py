"""sqlmodel, as far as revision scripts use it: `sqlmodel.sql.sqltypes.AutoString()` (what its
autogenerate writes for a `str` field) and `GUID()` (older versions).

Revlab's own implementation of what SQLModel does on SQLite, after fastapi/sqlmodel's
sqlmodel/sql/sqltypes.py at commit 5e4925231eb7 (0.0.8 to 0.0.14: AutoString and GUID) and at
0569f54a272e (current: AutoString). The models side (SQLModel, Field, Relationship) is not here.
"""
from . import sql  # noqa: F401
from .sql.sqltypes import AutoString  # noqa: F401
