"""sqlalchemy.orm: the ORM as far as data migrations and models use it (see decl_api.py, session.py,
query.py, relationships.py for what is there)."""
from . import exc  # noqa: F401
from .attributes import InstrumentedAttribute  # noqa: F401
from .attributes import QueryableAttribute  # noqa: F401
from .decl_api import DeclarativeBase  # noqa: F401
from .decl_api import DeclarativeBaseNoMeta  # noqa: F401
from .decl_api import DeclarativeMeta  # noqa: F401
from .decl_api import DynamicMapped  # noqa: F401
from .decl_api import Mapped  # noqa: F401
from .decl_api import WriteOnlyMapped  # noqa: F401
from .decl_api import as_declarative  # noqa: F401
from .decl_api import column_property  # noqa: F401
from .decl_api import configure_mappers  # noqa: F401
from .decl_api import declarative_base  # noqa: F401
from .decl_api import declared_attr  # noqa: F401
from .decl_api import mapped_column  # noqa: F401
from .decl_api import registry  # noqa: F401
from .decl_api import synonym  # noqa: F401
from .mapper import Mapper  # noqa: F401
from .mapper import class_mapper  # noqa: F401
from .mapper import object_mapper  # noqa: F401
from .query import Query  # noqa: F401
from .relationships import RelationshipProperty  # noqa: F401
from .relationships import backref  # noqa: F401
from .relationships import dynamic_loader  # noqa: F401
from .relationships import relation  # noqa: F401
from .relationships import relationship  # noqa: F401
from .session import Session  # noqa: F401
from .session import make_transient  # noqa: F401
from .session import make_transient_to_detached  # noqa: F401
from .session import object_session  # noqa: F401
from .session import scoped_session  # noqa: F401
from .session import sessionmaker  # noqa: F401
from .state import InstanceState  # noqa: F401
from .strategy_options import Load  # noqa: F401
from .strategy_options import contains_eager  # noqa: F401
from .strategy_options import defaultload  # noqa: F401
from .strategy_options import defer  # noqa: F401
from .strategy_options import immediateload  # noqa: F401
from .strategy_options import joinedload  # noqa: F401
from .strategy_options import lazyload  # noqa: F401
from .strategy_options import load_only  # noqa: F401
from .strategy_options import noload  # noqa: F401
from .strategy_options import raiseload  # noqa: F401
from .strategy_options import selectinload  # noqa: F401
from .strategy_options import subqueryload  # noqa: F401
from .strategy_options import undefer  # noqa: F401
from .util import AliasedClass  # noqa: F401
from .util import aliased  # noqa: F401


def validates(*names, **kw):
    """@validates("email"): recorded; Revlab does not call validators (a model's rules are not the
    migration's)."""

    def decorate(fn):
        fn.__sa_validators__ = names
        return fn

    return decorate


def reconstructor(fn):
    return fn


def clear_mappers():
    pass


