"""TSVectorType: PostgreSQL's full-text search vector (impl postgresql.TSVECTOR), which SQLite's type
compiler cannot render: a column of it fails in DDL as under SQLAlchemy-Utils on SQLite."""
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSVECTOR


class TSVectorType(sa.types.TypeDecorator):
    impl = TSVECTOR
    cache_ok = True

    def __init__(self, *args, **kwargs):
        self.columns = args
        self.options = kwargs
        super().__init__()
