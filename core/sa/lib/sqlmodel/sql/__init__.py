"""sqlmodel.sql"""
from . import sqltypes  # noqa: F401
