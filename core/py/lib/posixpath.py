"""posixpath is os.path (see os/path.py)."""

from os.path import *  # noqa: F401,F403
from os.path import __all__  # noqa: F401
