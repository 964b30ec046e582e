"""sqlalchemy.orm.exc: the ORM's exceptions (NoResultFound and MultipleResultsFound are sqlalchemy.exc's)."""
from ..exc import InvalidRequestError
from ..exc import MultipleResultsFound  # noqa: F401
from ..exc import NoResultFound  # noqa: F401


class UnmappedError(InvalidRequestError):
    pass


class UnmappedInstanceError(UnmappedError):
    pass


class UnmappedClassError(UnmappedError):
    pass


class ObjectDeletedError(InvalidRequestError):
    pass


class DetachedInstanceError(InvalidRequestError):
    pass


class FlushError(InvalidRequestError):
    pass


class StaleDataError(InvalidRequestError):
    pass


class ObjectDereferencedError(InvalidRequestError):
    pass
