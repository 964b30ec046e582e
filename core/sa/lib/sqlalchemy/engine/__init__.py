"""sqlalchemy.engine: create_engine, engine_from_config, Engine, Connection, results, reflection."""
from . import interfaces  # noqa: F401
from . import reflection  # noqa: F401
from . import url  # noqa: F401
from .base import Connection  # noqa: F401
from .base import Engine  # noqa: F401
from .base import NestedTransaction  # noqa: F401
from .base import RootTransaction  # noqa: F401
from .base import Transaction  # noqa: F401
from .base import _revlab_connection  # noqa: F401
from .base import create_engine  # noqa: F401
from .base import engine_from_config  # noqa: F401
from .interfaces import Connectable  # noqa: F401
from .interfaces import CreateEnginePlugin  # noqa: F401
from .interfaces import Dialect  # noqa: F401
from .interfaces import ExecutionContext  # noqa: F401
from .reflection import Inspector  # noqa: F401
from .result import CursorResult  # noqa: F401
from .result import LegacyCursorResult  # noqa: F401
from .result import LegacyRow  # noqa: F401
from .result import MappingResult  # noqa: F401
from .result import Result  # noqa: F401
from .result import Row  # noqa: F401
from .result import RowMapping  # noqa: F401
from .result import ScalarResult  # noqa: F401
from .url import URL  # noqa: F401
from .url import make_url  # noqa: F401


def create_mock_engine(url, executor, **kw):
    raise NotImplementedError("create_mock_engine is not available in Revlab")
