"""INSERT, UPDATE and DELETE, after SQLAlchemy 1.4's sql/dml.py.

insert(table).values(...) (keywords, a dict, a list of dicts for a multi-row VALUES, SQL expressions
as values), from_select(names, select), prefix_with("OR IGNORE"); update(table).where(...).values(...);
delete(table).where(...); returning(...) (which SQLAlchemy 1.4's SQLite dialect refuses to compile).

How they compile, Column defaults and onupdate included, is in sql/compiler.py (the "crud" part).
"""
from .. import exc
from . import elements
from .base import Executable
from .elements import ClauseElement
from .selectable import _as_from
from .selectable import _select_entity_columns


class UpdateBase(Executable, ClauseElement):
    is_dml = True
    _returning = ()
    _prefixes = ()
    _inline = False

    def __init__(self, table):
        self.table = _as_from(table)
        self._where = []
        self._values = None
        self._multi_values = None

    def returning(self, *cols):
        s = self._generate()
        out = list(self._returning)
        for c in cols:
            out.extend(_select_entity_columns(c))
        s._returning = out
        return s

    def prefix_with(self, *expr, **kw):
        s = self._generate()
        s._prefixes = list(self._prefixes) + [elements.text(e) if isinstance(e, str) else e for e in expr]
        return s

    def with_dialect_options(self, **kw):
        return self

    def _set_values(self, args, kwargs):
        if args:
            if len(args) > 1:
                raise exc.ArgumentError("Only a single dictionary/tuple or list of dictionaries/tuples is accepted "
                                        "positionally.")
            arg = args[0]
            if isinstance(arg, (list, tuple)) and arg and isinstance(arg[0], (dict, list, tuple)):
                if kwargs:
                    raise exc.ArgumentError("Can't pass positional and kwargs to values() simultaneously")
                return None, [self._as_value_dict(a) for a in arg]
            values = self._as_value_dict(arg)
        else:
            values = {}
        values.update(kwargs)
        return values, None

    def _as_value_dict(self, arg):
        if isinstance(arg, dict):
            return dict(arg)
        if isinstance(arg, (list, tuple)):
            cols = list(self.table.columns)
            return {cols[i]: v for i, v in enumerate(arg)}
        raise exc.ArgumentError("values() takes a dictionary, a tuple or a list of them, got %r" % (arg,))

    def values(self, *args, **kwargs):
        s = self._generate()
        values, multi = self._set_values(args, kwargs)
        if multi is not None:
            if self._values:
                raise exc.InvalidRequestError("Can't mix single and multiple VALUES formats in one INSERT statement")
            s._multi_values = (self._multi_values or []) + multi
        else:
            if self._multi_values:
                raise exc.InvalidRequestError("Can't mix single and multiple VALUES formats in one INSERT statement")
            merged = dict(self._values or {})
            merged.update(values)
            s._values = merged
        return s

    def where(self, *whereclause):
        s = self._generate()
        s._where = self._where + [elements._criterion(w) for w in whereclause]
        return s

    filter = where

    def filter_by(self, **kwargs):
        return self.where(*[self.table.c[k] == v for k, v in kwargs.items()])

    def inline(self):
        s = self._generate()
        s._inline = True
        return s

    def get_children(self, **kw):
        out = list(self._where)
        for v in (self._values or {}).values():
            if isinstance(v, ClauseElement):
                out.append(v)
        for row in self._multi_values or []:
            for v in row.values():
                if isinstance(v, ClauseElement):
                    out.append(v)
        return out

    @property
    def _from_objects(self):
        return []


class Insert(UpdateBase):
    __visit_name__ = "insert"
    select = None
    select_names = None
    include_insert_from_select_defaults = True

    def __init__(self, table, values=None, inline=False, **kw):
        UpdateBase.__init__(self, table)
        self._inline = inline
        if values is not None:
            v, multi = self._set_values((values,), {})
            self._values = v
            self._multi_values = multi
        prefixes = kw.pop("prefixes", None)
        if prefixes:
            self._prefixes = [elements.text(p) if isinstance(p, str) else p for p in prefixes]
        kw.pop("bind", None)
        kw.pop("return_defaults", None)

    def from_select(self, names, select, include_defaults=True):
        s = self._generate()
        s.select_names = list(names)
        s.select = select
        s.include_insert_from_select_defaults = include_defaults
        return s

    def _compile(self, c, **kw):
        return c.visit_insert(self, **kw)


class Update(UpdateBase):
    __visit_name__ = "update"

    def __init__(self, table, whereclause=None, values=None, inline=False, **kw):
        UpdateBase.__init__(self, table)
        self._inline = inline
        if whereclause is not None:
            self._where = [elements._criterion(whereclause)]
        if values is not None:
            self._values, _ = self._set_values((values,), {})
        kw.pop("bind", None)
        self._ordered = None

    def ordered_values(self, *args):
        s = self._generate()
        s._ordered = [k for k, _ in args]
        s._values = dict(args)
        return s

    def _compile(self, c, **kw):
        return c.visit_update(self, **kw)


class Delete(UpdateBase):
    __visit_name__ = "delete"

    def __init__(self, table, whereclause=None, **kw):
        UpdateBase.__init__(self, table)
        if whereclause is not None:
            self._where = [elements._criterion(whereclause)]
        kw.pop("bind", None)

    def _compile(self, c, **kw):
        return c.visit_delete(self, **kw)


def insert(table, values=None, inline=False, **kwargs):
    return Insert(table, values, inline=inline, **kwargs)


def update(table, whereclause=None, values=None, inline=False, **kwargs):
    return Update(table, whereclause, values, inline=inline, **kwargs)


def delete(table, whereclause=None, **kwargs):
    return Delete(table, whereclause, **kwargs)
