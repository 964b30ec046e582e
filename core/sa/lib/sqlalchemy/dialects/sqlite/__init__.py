"""sqlalchemy.dialects.sqlite: SQLite's types and dialect."""
from . import base  # noqa: F401
from .base import BIGINT  # noqa: F401
from .base import BLOB  # noqa: F401
from .base import BOOLEAN  # noqa: F401
from .base import CHAR  # noqa: F401
from .base import DATE  # noqa: F401
from .base import DATETIME  # noqa: F401
from .base import DECIMAL  # noqa: F401
from .base import FLOAT  # noqa: F401
from .base import INTEGER  # noqa: F401
from .base import JSON  # noqa: F401
from .base import NCHAR  # noqa: F401
from .base import NUMERIC  # noqa: F401
from .base import NVARCHAR  # noqa: F401
from .base import REAL  # noqa: F401
from .base import SMALLINT  # noqa: F401
from .base import TEXT  # noqa: F401
from .base import TIME  # noqa: F401
from .base import TIMESTAMP  # noqa: F401
from .base import VARCHAR  # noqa: F401
from .base import SQLiteDialect  # noqa: F401
from .base import dialect  # noqa: F401

pysqlite = base
