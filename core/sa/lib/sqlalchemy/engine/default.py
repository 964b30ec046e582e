"""sqlalchemy.engine.default: DefaultDialect, the base of the dialect classes."""
from ..dialects.sqlite.base import DefaultDialect  # noqa: F401
from ..dialects.sqlite.base import DefaultDialect as StrCompileDialect  # noqa: F401
from .interfaces import ExecutionContext as DefaultExecutionContext  # noqa: F401
