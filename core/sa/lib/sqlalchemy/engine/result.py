"""Results and rows, after SQLAlchemy 1.4's engine/result.py, engine/cursor.py and engine/row.py.

CursorResult (LegacyCursorResult: what a 1.4 Connection returns): fetchone, fetchmany, fetchall, all,
first, one, one_or_none, scalar, scalar_one, scalar_one_or_none, scalars(), mappings(), columns(),
keys(), rowcount, lastrowid, inserted_primary_key, returns_rows, iteration, close. Rows are
LegacyRow: a tuple (indexes, slices, ==, len, iteration) with attribute access (`row.name`), string
keys (`row["name"]`, 1.4's legacy form), column objects (`row[t.c.name]`), `_mapping`, `_asdict()`,
`_fields`, keys(); `"name" in row` tests the keys, as 1.4's LegacyRow does.

Values are converted on the way out by the statement's column types (result processors), once per
row when the row is made.
"""
from .. import exc


class RMKeyView:
    """The keys of a result or row: a list-like view whose repr is SQLAlchemy's."""

    def __init__(self, keys):
        self._keys = list(keys)

    def __iter__(self):
        return iter(self._keys)

    def __len__(self):
        return len(self._keys)

    def __contains__(self, item):
        return item in self._keys

    def __getitem__(self, i):
        return self._keys[i]

    def __eq__(self, other):
        return list(other) == self._keys

    def __ne__(self, other):
        return list(other) != self._keys

    __hash__ = None

    def __repr__(self):
        return "RMKeyView(%r)" % (self._keys,)


class RowMapping:
    """row._mapping: the row as a read-only mapping of its keys."""

    def __init__(self, row):
        self._row = row

    def __getitem__(self, key):
        return self._row._get_by_key(key)

    def __iter__(self):
        return iter(self._row._keys)

    def __len__(self):
        return len(self._row._keys)

    def __contains__(self, key):
        return key in self._row._keymap

    def keys(self):
        return RMKeyView(self._row._keys)

    def values(self):
        return list(self._row)

    def items(self):
        return [(k, self._row._get_by_key(k)) for k in self._row._keys]

    def get(self, key, default=None):
        if key in self._row._keymap:
            return self._row._get_by_key(key)
        return default

    def __eq__(self, other):
        return dict(self.items()) == (dict(other.items()) if hasattr(other, "items") else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        return "{%s}" % ", ".join("%r: %r" % (k, v) for k, v in self.items())


class Row(tuple):
    """A result row (SQLAlchemy's LegacyRow). Each result makes a subclass that knows its keys."""

    __slots__ = ()
    _keys = ()
    _keymap = {}

    def _index(self, key):
        index = self._keymap.get(key)
        if index is None:
            obj = key
            if not isinstance(key, (str, int)):
                index = self._keymap.get(id(key))
                if index is None:
                    label = getattr(key, "key", None)
                    if isinstance(label, str):
                        index = self._keymap.get(label)
            if index is None:
                if isinstance(obj, str):
                    raise exc.NoSuchColumnError("Could not locate column in row for column '%s'" % obj)
                raise exc.NoSuchColumnError("Could not locate column in row for column '%s'" % (obj,))
        if index == -1:
            raise exc.InvalidRequestError("Ambiguous column name '%s' in result set column descriptions" % key)
        return index

    def _get_by_key(self, key):
        return tuple.__getitem__(self, self._index(key))

    def __getitem__(self, key):
        if isinstance(key, (int, slice)):
            return tuple.__getitem__(self, key)
        return tuple.__getitem__(self, self._index(key))

    def __getattr__(self, name):
        index = self._keymap.get(name)
        if index is None or index == -1 or name.startswith("__"):
            if index == -1:
                raise exc.InvalidRequestError("Ambiguous column name '%s' in result set column descriptions" % name)
            raise AttributeError("Could not locate column in row for column '%s'" % name)
        return tuple.__getitem__(self, index)

    def __contains__(self, key):
        # 1.4's LegacyRow: `in` tests the keys (names, column objects), not the values.
        if isinstance(key, str):
            return key in self._keymap
        if isinstance(key, int):
            return False
        return id(key) in self._keymap

    @property
    def _mapping(self):
        return RowMapping(self)

    @property
    def _fields(self):
        return tuple(self._keys)

    def _asdict(self):
        return {k: tuple.__getitem__(self, i) for i, k in enumerate(self._keys)}

    def keys(self):
        return RMKeyView(self._keys)

    def _tuple(self):
        return tuple(self)

    @property
    def t(self):
        return tuple(self)

    def __repr__(self):
        return repr(tuple(self))


class _Column:
    """Row attribute access by name: a descriptor per key on the result's Row class (faster than a
    __getattr__ fallback in Revlab's interpreter)."""

    def __init__(self, index):
        self.index = index

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self.index)


class _Ambiguous:
    def __init__(self, key):
        self.key = key

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        raise exc.InvalidRequestError("Ambiguous column name '%s' in result set column descriptions" % self.key)


_ROW_CLASSES = {}


def _row_class(keys, objects=None):
    """A Row subclass for one result's keys; `objects` are the column objects of each position. Classes
    for plain keys are shared between results."""
    cache_key = tuple(keys) if not objects else None
    if cache_key is not None:
        cls = _ROW_CLASSES.get(cache_key)
        if cls is not None:
            return cls
    keymap = {}
    for i, key in enumerate(keys):
        if key is None:
            continue
        keymap[key] = -1 if key in keymap else i
    for i, objs in enumerate(objects or ()):
        for obj in objs:
            if obj is not None and not isinstance(obj, str):
                keymap.setdefault(id(obj), i)
    ns = {"__slots__": (), "_keys": tuple(keys), "_keymap": keymap}
    for key, index in keymap.items():
        if isinstance(key, str) and key.isidentifier() and not hasattr(Row, key):
            ns[key] = _Column(index) if index >= 0 else _Ambiguous(key)
    cls = type("Row", (Row,), ns)
    if cache_key is not None:
        if len(_ROW_CLASSES) > 200:
            _ROW_CLASSES.clear()
        _ROW_CLASSES[cache_key] = cls
    return cls


class Result:
    """The rows of a statement (see the module docstring)."""

    _closed = False
    returns_rows = True
    # Rows are the Row class alone (no processing, no mapped objects): made in one pass.
    _plain_rows = True
    # Defaults of what __init__ would otherwise set on every result (a data migration makes one per
    # row it updates): an instance sets its own only when it differs.
    _pos = 0
    _processors = None
    _objects = None
    _transform = None

    def __init__(self, keys, rows, processors=None, objects=None):
        self._raw = rows
        self._keys_list = keys if type(keys) is list else list(keys)
        if processors is not None:
            self._processors = processors
        if objects is not None:
            self._objects = objects

    @property
    def _row_cls(self):
        cls = self.__dict__.get("_row_cls_cache")
        if cls is None:
            cls = _row_class(self._keys_list, self._objects)
            self.__dict__["_row_cls_cache"] = cls
        return cls

    # ---- rows ----
    def _make_row(self, raw):
        processors = self._processors
        if processors:
            values = []
            i = 0
            for value in raw:
                p = processors[i]
                values.append(p(value) if p is not None else value)
                i += 1
            raw = values
        return self._row_cls(raw)

    def _check(self):
        if not self.returns_rows:
            raise exc.ResourceClosedError("This result object does not return rows. It has been closed automatically.")
        if self._closed:
            raise exc.ResourceClosedError("This result object is closed.")

    def _take(self, n=None):
        self._check()
        raw = self._raw
        start = self._pos
        end = len(raw) if n is None else min(len(raw), start + n)
        self._pos = end
        if not self._processors and self._plain_rows:
            cls = self._row_cls
            return [cls(r) for r in raw[start:end]]
        make = self._make_row
        return [make(r) for r in raw[start:end]]

    def __iter__(self):
        self._check()
        return _RowIterator(self)

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration()
        return row

    def fetchone(self):
        rows = self._take(1)
        return rows[0] if rows else None

    def fetchmany(self, size=None):
        return self._take(size if size is not None else 1)

    def fetchall(self):
        return self._take()

    def all(self):
        return self._take()

    def partitions(self, size=None):
        out = []
        while True:
            rows = self.fetchmany(size or 100)
            if not rows:
                return iter(out)
            out.append(rows)

    def first(self):
        rows = self._take(1)
        self.close()
        return rows[0] if rows else None

    def _only_one(self, raise_for_none, raise_for_second):
        rows = self._take(2)
        self.close()
        if not rows:
            if raise_for_none:
                raise exc.NoResultFound("No row was found when one was required")
            return None
        if len(rows) > 1 and raise_for_second:
            if raise_for_none:
                raise exc.MultipleResultsFound("Multiple rows were found when exactly one was required")
            raise exc.MultipleResultsFound("Multiple rows were found when one or none was required")
        return rows[0]

    def one(self):
        return self._only_one(True, True)

    def one_or_none(self):
        return self._only_one(False, True)

    def scalar(self):
        row = self.first()
        if row is None:
            return None
        return row[0] if self._transform is None else row

    def scalar_one(self):
        row = self._only_one(True, True)
        return row[0] if self._transform is None else row

    def scalar_one_or_none(self):
        row = self._only_one(False, True)
        if row is None:
            return None
        return row[0] if self._transform is None else row

    def scalars(self, index=0):
        return ScalarResult(self, index)

    def mappings(self):
        return MappingResult(self)

    def columns(self, *col_expressions):
        indexes = [self._row_cls._index(self._row_cls(()), c) if not isinstance(c, int) else c
                   for c in col_expressions]
        keys = [self._keys_list[i] for i in indexes]
        rows = [tuple(r[i] for i in indexes) for r in self._raw[self._pos:]]
        processors = [self._processors[i] for i in indexes] if self._processors else None
        return Result(keys, rows, processors)

    def unique(self, strategy=None):
        seen = []
        out = []
        for r in self._raw[self._pos:]:
            if r not in seen:
                seen.append(r)
                out.append(r)
        self._raw = self._raw[0:self._pos] + out
        return self

    def keys(self):
        return RMKeyView(self._keys_list)

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def freeze(self):
        return self

    def yield_per(self, num):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _RowIterator:
    """Iterates a result's rows, making each Row when it is reached."""

    def __init__(self, result):
        self._result = result

    def __iter__(self):
        return self

    def __next__(self):
        result = self._result
        if result._pos >= len(result._raw):
            raise StopIteration()
        raw = result._raw[result._pos]
        result._pos += 1
        return result._make_row(raw)


class ScalarResult:
    """result.scalars(): the first (or index-th) column of each row."""

    def __init__(self, result, index):
        self._result = result
        self._index = index

    def _value(self, row):
        return row[self._index]

    def __iter__(self):
        return iter([self._value(row) for row in self._result])

    def all(self):
        return [self._value(r) for r in self._result.all()]

    fetchall = all

    def fetchmany(self, size=None):
        return [self._value(r) for r in self._result.fetchmany(size)]

    def first(self):
        row = self._result.first()
        return None if row is None else self._value(row)

    def one(self):
        return self._value(self._result.one())

    def one_or_none(self):
        row = self._result.one_or_none()
        return None if row is None else self._value(row)

    def unique(self, strategy=None):
        values = []
        for r in self._result.all():
            v = self._value(r)
            if v not in values:
                values.append(v)
        return _ListResult(values)


class _ListResult:
    def __init__(self, values):
        self._values = values

    def __iter__(self):
        return iter(self._values)

    def all(self):
        return list(self._values)

    def first(self):
        return self._values[0] if self._values else None


class MappingResult:
    """result.mappings(): each row as a RowMapping."""

    def __init__(self, result):
        self._result = result

    def __iter__(self):
        return iter([row._mapping for row in self._result])

    def all(self):
        return [r._mapping for r in self._result.all()]

    fetchall = all

    def fetchone(self):
        row = self._result.fetchone()
        return None if row is None else row._mapping

    def fetchmany(self, size=None):
        return [r._mapping for r in self._result.fetchmany(size)]

    def first(self):
        row = self._result.first()
        return None if row is None else row._mapping

    def one(self):
        return self._result.one()._mapping

    def one_or_none(self):
        row = self._result.one_or_none()
        return None if row is None else row._mapping

    def keys(self):
        return self._result.keys()


class CursorResult(Result):
    """What Connection.execute() returns."""

    # Defaults, set on an instance only when they differ (see Result).
    lastrowid = None
    is_insert = False
    _inserted_primary_key = None
    context = None

    def __init__(self, keys, rows, processors=None, objects=None, rowcount=-1, lastrowid=None, is_insert=False,
                 inserted_primary_key=None, context=None):
        Result.__init__(self, keys or [], rows, processors, objects)
        self.rowcount = rowcount
        if keys is None:
            self.returns_rows = False
            self._closed = True
        if lastrowid is not None:
            self.lastrowid = lastrowid
        if is_insert:
            self.is_insert = is_insert
        if inserted_primary_key is not None:
            self._inserted_primary_key = inserted_primary_key
        if context is not None:
            self.context = context

    @property
    def inserted_primary_key(self):
        if not self.is_insert:
            raise exc.InvalidRequestError("Statement is not an insert() expression construct.")
        return self._inserted_primary_key

    @property
    def inserted_primary_key_rows(self):
        return [self.inserted_primary_key]

    def keys(self):
        if not self.returns_rows:
            return RMKeyView([])
        return RMKeyView(self._keys_list)

    def _check(self):
        if not self.returns_rows:
            raise exc.ResourceClosedError("This result object does not return rows. It has been closed automatically.")

    def close(self):
        self._closed = True
        self._pos = len(self._raw)

    def supports_sane_rowcount(self):
        return True

    def supports_sane_multi_rowcount(self):
        return True

    def last_inserted_params(self):
        return self.context.get("params") if self.context else None


LegacyCursorResult = CursorResult
LegacyRow = Row
BaseRow = Row
