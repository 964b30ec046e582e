"""sqlalchemy.ext.declarative: 1.3's home of declarative_base (moved to sqlalchemy.orm in 1.4)."""
from ...orm.decl_api import DeclarativeMeta  # noqa: F401
from ...orm.decl_api import as_declarative  # noqa: F401
from ...orm.decl_api import declarative_base  # noqa: F401
from ...orm.decl_api import declared_attr  # noqa: F401


class AbstractConcreteBase:
    __abstract__ = True


class ConcreteBase:
    pass


class DeferredReflection:
    @classmethod
    def prepare(cls, engine):
        pass
