"""Iterator building blocks, as the itertools module has them, each a lazy iterator class.

Here: count, cycle, repeat, accumulate, chain (+ from_iterable), compress, dropwhile, filterfalse,
groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product, permutations,
combinations, combinations_with_replacement, batched (3.12).
They are classes with __next__, and they pull from their inputs exactly when Python's do.
"""

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "filterfalse",
           "groupby", "islice", "pairwise", "starmap", "takewhile", "tee", "zip_longest", "product",
           "permutations", "combinations", "combinations_with_replacement", "batched"]

_marker = object()


class _Iterator:
    def __iter__(self):
        return self


# ---- infinite iterators ---------------------------------------------------------------------------


class count(_Iterator):
    """start, start + step, start + 2 * step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(v, "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle(_Iterator):
    """The items of iterable, then the same again, forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __next__(self):
        if self._index < 0:
            try:
                value = next(self._it)
            except StopIteration:
                if not self._saved:
                    raise
                self._index = 0
            else:
                self._saved.append(value)
                return value
        value = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return value


class repeat(_Iterator):
    """object, times times (forever without times)."""

    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(times, 0)

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._times)


# ---- iterators terminating on the shortest input ----------------------------------------------------


class accumulate(_Iterator):
    """Running totals (or running results of func): accumulate([1, 2, 3]) -> 1, 3, 6."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain(_Iterator):
    """The items of the first iterable, then of the second, ..."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        self = cls()
        self._sources = iter(iterables)
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress(_Iterator):
    """The items of data whose selector is true."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile(_Iterator):
    """Skips items while predicate is true, then gives every item."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        if self._dropping:
            while True:
                value = next(self._it)
                if not self._pred(value):
                    self._dropping = False
                    return value
        return next(self._it)


class takewhile(_Iterator):
    """Gives items while predicate is true, then stops."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        value = next(self._it)
        if self._pred(value):
            return value
        self._done = True
        raise StopIteration


class filterfalse(_Iterator):
    """The items for which predicate is false (or which are false, without a predicate)."""

    def __init__(self, predicate, iterable):
        self._pred = bool if predicate is None else predicate
        self._it = iter(iterable)

    def __next__(self):
        while True:
            value = next(self._it)
            if not self._pred(value):
                return value


class starmap(_Iterator):
    """function(*args) for each args of iterable."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        return self._func(*next(self._it))


class groupby(_Iterator):
    """(key, group) for each run of consecutive items with the same key."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = None

    def _advance(self):
        self._currvalue = next(self._it)
        self._currkey = self._currvalue if self._keyfunc is None else self._keyfunc(self._currvalue)

    def __next__(self):
        self._id = object()
        while self._currkey is _marker or self._currkey == self._tgtkey:
            self._advance()
            if self._tgtkey is _marker:
                break
        self._tgtkey = self._currkey
        return (self._currkey, _Grouper(self, self._tgtkey, self._id))


class _Grouper(_Iterator):
    def __init__(self, parent, tgtkey, id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = id
        self._advance = False
        self._done = False

    def __next__(self):
        p = self._parent
        if self._done or p._id is not self._id:
            raise StopIteration
        if self._advance:
            try:
                p._advance()
            except StopIteration:
                self._done = True
                raise
        if not p._currkey == self._tgtkey:
            self._done = True
            raise StopIteration
        self._advance = True
        return p._currvalue


def _islice_arg(value, message):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0:
        raise ValueError(message)
    return value


class islice(_Iterator):
    """islice(it, stop) or islice(it, start, stop[, step]): a slice of an iterator, read lazily."""

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1)
                            if args else "islice expected at least 2 arguments, got 1")
        if len(args) == 1:
            start, stop, step = 0, _islice_arg(args[0], "Stop argument for islice() must be None or an "
                                                        "integer: 0 <= x <= sys.maxsize."), 1
        else:
            start = _islice_arg(args[0], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            stop = _islice_arg(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            step = args[2] if len(args) == 3 else None
            if start is None:
                start = 0
            if step is None:
                step = 1
            elif not isinstance(step, int) or step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_Iterator):
    """Successive overlapping pairs: pairwise('abc') -> ('a', 'b'), ('b', 'c')."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._last = _marker

    def __next__(self):
        if self._last is _marker:
            self._last = next(self._it)
        value = next(self._it)
        pair = (self._last, value)
        self._last = value
        return pair


class zip_longest(_Iterator):
    """Like zip, until the longest input ends; the shorter ones give fillvalue."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        if not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class batched(_Iterator):
    """Tuples of n items (the last may be shorter)."""

    def __init__(self, iterable, n):
        if n < 1:
            raise ValueError("n must be at least one")
        self._it = iter(iterable)
        self._n = n

    def __next__(self):
        batch = []
        for _ in range(self._n):
            try:
                batch.append(next(self._it))
            except StopIteration:
                break
        if not batch:
            raise StopIteration
        return tuple(batch)


class _TeeLink:
    def __init__(self):
        self.filled = False
        self.value = None
        self.next = None


class _tee(_Iterator):
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __next__(self):
        link = self._link
        if not link.filled:
            link.value = next(self._it)
            link.filled = True
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if isinstance(iterable, _tee):
        first = iterable
    else:
        first = _tee(iter(iterable), _TeeLink())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)]) if n else ()


# ---- combinatoric iterators -------------------------------------------------------------------------


class product(_Iterator):
    """The cartesian product: product('ab', [1, 2]) -> ('a', 1), ('a', 2), ('b', 1), ('b', 2)."""

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._pools = [tuple(pool) for pool in iterables] * repeat
        self._indices = None
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            if any(len(p) == 0 for p in pools):
                self._done = True
                raise StopIteration
            self._indices = [0] * len(pools)
        else:
            i = len(pools) - 1
            while i >= 0:
                self._indices[i] += 1
                if self._indices[i] < len(pools[i]):
                    break
                self._indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple(pools[k][j] for k, j in enumerate(self._indices))


class permutations(_Iterator):
    """The r-length orderings of the items, in lexicographic order of positions."""

    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        self._r = n if r is None else r
        if self._r < 0:
            raise ValueError("r must be non-negative")
        self._indices = list(range(n))
        self._cycles = list(range(n, n - self._r, -1))
        self._first = True
        self._done = self._r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                rest = indices[i + 1:] + indices[i:i + 1]
                for k, v in enumerate(rest):
                    indices[i + k] = v
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations(_Iterator):
    """The r-length subsequences of the items, in order."""

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = tuple(iterable)
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(self._pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement(_Iterator):
    """The r-length subsequences of the items, each item allowed more than once."""

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = tuple(iterable)
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not self._pool and r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        value = indices[i] + 1
        for k in range(i, r):
            indices[k] = value
        return tuple(pool[k] for k in indices)
