"""sqlalchemy.schema: schema objects (sql/schema.py) and DDL constructs (sql/ddl.py)."""
from .sql.ddl import DDL  # noqa: F401
from .sql.ddl import CreateIndex  # noqa: F401
from .sql.ddl import CreateSequence  # noqa: F401
from .sql.ddl import CreateTable  # noqa: F401
from .sql.ddl import DropIndex  # noqa: F401
from .sql.ddl import DropSequence  # noqa: F401
from .sql.ddl import DropTable  # noqa: F401
from .sql.schema import BLANK_SCHEMA  # noqa: F401
from .sql.schema import CheckConstraint  # noqa: F401
from .sql.schema import Column  # noqa: F401
from .sql.schema import ColumnCollectionConstraint  # noqa: F401
from .sql.schema import ColumnDefault  # noqa: F401
from .sql.schema import Computed  # noqa: F401
from .sql.schema import Constraint  # noqa: F401
from .sql.schema import DefaultClause  # noqa: F401
from .sql.schema import FetchedValue  # noqa: F401
from .sql.schema import ForeignKey  # noqa: F401
from .sql.schema import ForeignKeyConstraint  # noqa: F401
from .sql.schema import Identity  # noqa: F401
from .sql.schema import Index  # noqa: F401
from .sql.schema import MetaData  # noqa: F401
from .sql.schema import PrimaryKeyConstraint  # noqa: F401
from .sql.schema import SchemaItem  # noqa: F401
from .sql.schema import Sequence  # noqa: F401
from .sql.schema import Table  # noqa: F401
from .sql.schema import UniqueConstraint  # noqa: F401
from .sql.schema import conv  # noqa: F401

ThreadLocalMetaData = MetaData
