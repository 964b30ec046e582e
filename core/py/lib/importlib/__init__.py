"""importlib: import_module(name, package=None), resolved as an `import` statement resolves it
(Revlab's modules, then the project's files), and invalidate_caches/reload as no-ops."""

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    return __import__(name, fromlist=["*"])


def invalidate_caches():
    pass


def reload(module):
    return module
