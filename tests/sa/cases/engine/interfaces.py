# sqlalchemy.engine's interfaces as type hints and isinstance checks name them: Dialect, ExecutionContext, DefaultDialect
from sqlalchemy.engine import Dialect, ExecutionContext, Connectable
from sqlalchemy.engine.interfaces import Dialect as D2
from sqlalchemy.engine.default import DefaultDialect
import sqlalchemy as sa
e = sa.create_engine("sqlite://")
with e.connect() as c:
    print(isinstance(c.dialect, Dialect), isinstance(c.dialect, DefaultDialect), Dialect is D2, c.dialect.name)
