"""sqlalchemy.sql: the SQL expression language (elements, selectables, DML, functions, compiler)."""
from .expression import *  # noqa: F401,F403
from .expression import func  # noqa: F401
from .expression import literal_column  # noqa: F401
from .expression import table  # noqa: F401
from .expression import text  # noqa: F401
from .elements import inline_literal  # noqa: F401
