"""lazy="dynamic" relationships (SQLAlchemy 1.4's orm/dynamic.py): the attribute is a Query over the
related rows (filter(), order_by(), count(), ... of the relationship's query_class, an AppenderQuery),
with append()/extend()/remove() that change the collection as a list attribute would. An object not in a
Session yet sees the objects appended to it."""
from .query import Query

_APPENDER_CLASSES = {}


class AppenderMixin:
    query_class = None

    def __init__(self, prop, instance):
        from .state import instance_state

        prop._configure()
        Query.__init__(self, [prop.entity], instance_state(instance).session)
        self._prop = prop
        self._instance = instance
        state = instance_state(instance)
        if state.key is not None:
            self._where = list(_criteria(prop, instance))
            if prop.order_by is not False and prop.order_by is not None:
                from .relationships import _as_list

                self._order_by = list(_as_list(prop._resolve_order(prop.order_by)))

    def _clone(self):
        # SQLAlchemy's AppenderMixin._generate: a generative method gives a plain query of the
        # relationship's query class, with the same criteria.
        cls = self.query_class or Query
        q = cls.__new__(cls)
        q.__dict__.update({k: v for k, v in self.__dict__.items() if k not in ("_prop", "_instance")})
        for key in ("_entities", "_where", "_order_by", "_group_by", "_having", "_joins", "_from"):
            q.__dict__[key] = list(self.__dict__[key])
        return q

    def _pending(self):
        from .attributes import InstrumentedList

        d = self._instance.__dict__
        coll = d.get(self._prop.key)
        if coll is None:
            coll = d[self._prop.key] = InstrumentedList(self._prop, self._instance)
        return coll

    def _is_persistent(self):
        from .state import instance_state

        state = instance_state(self._instance)
        return state.key is not None and state.session is not None

    def all(self):
        if not self._is_persistent():
            return list(self._instance.__dict__.get(self._prop.key) or [])
        return Query.all(self)

    def count(self):
        if not self._is_persistent():
            return len(self._instance.__dict__.get(self._prop.key) or [])
        return Query.count(self)

    def __iter__(self):
        return iter(self.all())

    def __len__(self):
        return len(self.all())

    def __getitem__(self, index):
        if not self._is_persistent():
            return self.all()[index]
        return Query.__getitem__(self, index)

    def append(self, item):
        self._pending().append(item)

    def extend(self, iterator):
        for item in iterator:
            self.append(item)

    def remove(self, item):
        coll = self._pending()
        if any(x is item for x in coll):
            coll.remove(item)
        else:
            self._prop._remove_backref(self._instance, item)
            from .relationships import ONETOMANY

            if self._prop.direction == ONETOMANY:
                for _, remote in self._prop.pairs:
                    setattr(item, self._prop.mapper._key_of(remote), None)


def _criteria(prop, instance):
    from .relationships import MANYTOMANY

    if prop.direction == MANYTOMANY:
        from ..sql import selectable

        rows = selectable.select(*[sec for sec, _ in prop.remote_pairs]).where(
            *[sec == getattr(instance, prop.parent._key_of(local)) for sec, local in prop.local_pairs])
        yield from (remote.in_(rows.scalar_subquery() if len(prop.remote_pairs) == 1 else rows)
                    for _, remote in prop.remote_pairs[:1])
        return
    for local, remote in prop.pairs:
        yield remote == getattr(instance, prop.parent._key_of(local))


def appender_class(query_class):
    """SQLAlchemy's mixin_user_query: Appender<QueryClass>, made once per query class."""
    query_class = query_class or Query
    cls = _APPENDER_CLASSES.get(query_class)
    if cls is None:
        cls = type("Appender" + query_class.__name__, (AppenderMixin, query_class), {"query_class": query_class})
        _APPENDER_CLASSES[query_class] = cls
    return cls
