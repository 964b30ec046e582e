"""sqlalchemy.ext: the extension modules models import (declarative, hybrid, mutable, compiler)."""
