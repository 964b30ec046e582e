"""relationship(): a link between mapped classes through their foreign keys.

What is here: many-to-one (`address.user`: loads the row its foreign key names), one-to-many
(`user.addresses`: a list), many-to-many through `secondary`; back_populates / backref keeping both
sides in step in Python; lazy loading on first access; at flush, the foreign key copied from the
related object (parents are inserted first) and related objects added to the session
("save-update" cascade), children deleted with cascade="all, delete-orphan" or their foreign key set
to NULL otherwise. Not here: custom primaryjoin expressions beyond plain column equality,
eager loading strategies (they load lazily), dynamic relationships, association objects' proxies.
"""
from .. import exc
from ..sql import elements
from ..sql import schema
from .attributes import InstrumentedList

MANYTOONE = "MANYTOONE"
ONETOMANY = "ONETOMANY"
MANYTOMANY = "MANYTOMANY"


class _Backref:
    def __init__(self, name, **kwargs):
        self.name = name
        self.kwargs = kwargs


def backref(name, **kwargs):
    return _Backref(name, **kwargs)


class RelationshipProperty:
    def __init__(self, argument=None, secondary=None, primaryjoin=None, secondaryjoin=None, foreign_keys=None,
                 uselist=None, order_by=False, backref=None, back_populates=None, cascade=False, viewonly=False,
                 lazy="select", remote_side=None, passive_deletes=False, post_update=False, single_parent=False,
                 innerjoin=False, collection_class=None, cascade_backrefs=True, doc=None, info=None,
                 overlaps=None, **kw):
        self.argument = argument
        self._secondary_arg = secondary
        self.primaryjoin = primaryjoin
        self._foreign_keys_arg = foreign_keys
        self._uselist_arg = uselist
        self._order_by_arg = order_by
        self.backref = backref
        self.back_populates = back_populates
        self.cascade = _cascade(cascade)
        self.viewonly = viewonly
        self.lazy = lazy
        self.remote_side = remote_side
        self.passive_deletes = passive_deletes
        self.query_class = kw.get("query_class")
        self.key = None
        self.parent = None
        self._resolved = False

    # ---- configuration ----
    def _setup(self, mapper, key):
        self.parent = mapper
        self.key = key

    def _resolve_argument(self, arg):
        if arg is None:
            return None
        if isinstance(arg, str):
            registry = self.parent.registry
            target = registry._class_registry.get(arg) if registry is not None else None
            if target is None and "." in arg:
                target = registry._class_registry.get(arg.split(".")[-1]) if registry is not None else None
            if target is None:
                table = self.parent.local_table.metadata.tables.get(arg)
                if table is not None:
                    return table
                raise exc.InvalidRequestError(
                    "When initializing mapper %s, expression %r failed to locate a name (%r). If this is a class "
                    "name, consider adding this relationship() to the %r class after both dependent classes have "
                    "been defined." % (self.parent, arg, arg, self.parent.class_))
            return target
        if callable(arg) and not isinstance(arg, type) and not hasattr(arg, "__mapper__") \
                and not isinstance(arg, elements.ClauseElement):
            return arg()
        return arg

    def _configure(self):
        if self._resolved:
            return
        self._resolved = True
        self.mapper = self._resolve_argument(self.argument).__mapper__
        self.entity = self.mapper.class_
        self.target = self.mapper.local_table
        self.secondary = self._resolve_argument(self._secondary_arg)
        local = self.parent.local_table
        if self.secondary is not None:
            self.direction = MANYTOMANY
            self.local_pairs = _pairs(self.secondary, local)
            self.remote_pairs = _pairs(self.secondary, self.target)
        else:
            candidates = self._foreign_key_columns()
            local_to_target = [(c, fk) for c, fk in _fk_pairs(local, self.target) if not candidates or c in candidates]
            target_to_local = [(c, fk) for c, fk in _fk_pairs(self.target, local) if not candidates or c in candidates]
            if local is self.target:
                # self-referential: remote_side names the "one" side
                remote = _as_list(self._resolve_argument(self.remote_side)) if self.remote_side is not None else []
                if remote and any(any(r is fk.column for r in remote) for _, fk in local_to_target):
                    self.direction = MANYTOONE
                    self.pairs = [(c, fk.column) for c, fk in local_to_target]
                else:
                    self.direction = ONETOMANY
                    self.pairs = [(fk.column, c) for c, fk in target_to_local]
            elif local_to_target and not target_to_local:
                self.direction = MANYTOONE
                self.pairs = [(c, fk.column) for c, fk in local_to_target]  # (local fk column, target column)
            elif target_to_local:
                self.direction = ONETOMANY
                self.pairs = [(fk.column, c) for c, fk in target_to_local]  # (local column, target fk column)
            else:
                raise exc.NoForeignKeysError(
                    "Could not determine join condition between parent/child tables on relationship %s.%s - there "
                    "are no foreign keys linking these tables.  Ensure that referencing columns are associated "
                    "with a ForeignKey or ForeignKeyConstraint, or specify a 'primaryjoin' expression."
                    % (self.parent.class_.__name__, self.key))
        if self._uselist_arg is not None:
            self.uselist = self._uselist_arg
        else:
            self.uselist = self.direction != MANYTOONE
        self.order_by = self._order_by_arg
        if isinstance(self.backref, (str, _Backref, tuple)):
            self._make_backref()

    def _foreign_key_columns(self):
        arg = self._resolve_argument(self._foreign_keys_arg)
        if arg is None:
            return []
        out = []
        for c in _as_list(arg):
            c = elements._clause_of(c) if not isinstance(c, str) else self.parent.local_table.c[c]
            out.append(c)
        return out

    def _make_backref(self):
        if isinstance(self.backref, str):
            name, kwargs = self.backref, {}
        elif isinstance(self.backref, tuple):
            name, kwargs = self.backref[0], dict(self.backref[1])
        else:
            name, kwargs = self.backref.name, dict(self.backref.kwargs)
        target = self.entity
        if name in target.__dict__:
            return
        kwargs.setdefault("back_populates", self.key)
        if self.secondary is not None:
            kwargs.setdefault("secondary", self.secondary)
        prop = RelationshipProperty(self.parent.class_, **kwargs)
        from .attributes import RelationshipAttribute

        prop._setup(self.mapper, name)
        self.mapper._relationships.append((name, prop))
        setattr(target, name, RelationshipAttribute(prop))
        self.back_populates = name

    def _reverse(self):
        if not self.back_populates:
            return None
        target = self.mapper
        for key, prop in target._relationships:
            if key == self.back_populates:
                prop._configure()
                return prop
        return None

    # ---- SQL ----
    def _join_condition(self):
        self._configure()
        if self.direction == MANYTOMANY:
            return elements.and_(*([a == b for a, b in self.local_pairs] + [a == b for a, b in self.remote_pairs]))
        return elements.and_(*[a == b for a, b in self.pairs])

    def _compare(self, other):
        self._configure()
        if self.direction == MANYTOONE:
            if other is None:
                return elements.and_(*[local == None for local, _ in self.pairs])  # noqa: E711
            return elements.and_(*[local == getattr(other, self.mapper._key_of(remote))
                                   for local, remote in self.pairs])
        raise exc.InvalidRequestError("Can't compare a collection to an object or collection; use contains() to "
                                      "test for membership.")

    def _compare_contains(self, other):
        self._configure()
        return elements.and_(*[remote == getattr(other, self.mapper._key_of(remote))
                               for local, remote in self.pairs])

    def _exists(self, criterion=None, **kwargs):
        from ..sql.selectable import exists

        self._configure()
        crit = [self._join_condition()]
        if criterion is not None:
            crit.append(criterion)
        for k, v in kwargs.items():
            crit.append(self.target.c[k] == v)
        return exists().where(*crit)

    # ---- loading ----
    def _lazy_load(self, obj):
        from .state import instance_state

        self._configure()
        state = instance_state(obj)
        session = state.session
        if self.direction == MANYTOONE:
            values = [getattr(obj, self.parent._key_of(local)) for local, _ in self.pairs]
            if any(v is None for v in values) or session is None:
                return None
            if all(remote.primary_key for _, remote in self.pairs):
                found = session.identity_map.get((self.mapper.base_mapper.class_, tuple(values)))
                if found is not None:
                    return found
            q = session.query(self.entity)
            for (_, remote), v in zip(self.pairs, values):
                q = q.filter(remote == v)
            return q.first()
        if session is None or state.key is None:
            return InstrumentedList(self, obj) if self.uselist else None
        q = session.query(self.entity)
        if self.direction == ONETOMANY:
            for local, remote in self.pairs:
                q = q.filter(remote == getattr(obj, self.parent._key_of(local)))
        else:
            q = q.select_from(self.target).join(self.secondary, elements.and_(*[a == b for a, b in self.remote_pairs]))
            for sec_col, local_col in self.local_pairs:
                q = q.filter(sec_col == getattr(obj, self.parent._key_of(local_col)))
        if self.order_by is not False and self.order_by is not None:
            q = q.order_by(*_as_list(self._resolve_order(self.order_by)))
        items = q.all()
        if self.uselist:
            lst = InstrumentedList(self, obj)
            list.extend(lst, items)
            return lst
        return items[0] if items else None

    def _resolve_order(self, order_by):
        if callable(order_by) and not isinstance(order_by, elements.ClauseElement) \
                and not hasattr(order_by, "__clause_element__"):
            order_by = order_by()
        if not isinstance(order_by, str):
            return order_by
        out = []
        for item in order_by.split(","):
            words = item.strip().split()
            name = words[0]
            if "." in name:
                cls_name, attr = name.rsplit(".", 1)
                target = self.parent.registry._class_registry.get(cls_name)
                expr = getattr(target, attr) if target is not None else self.target.c[attr]
            else:
                expr = self.target.c[name]
            if len(words) > 1 and words[1].lower() == "desc":
                expr = expr.desc()
            out.append(expr)
        return out

    # ---- keeping both sides in step ----
    def _set_backref(self, obj, value, old):
        reverse = self._reverse()
        if reverse is None:
            return
        if self.direction == MANYTOONE:
            if old is not None and old is not value and reverse.key in old.__dict__:
                coll = old.__dict__[reverse.key]
                if coll is not None and reverse.uselist and obj in coll:
                    list.remove(coll, obj)
            if value is not None and reverse.key in value.__dict__:
                coll = value.__dict__[reverse.key]
                if reverse.uselist and coll is not None and not _contains(coll, obj):
                    list.append(coll, obj)
                elif not reverse.uselist:
                    value.__dict__[reverse.key] = obj
        else:
            for item in value or []:
                self._append_backref(obj, item)

    def _append_backref(self, owner, item):
        reverse = self._reverse()
        if reverse is None:
            return
        if reverse.uselist:
            if reverse.key in item.__dict__:
                coll = item.__dict__[reverse.key]
                if coll is not None and not _contains(coll, owner):
                    list.append(coll, owner)
        else:
            item.__dict__[reverse.key] = owner
            from .state import instance_state

            instance_state(item).modified.add(reverse.key)

    def _remove_backref(self, owner, item):
        reverse = self._reverse()
        if reverse is None or reverse.uselist:
            return
        if item.__dict__.get(reverse.key) is owner:
            item.__dict__[reverse.key] = None
            from .state import instance_state

            instance_state(item).modified.add(reverse.key)

    def __repr__(self):
        return "<RelationshipProperty %s>" % self.key


def _contains(coll, obj):
    return any(x is obj for x in coll)


def _as_list(value):
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _fk_pairs(table, target):
    """(column of `table`, its ForeignKey) for each foreign key of table that refers to target."""
    out = []
    for col in table.columns:
        for fk in col.foreign_keys:
            try:
                if fk.column.table is target:
                    out.append((col, fk))
            except exc.SQLAlchemyError:
                pass
    return out


def _pairs(secondary, table):
    return [(c, fk.column) for c, fk in _fk_pairs(secondary, table)]


def _cascade(spec):
    if spec is False or spec is None:
        return {"save-update", "merge"}
    parts = set(p.strip() for p in spec.split(","))
    if "all" in parts:
        parts.discard("all")
        parts |= {"save-update", "merge", "refresh-expire", "expunge", "delete"}
    return parts


def relationship(argument=None, secondary=None, **kwargs):
    return RelationshipProperty(argument, secondary, **kwargs)


relation = relationship


def dynamic_loader(argument, **kw):
    kw["lazy"] = "dynamic"
    return relationship(argument, **kw)
