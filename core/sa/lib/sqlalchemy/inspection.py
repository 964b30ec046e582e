"""sqlalchemy.inspect(): an Inspector for a Connection or Engine, a Mapper for a mapped class, the
InstanceState of a mapped object (orm/), as SQLAlchemy 1.4's inspection.py dispatches it."""
from . import exc


def inspect(subject, raiseerr=True):
    if getattr(subject, "_revlab_is_engine", None) is not None:
        from .engine.reflection import Inspector

        return Inspector(subject)
    hook = getattr(subject, "_sa_inspect", None)
    if hook is not None:
        return hook()
    mapper = getattr(subject, "__mapper__", None)
    if mapper is not None:
        if isinstance(subject, type):
            return mapper
        from .orm.state import instance_state

        return instance_state(subject)
    if raiseerr:
        raise exc.NoInspectionAvailable("No inspection system is available for object of type %s" % type(subject))
    return None
