"""Foundations shared by SQL constructs: Executable, Generative, and the column collections
(`table.c`, `select.selected_columns`), after SQLAlchemy 1.4's sql/base.py.

ColumnCollection keeps columns in order under their keys, with attribute access (`t.c.name`), key
access (`t.c["name"]`), `in`, iteration over the columns, len, keys(), values(), items(), and get().
"""
from .. import exc


class Generative:
    """Methods of a generative construct return a modified copy (select().where(...))."""

    def _generate(self):
        cls = self.__class__
        s = cls.__new__(cls)
        s.__dict__.update(self.__dict__)
        s.__dict__.pop("_compiled_cache", None)
        return s


class Executable(Generative):
    """A statement that a Connection can execute."""

    supports_execution = True
    _execution_options = {}
    is_dml = False

    def execution_options(self, **kw):
        s = self._generate()
        options = dict(self._execution_options)
        options.update(kw)
        s._execution_options = options
        return s

    def get_execution_options(self):
        return dict(self._execution_options)

    def execute(self, *multiparams, **params):
        bind = getattr(self, "bind", None)
        if bind is None:
            raise exc.UnboundExecutionError(
                "This %s is not directly bound to a Connection or Engine. Use the .execute() method of "
                "a Connection or Engine to execute this construct." % self.__class__.__name__)
        return bind.execute(self, *multiparams, **params)

    def scalar(self, *multiparams, **params):
        return self.execute(*multiparams, **params).scalar()


class ColumnCollection:
    """An ordered collection of columns, reachable by key as attributes and items."""

    def __init__(self, columns=None):
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "_all", [])
        if columns:
            for key, col in columns:
                self._add(key, col)

    def _add(self, key, column):
        if key not in self._data:
            self._all.append((key, column))
        else:
            object.__setattr__(self, "_all", [(k, column if k == key else c) for k, c in self._all])
        self._data[key] = column
        # `t.c.name` as a plain attribute (found without __getattr__); names of the collection's own
        # methods (keys, values, ...) stay methods, as in SQLAlchemy.
        if isinstance(key, str) and not hasattr(ColumnCollection, key):
            self.__dict__[key] = column

    def add(self, column, key=None):
        self._add(key if key is not None else column.key, column)

    def _remove(self, key):
        if key in self._data:
            del self._data[key]
            self.__dict__.pop(key, None)
            object.__setattr__(self, "_all", [(k, c) for k, c in self._all if k != key])

    def __getattr__(self, key):
        data = self.__dict__.get("_data")
        if data is not None and key in data:
            return data[key]
        if key.startswith("__"):
            raise AttributeError(key)
        raise AttributeError(key)

    def __setattr__(self, key, value):
        if key in ("_data", "_all"):
            object.__setattr__(self, key, value)
            return
        raise NotImplementedError()

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._all[key][1]
        if isinstance(key, slice):
            return [c for _, c in self._all[key]]
        if isinstance(key, (tuple, list)):
            return ColumnCollection([(k, self._data[k] if isinstance(k, str) else self._all[k][1]) for k in key])
        return self._data[key]

    def __contains__(self, key):
        if not isinstance(key, str):
            raise exc.ArgumentError("__contains__ requires a string argument")
        return key in self._data

    def contains_column(self, col):
        return any(c is col for _, c in self._all)

    def __iter__(self):
        return iter([c for _, c in self._all])

    def __len__(self):
        return len(self._all)

    def __bool__(self):
        return True

    def keys(self):
        return [k for k, _ in self._all]

    def values(self):
        return [c for _, c in self._all]

    def items(self):
        return list(self._all)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def as_immutable(self):
        return self

    def __eq__(self, other):
        raise NotImplementedError("ColumnCollection comparison is not supported")

    __hash__ = object.__hash__

    def __str__(self):
        return "ImmutableColumnCollection(%s)" % ", ".join(str(c) for c in self)


ImmutableColumnCollection = ColumnCollection
DedupeColumnCollection = ColumnCollection


class _NoArg:
    def __repr__(self):
        return "symbol('NO_ARG')"


NO_ARG = _NoArg()
