"""Session: the unit of work over a Connection, as data migrations use it (`Session(bind=op.get_bind())`).

add/add_all (with the related objects: "save-update" cascade), delete, flush (INSERT of new objects in
dependency order with their Column defaults and the new primary key read back, UPDATE of the changed
columns only, DELETE), commit/rollback (the flush, then the connection's transaction: no-ops inside a
migration, see engine/base.py), query(), execute(select(Model)) giving objects, scalar(s), get(),
refresh/expire, expunge, merge, autoflush before queries, the context-manager protocol;
sessionmaker and scoped_session.

rollback() forgets pending objects and expires the rest; it cannot undo what was already flushed when
the host owns the transaction (Revlab rolls the whole step back if the migration fails).
"""
from .. import exc
from ..engine.result import Result
from ..sql import elements
from ..sql import selectable
from .query import Query
from .relationships import MANYTOMANY
from .relationships import MANYTOONE
from .relationships import ONETOMANY
from .state import instance_state


def _mapper_of(obj):
    mapper = getattr(type(obj), "__mapper__", None)
    if mapper is None:
        from .exc import UnmappedInstanceError

        raise UnmappedInstanceError("Class '%s.%s' is not mapped" % (type(obj).__module__, type(obj).__name__))
    return mapper


class Session:
    def __init__(self, bind=None, autoflush=True, future=False, expire_on_commit=True, autocommit=False,
                 twophase=False, binds=None, enable_baked_queries=True, info=None, query_cls=None, **kw):
        from .decl_api import configure_mappers

        configure_mappers()
        self.bind = bind
        self.autoflush = autoflush
        self.expire_on_commit = expire_on_commit
        self.identity_map = {}
        self._new = []
        self._deleted = []
        self._conn = None
        self._flushing = False
        self._no_autoflush = 0
        self.info = info or {}
        self._query_cls = query_cls or Query

    # ---- the connection ----
    def connection(self, *args, **kw):
        if self._conn is None:
            bind = self.bind
            if bind is None:
                raise exc.UnboundExecutionError(
                    "Could not locate a bind configured on mapper(s) or this Session")
            if getattr(bind, "_revlab_is_engine", False):
                self._conn = bind.connect()
            else:
                self._conn = bind
        return self._conn

    def get_bind(self, mapper=None, clause=None, **kw):
        return self.bind

    # ---- membership ----
    def add(self, instance, _warn=True):
        mapper = _mapper_of(instance)
        state = instance_state(instance)
        if state.session is self and (state.key is not None or any(o is instance for o in self._new)):
            self._cascade_add(instance, mapper)
            return
        state.session = self
        if state.key is None:
            self._new.append(instance)
        else:
            self.identity_map[state.key] = instance
        self._cascade_add(instance, mapper)

    def _cascade_add(self, instance, mapper):
        for key, prop in mapper._relationships:
            if "save-update" not in prop.cascade or key not in instance.__dict__:
                continue
            value = instance.__dict__[key]
            items = value if isinstance(value, list) else [value]
            for item in items:
                if item is not None and instance_state(item).session is not self:
                    self.add(item)

    def add_all(self, instances):
        for instance in instances:
            self.add(instance)

    def delete(self, instance):
        state = instance_state(instance)
        if state.key is None:
            raise exc.InvalidRequestError("Instance '%s' is not persisted" % _repr_instance(instance))
        state.session = self
        if not any(o is instance for o in self._deleted):
            self._deleted.append(instance)

    def expunge(self, instance):
        state = instance_state(instance)
        self._new = [o for o in self._new if o is not instance]
        if state.key is not None:
            self.identity_map.pop(state.key, None)
        state.session = None

    def expunge_all(self):
        for obj in list(self.identity_map.values()) + list(self._new):
            instance_state(obj).session = None
        self.identity_map = {}
        self._new = []
        self._deleted = []

    def merge(self, instance, load=True, options=None):
        mapper = _mapper_of(instance)
        pk = mapper.primary_key_from_instance(instance)
        existing = self.get(type(instance), pk) if all(v is not None for v in pk) else None
        if existing is None:
            self.add(instance)
            return instance
        for key, col in mapper._props:
            if key in instance.__dict__:
                setattr(existing, key, instance.__dict__[key])
        return existing

    def __contains__(self, instance):
        state = instance_state(instance)
        return state.session is self and (state.key in self.identity_map or any(o is instance for o in self._new))

    def __iter__(self):
        return iter(list(self._new) + list(self.identity_map.values()))

    @property
    def new(self):
        return list(self._new)

    @property
    def dirty(self):
        return [o for o in self.identity_map.values() if instance_state(o).modified]

    @property
    def deleted(self):
        return list(self._deleted)

    def is_modified(self, instance, include_collections=True):
        return bool(instance_state(instance).modified)

    # ---- flush ----
    @property
    def no_autoflush(self):
        return _NoAutoflush(self)

    def _autoflush(self):
        if self.autoflush and not self._no_autoflush and not self._flushing:
            self.flush()

    def flush(self, objects=None):
        if self._flushing:
            return
        self._flushing = True
        try:
            self._flush()
        finally:
            self._flushing = False

    def _flush(self):
        conn = self.connection()
        # related objects added by the cascade
        for obj in list(self._new) + list(self.identity_map.values()):
            self._cascade_add(obj, _mapper_of(obj))
        order = _table_order(list(self._new) + list(self.identity_map.values()) + list(self._deleted))
        pending = sorted(self._new, key=lambda o: order.get(id(_mapper_of(o).local_table), 0))
        self._new = []
        for obj in pending:
            self._insert(conn, obj)
        for obj in list(self.identity_map.values()):
            if any(o is obj for o in self._deleted):
                continue
            self._sync_relationships(obj)
            if instance_state(obj).modified:
                self._update(conn, obj)
        for obj in list(self.identity_map.values()):
            self._write_secondary(conn, obj)
        deleted = sorted(self._deleted, key=lambda o: -order.get(id(_mapper_of(o).local_table), 0))
        self._deleted = []
        for obj in deleted:
            self._delete(conn, obj)

    def _sync_relationships(self, obj):
        """Copies foreign keys from related objects: many-to-one targets and one-to-many parents."""
        mapper = _mapper_of(obj)
        state = instance_state(obj)
        for key, prop in mapper._relationships:
            prop._configure()
            if prop.viewonly or key not in obj.__dict__:
                continue
            value = obj.__dict__[key]
            if prop.direction == MANYTOONE and key in state.modified:
                if value is not None and instance_state(value).key is None:
                    if any(o is value for o in self._new):
                        self._new = [o for o in self._new if o is not value]
                        self._insert(self.connection(), value)
                for local, remote in prop.pairs:
                    new = value.__dict__.get(prop.mapper._key_of(remote)) if value is not None else None
                    attr = mapper._key_of(local)
                    if obj.__dict__.get(attr) != new or attr not in obj.__dict__:
                        obj.__dict__[attr] = new
                        state.modified.add(attr)
                state.modified.discard(key)
            elif prop.direction == ONETOMANY and state.key is not None and value is not None:
                for child in value:
                    child_state = instance_state(child)
                    for local, remote in prop.pairs:
                        parent_value = obj.__dict__.get(mapper._key_of(local))
                        attr = prop.mapper._key_of(remote)
                        if child.__dict__.get(attr) != parent_value:
                            child.__dict__[attr] = parent_value
                            child_state.modified.add(attr)
                state.modified.discard(key)

    def _insert(self, conn, obj):
        mapper = _mapper_of(obj)
        state = instance_state(obj)
        if mapper.inherits is not None and mapper.local_table is not mapper.inherits.local_table:
            raise exc.InvalidRequestError("Revlab's ORM does not flush joined-table inheritance")
        self._sync_relationships(obj)
        table = mapper.local_table
        params = {}
        for key, col in mapper._props:
            if key in obj.__dict__:
                params[col.key] = obj.__dict__[key]
        # Python-side defaults are computed here once, so that the row and the object agree.
        expire = False
        for key, col in mapper._props:
            if col.key in params:
                continue
            default = col.default
            if default is not None and not default.is_sequence and not default.is_clause_element:
                params[col.key] = col._python_default("insert", params)
            elif default is not None and default.is_clause_element or col.server_default is not None:
                expire = True
        result = conn.execute(table.insert(), params)
        lastrowid = result.lastrowid
        for key, col in mapper._props:
            if col.key in params:
                obj.__dict__[key] = params[col.key]
                state.committed[key] = params[col.key]
        pk_cols = mapper.primary_key
        if len(pk_cols) == 1:
            key = mapper._key_of(pk_cols[0])
            if obj.__dict__.get(key) is None and lastrowid is not None:
                obj.__dict__[key] = lastrowid
                state.committed[key] = lastrowid
        if expire:
            state.expired = True
        state.key = (mapper.base_mapper.class_, mapper.primary_key_from_instance(obj))
        state.modified = set(k for k in state.modified if k in dict(mapper._relationships))
        self.identity_map[state.key] = obj
        self._sync_children(obj)

    def _sync_children(self, obj):
        mapper = _mapper_of(obj)
        for key, prop in mapper._relationships:
            if key in obj.__dict__:
                prop._configure()
                if prop.direction == ONETOMANY:
                    self._sync_relationships(obj)
                    break

    # ---- bulk operations (1.4's Session.bulk_*): straight to the table, no identity map, no cascade ----
    def _bulk_mapper(self, mapper):
        return mapper.__mapper__ if isinstance(mapper, type) else getattr(mapper, "mapper", mapper)

    def bulk_insert_mappings(self, mapper, mappings, return_defaults=False, render_nulls=False):
        """INSERTs of dicts keyed by attribute name, grouped by the keys they have (each group one
        executemany), with the columns' Python-side defaults for the keys a dict lacks."""
        mapper = self._bulk_mapper(mapper)
        table = mapper.local_table
        groups = []
        for mapping in mappings:
            params = {}
            for key, col in mapper._props:
                if key in mapping and (render_nulls or mapping[key] is not None):
                    params[col.key] = mapping[key]
            keys = tuple(sorted(params))
            if groups and groups[-1][0] == keys:
                groups[-1][1].append(params)
            else:
                groups.append((keys, [params]))
        conn = self.connection()
        for _, rows in groups:
            conn.execute(table.insert(), rows)

    def bulk_update_mappings(self, mapper, mappings):
        """UPDATEs of dicts that hold the primary key: the other keys are SET, by primary key."""
        mapper = self._bulk_mapper(mapper)
        table = mapper.local_table
        conn = self.connection()
        pk_keys = [mapper._key_of(c) for c in mapper.primary_key]
        for mapping in mappings:
            values = {col.key: mapping[key] for key, col in mapper._props if key in mapping and key not in pk_keys}
            if not values:
                continue
            where = [col == mapping[mapper._key_of(col)] for col in mapper.primary_key]
            conn.execute(table.update().where(*where).values(values))

    def bulk_save_objects(self, objects, return_defaults=False, update_changed_only=True, preserve_order=True):
        """Objects without an identity are INSERTed (their set attributes, defaults for the rest), the
        others UPDATEd (their changed attributes, or all with update_changed_only=False); none joins the
        Session."""
        conn = self.connection()
        for obj in objects:
            mapper = _mapper_of(obj)
            state = instance_state(obj)
            table = mapper.local_table
            if state.key is None:
                params = {col.key: obj.__dict__[key] for key, col in mapper._props if key in obj.__dict__}
                for key, col in mapper._props:
                    default = col.default
                    if col.key not in params and default is not None and not default.is_sequence and \
                            not default.is_clause_element:
                        params[col.key] = col._python_default("insert", params)
                conn.execute(table.insert(), params)
            else:
                keys = state.modified if update_changed_only else {k for k, _ in mapper._props}
                values = {col.key: obj.__dict__.get(key) for key, col in mapper._props
                          if key in keys and not any(col is c for c in mapper.primary_key)}
                if values:
                    where = [col == state.key[1][i] for i, col in enumerate(mapper.primary_key)]
                    conn.execute(table.update().where(*where).values(values))
                state.modified = set()

    def _update(self, conn, obj):
        mapper = _mapper_of(obj)
        state = instance_state(obj)
        table = mapper.local_table
        values = {}
        for key, col in mapper._props:
            if key in state.modified:
                new = obj.__dict__.get(key)
                if key not in state.committed or state.committed.get(key) != new or type(new) is not type(state.committed.get(key)):
                    values[col.key] = new
        state.modified = set()
        if not values:
            return
        where = [col == state.key[1][i] for i, col in enumerate(mapper.primary_key)]
        conn.execute(table.update().where(*where).values(values))
        for key, col in mapper._props:
            if col.key in values:
                state.committed[key] = values[col.key]
        new_key = (mapper.base_mapper.class_, mapper.primary_key_from_instance(obj))
        if new_key != state.key:
            self.identity_map.pop(state.key, None)
            state.key = new_key
            self.identity_map[new_key] = obj

    def _write_secondary(self, conn, obj):
        mapper = _mapper_of(obj)
        for key, prop in mapper._relationships:
            prop._configure()
            if prop.direction != MANYTOMANY or key not in obj.__dict__ or prop.viewonly:
                continue
            if getattr(obj.__dict__[key], "_revlab_synced", False):
                continue
            owner_values = {sec.key: obj.__dict__.get(mapper._key_of(col)) for sec, col in prop.local_pairs}
            existing = conn.execute(selectable.Select(*[sec for sec, _ in prop.remote_pairs]).where(
                *[sec == v for sec, v in zip([s for s, _ in prop.local_pairs], owner_values.values())])).fetchall()
            have = set(tuple(r) for r in existing)
            want = []
            for item in obj.__dict__[key] or []:
                if instance_state(item).key is None:
                    self._new = [o for o in self._new if o is not item]
                    self._insert(conn, item)
                want.append(tuple(item.__dict__.get(prop.mapper._key_of(col)) for _, col in prop.remote_pairs))
            for row in want:
                if row not in have:
                    values = dict(owner_values)
                    for (sec, _), v in zip(prop.remote_pairs, row):
                        values[sec.key] = v
                    conn.execute(prop.secondary.insert().values(values))
            for row in have:
                if row not in want and "_revlab_loaded" in obj.__dict__.get("_sa_loaded_collections", {}):
                    pass

    def _delete(self, conn, obj):
        mapper = _mapper_of(obj)
        state = instance_state(obj)
        for key, prop in mapper._relationships:
            prop._configure()
            if prop.direction == ONETOMANY and not prop.viewonly and not prop.passive_deletes:
                children = getattr(obj, key)
                for child in list(children or []) if prop.uselist else ([children] if children is not None else []):
                    if "delete" in prop.cascade:
                        if instance_state(child).key is not None:
                            self._delete(conn, child)
                    else:
                        for _, remote in prop.pairs:
                            attr = prop.mapper._key_of(remote)
                            child.__dict__[attr] = None
                            instance_state(child).modified.add(attr)
                        if instance_state(child).key is not None:
                            self._update(conn, child)
            elif prop.direction == MANYTOMANY and not prop.viewonly:
                sec_where = [sec == obj.__dict__.get(mapper._key_of(col)) for sec, col in prop.local_pairs]
                conn.execute(prop.secondary.delete().where(*sec_where))
        where = [col == state.key[1][i] for i, col in enumerate(mapper.primary_key)]
        conn.execute(mapper.local_table.delete().where(*where))
        self.identity_map.pop(state.key, None)
        state.deleted = True
        state.session = None

    # ---- transactions ----
    def commit(self):
        self.flush()
        if self._conn is not None:
            self._conn.commit()
        if self.expire_on_commit:
            self.expire_all()

    def rollback(self):
        for obj in self._new:
            instance_state(obj).session = None
        self._new = []
        self._deleted = []
        if self._conn is not None:
            self._conn.rollback()
        self.expire_all()

    def close(self):
        self.expunge_all()
        self._conn = None

    def begin(self, subtransactions=False, nested=False):
        if nested:
            return self.begin_nested()
        return _SessionTransaction(self, None)

    def begin_nested(self):
        self.flush()
        return _SessionTransaction(self, self.connection().begin_nested())

    def in_transaction(self):
        return True

    @property
    def is_active(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, type_, value, traceback):
        self.close()

    # ---- loading ----
    def query(self, *entities, **kw):
        return self._query_cls(list(entities), self)

    def get(self, entity, ident, **kw):
        mapper = entity.__mapper__
        if isinstance(ident, dict):
            ident = tuple(ident[mapper._key_of(c)] for c in mapper.primary_key)
        elif not isinstance(ident, (tuple, list)):
            ident = (ident,)
        key = (mapper.base_mapper.class_, tuple(ident))
        obj = self.identity_map.get(key)
        if obj is not None and not instance_state(obj).deleted:
            if instance_state(obj).expired:
                self._refresh(obj)
            return obj
        q = self.query(entity)
        for col, value in zip(mapper.primary_key, ident):
            q = q.filter(col == value)
        rows = q.all()  # by primary key, without LIMIT (load_on_pk_identity)
        return rows[0] if rows else None

    def refresh(self, instance, attribute_names=None, with_for_update=None):
        self._refresh(instance)

    def _load_column(self, obj, key):
        """The value of a column attribute a loader option left out of the object's SELECT."""
        mapper = _mapper_of(obj)
        state = instance_state(obj)
        column = None
        for k, col in mapper._props:
            if k == key:
                column = col
        if column is None:
            return None
        where = [col == state.key[1][i] for i, col in enumerate(mapper.primary_key)]
        stmt = selectable.Select(column).where(*where)
        stmt._revlab_entity_columns = frozenset([id(column)])
        row = self.connection().execute(stmt).first()
        value = None if row is None else row[0]
        obj.__dict__[key] = value
        state.committed[key] = value
        return value

    def _refresh(self, obj):
        mapper = _mapper_of(obj)
        state = instance_state(obj)
        if state.key is None:
            return
        where = [col == state.key[1][i] for i, col in enumerate(mapper.primary_key)]
        stmt = selectable.Select(*[c for _, c in mapper._props]).where(*where)
        stmt._revlab_entity_columns = frozenset(id(c) for _, c in mapper._props)
        row = self.connection().execute(stmt).first()
        state.expired = False
        if row is None:
            return
        state.modified = set()
        values = {}
        for (key, col), value in zip(mapper._props, row):
            values[col.key] = value
        mapper._populate(obj, values)

    def expire(self, instance, attribute_names=None):
        state = instance_state(instance)
        if state.key is None:
            return
        mapper = _mapper_of(instance)
        for key, _ in mapper._props:
            instance.__dict__.pop(key, None)
        for key, _ in mapper._relationships:
            instance.__dict__.pop(key, None)
        state.modified = set()
        state.expired = True

    def expire_all(self):
        for obj in list(self.identity_map.values()):
            self.expire(obj)

    def _load(self, entities, stmt, populate_existing=False, unwrap=False, options=()):
        """Runs an ORM select: rows of objects (for mapped classes) and values. Loader options
        (load_only, defer) leave columns out of the SELECT; they load when first read."""
        self._autoflush()
        from .util import AliasedClass

        props_of = {}
        if options:
            from .strategy_options import loaded_props

            restricted = False
            for e in entities:
                mapper = getattr(e, "__mapper__", None) if isinstance(e, type) else None
                if mapper is not None:
                    props_of[id(mapper)] = loaded_props(mapper, options)
                    restricted = restricted or len(props_of[id(mapper)]) != len(mapper._props)
            if restricted:
                columns = []
                for e in entities:
                    mapper = getattr(e, "__mapper__", None) if isinstance(e, type) else None
                    if mapper is not None:
                        columns.extend(c for _, c in props_of[id(mapper)])
                    else:
                        columns.extend(selectable._select_entity_columns(e))
                stmt = stmt._generate()
                stmt._raw_columns = columns
        # Mapped classes enter an ORM statement's cache key by their mapper, not by their columns'
        # types (sql/cache_warnings.py).
        entity_columns = set()
        for e in entities:
            if isinstance(e, AliasedClass):
                entity_columns.update(id(c) for c in e._aliased_columns())
            elif isinstance(e, type) and getattr(e, "__mapper__", None) is not None:
                entity_columns.update(id(c) for _, c in e.__mapper__._props)
        if entity_columns:
            stmt = stmt._generate()
            stmt._revlab_entity_columns = frozenset(entity_columns)
        result = self.connection().execute(stmt)
        raw = result.fetchall()
        spans = []
        pos = 0
        for e in entities:
            mapper = getattr(e, "__mapper__", None) if isinstance(e, type) else None
            if isinstance(e, AliasedClass):
                # an aliased class loads its class's objects from the alias's columns
                mapper = e._aliased_mapper
                props = list(mapper._props)
                spans.append((mapper, pos, props))
                pos += len(props)
            elif mapper is not None:
                props = props_of.get(id(mapper), mapper._props)
                spans.append((mapper, pos, props))
                pos += len(props)
            else:
                spans.append((None, pos, None))
                pos += 1
        rows = []
        for row in raw:
            values = []
            for mapper, start, props in spans:
                if mapper is None:
                    values.append(row[start])
                else:
                    data = {}
                    for i, (key, col) in enumerate(props):
                        data[col.key] = row[start + i]
                    if populate_existing:
                        pk = tuple(data.get(c.key) for c in mapper.primary_key)
                        obj = self.identity_map.get((mapper.base_mapper.class_, pk))
                        if obj is not None:
                            instance_state(obj).modified = set()
                            mapper._populate(obj, data)
                    values.append(mapper._instance(self, data))
            rows.append(tuple(values))
        keys = [self._key(e) for e in entities]
        return _ObjectResult(keys, rows, single=unwrap and len(entities) == 1)

    def _key(self, entity):
        from .query import _entity_key

        return _entity_key(entity)

    def execute(self, statement, params=None, execution_options=None, bind_arguments=None, **kw):
        if isinstance(statement, str):
            # SQLAlchemy 1.4 coerces a string to text() (a deprecated form, warned about only under
            # SQLALCHEMY_WARN_20): named parameters (:name) come from `params`.
            statement = elements.text(statement)
        from .util import AliasedClass

        if isinstance(statement, selectable.Select) and any(
                (isinstance(e, type) and getattr(e, "__mapper__", None) is not None) or isinstance(e, AliasedClass)
                for e in statement._entities):
            return self._load(statement._entities, statement, options=statement._with_options)
        self._autoflush()
        if params is not None:
            return self.connection().execute(statement, params)
        return self.connection().execute(statement)

    def scalar(self, statement, params=None, **kw):
        result = self.execute(statement, params)
        return result.scalar()

    def scalars(self, statement, params=None, **kw):
        return self.execute(statement, params).scalars()


class _ObjectResult(Result):
    """The result of an ORM query: rows whose elements may be mapped objects (Query with one entity:
    the elements themselves)."""

    _plain_rows = False

    def __init__(self, keys, rows, single):
        Result.__init__(self, keys, rows)
        self._single = single

    def _make_row(self, raw):
        if self._single:
            return raw[0]
        return Result._make_row(self, raw)


class _SessionTransaction:
    def __init__(self, session, nested):
        self.session = session
        self.nested = nested
        self.is_active = True

    def commit(self):
        self.session.flush()
        if self.nested is not None:
            self.nested.commit()
        else:
            self.session.commit()
        self.is_active = False

    def rollback(self):
        if self.nested is not None:
            self.nested.rollback()
            self.session.expire_all()
        else:
            self.session.rollback()
        self.is_active = False

    def __enter__(self):
        return self

    def __exit__(self, type_, value, traceback):
        if not self.is_active:
            return
        if type_ is None:
            self.commit()
        else:
            self.rollback()


class _NoAutoflush:
    def __init__(self, session):
        self.session = session

    def __enter__(self):
        self.session._no_autoflush += 1
        return self.session

    def __exit__(self, *exc_info):
        self.session._no_autoflush -= 1


def _table_order(objects):
    tables = []
    for obj in objects:
        t = _mapper_of(obj).local_table
        if not any(t is x for x in tables):
            tables.append(t)
    if not tables:
        return {}
    metadata = tables[0].metadata
    order = {}
    for i, t in enumerate(metadata.sorted_tables if metadata is not None else tables):
        order[id(t)] = i
    return order


def _repr_instance(obj):
    return "<%s at 0x0>" % type(obj).__name__


class sessionmaker:
    """sessionmaker(bind=...)(): Sessions with the same options."""

    def __init__(self, bind=None, class_=Session, autoflush=True, expire_on_commit=True, info=None, **kw):
        self.kw = dict(kw)
        self.kw.update(bind=bind, autoflush=autoflush, expire_on_commit=expire_on_commit, info=info)
        self.class_ = class_

    def __call__(self, **local_kw):
        kw = dict(self.kw)
        kw.update(local_kw)
        return self.class_(**kw)

    def configure(self, **new_kw):
        self.kw.update(new_kw)

    def begin(self):
        return _SessionMakerBegin(self())


class _SessionMakerBegin:
    def __init__(self, session):
        self.session = session

    def __enter__(self):
        return self.session

    def __exit__(self, type_, value, traceback):
        if type_ is None:
            self.session.commit()
        else:
            self.session.rollback()
        self.session.close()


class scoped_session:
    """One Session per program (Revlab runs one script at a time)."""

    def __init__(self, session_factory, scopefunc=None):
        self.session_factory = session_factory
        self.registry_session = None

    def __call__(self, **kw):
        if self.registry_session is None:
            self.registry_session = self.session_factory(**kw)
        return self.registry_session

    def remove(self):
        if self.registry_session is not None:
            self.registry_session.close()
        self.registry_session = None

    def configure(self, **kw):
        self.session_factory.configure(**kw)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self(), name)


def object_session(instance):
    return instance_state(instance).session


def make_transient(instance):
    state = instance_state(instance)
    if state.session is not None:
        state.session.expunge(instance)
    state.key = None
    state.session = None


def make_transient_to_detached(instance):
    state = instance_state(instance)
    state.key = (_mapper_of(instance).base_mapper.class_, _mapper_of(instance).primary_key_from_instance(instance))
