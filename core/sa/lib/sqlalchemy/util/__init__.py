"""sqlalchemy.util: warn(), as SQLAlchemy warns: an SAWarning attributed to the first frame outside
sqlalchemy and alembic (the script's line), printed once per place and text by Python's warnings."""


def _warnings_warn(message, category=None, stacklevel=2):
    import warnings

    try:
        import _revlab_frames
    except ImportError:
        _revlab_frames = None
    depth = stacklevel - 1
    if _revlab_frames is not None:
        # depth 0 is this function's frame; skip SQLAlchemy's and Alembic's own
        while True:
            info = _revlab_frames.caller(depth)
            if info is None:
                break
            module = info[3] or ""
            if not (module.startswith("sqlalchemy.") or module.startswith("alembic.")):
                break
            depth += 1
    if category is not None:
        warnings.warn(message, category, stacklevel=depth + 1)
    else:
        warnings.warn(message, stacklevel=depth + 1)


def warn(msg, code=None):
    from .. import exc

    if code:
        _warnings_warn(exc.SAWarning(msg, code=code))
    else:
        _warnings_warn(msg, exc.SAWarning)
