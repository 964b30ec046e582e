"""flask.config.Config: a dict with Flask 2.2's loaders (from_object, from_mapping, get_namespace, ...).
Loaders that read files (from_pyfile, from_file, from_envvar) find no file in the sandbox."""

import importlib as _importlib
import os as _os


class ConfigAttribute:
    """Makes an attribute forward to the config."""

    def __init__(self, name, get_converter=None):
        self.__name__ = name
        self.get_converter = get_converter

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        rv = obj.config[self.__name__]
        if self.get_converter is not None:
            rv = self.get_converter(rv)
        return rv

    def __set__(self, obj, value):
        obj.config[self.__name__] = value


def _import_string(import_name):
    import_name = import_name.replace(":", ".")
    try:
        return _importlib.import_module(import_name)
    except ImportError:
        if "." not in import_name:
            raise
    module_name, obj_name = import_name.rsplit(".", 1)
    module = _importlib.import_module(module_name)
    try:
        return getattr(module, obj_name)
    except AttributeError as e:
        raise ImportError(e) from None


class Config(dict):
    def __init__(self, root_path, defaults=None):
        super().__init__(defaults or {})
        self.root_path = root_path

    def from_envvar(self, variable_name, silent=False):
        rv = _os.environ.get(variable_name)
        if not rv:
            if silent:
                return False
            raise RuntimeError(
                f"The environment variable {variable_name!r} is not set"
                " and as such configuration could not be loaded. Set"
                " this variable and make it point to a configuration"
                " file"
            )
        return self.from_pyfile(rv, silent=silent)

    def from_prefixed_env(self, prefix="FLASK", *, loads=None):
        return True

    def from_pyfile(self, filename, silent=False):
        if silent:
            return False
        raise OSError(2, "Unable to load configuration file (No such file or directory)", filename)

    def from_object(self, obj):
        if isinstance(obj, str):
            obj = _import_string(obj)
        for key in dir(obj):
            if key.isupper():
                self[key] = getattr(obj, key)

    def from_file(self, filename, load, silent=False, text=True):
        if silent:
            return False
        raise OSError(2, "Unable to load configuration file (No such file or directory)", filename)

    def from_mapping(self, mapping=None, **kwargs):
        mappings = {}
        if mapping is not None:
            mappings.update(mapping)
        mappings.update(kwargs)
        for key, value in mappings.items():
            if key.isupper():
                self[key] = value
        return True

    def get_namespace(self, namespace, lowercase=True, trim_namespace=True):
        rv = {}
        for k, v in self.items():
            if not k.startswith(namespace):
                continue
            if trim_namespace:
                key = k[len(namespace):]
            else:
                key = k
            if lowercase:
                key = key.lower()
            rv[key] = v
        return rv

    def __repr__(self):
        return f"<{type(self).__name__} {dict.__repr__(self)}>"
