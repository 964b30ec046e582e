"""Database introspection, after SQLAlchemy 1.4's engine/reflection.py and the SQLite dialect's get_*
methods: sqlalchemy.inspect(conn or engine) gives an Inspector whose answers are shaped exactly as
SQLAlchemy's SQLite dialect returns them (types as instances: VARCHAR(length=50); primary key
positions; 'unique' of an index as 0/1; ...). The facts come from the host's reflection
(`_revlab_sa.reflect`), which reads SQLite as SQLAlchemy reads it.

Also here: Table(..., autoload_with=conn) and MetaData.reflect(bind).
"""
import _revlab_sa

from .. import exc
from ..sql import elements
from ..sql import sqltypes


def _refuse_offline():
    """Offline (`upgrade --sql`), Alembic's bind is a MockConnection: SQLAlchemy 1.4's inspect() takes it
    for an engine and fails on `engine.connect().close()`. So do inspect(), Inspector.from_engine(),
    Table(autoload_with=) and MetaData.reflect() here, with that error: there is no database offline,
    and a script that reflects must fail as under Flask-Migrate, not reflect whatever app.db holds."""
    if _revlab_sa.offline():
        raise AttributeError("'MockConnection' object has no attribute 'close'")


def _table_names(bind):
    if getattr(bind, "_revlab_is_engine", False):
        bind.connect()
    return sorted(_revlab_sa.table_names())


def _type_from(d):
    """A type instance from the host's reflected type: SQLAlchemy's ischema_names lookup."""
    from ..dialects.sqlite.base import ischema_names

    name = d.get("name") or ""
    if not name:
        return sqltypes.NullType()
    key = name.upper()
    cls = ischema_names.get(key)
    if cls is None:
        # SQLite affinity rules, as SQLAlchemy's _resolve_type_affinity applies them.
        if "INT" in key:
            cls = sqltypes.INTEGER
        elif "CHAR" in key or "CLOB" in key or "TEXT" in key:
            cls = sqltypes.TEXT
        elif "BLOB" in key:
            cls = sqltypes.NullType
        elif "REAL" in key or "FLOA" in key or "DOUB" in key:
            cls = sqltypes.REAL
        else:
            cls = sqltypes.NUMERIC
    args = []
    if "length" in d:
        args.append(d["length"])
    if "precision" in d:
        args.append(d["precision"])
        if "scale" in d:
            args.append(d["scale"])
    try:
        return cls(*args)
    except TypeError:
        return cls()


class Inspector:
    """What sqlalchemy.inspect(connection_or_engine) returns."""

    def __init__(self, bind):
        _refuse_offline()
        if getattr(bind, "_revlab_is_engine", False):
            bind = bind.connect()
        self.bind = bind
        self.engine = getattr(bind, "engine", bind)
        self.dialect = bind.dialect
        self.info_cache = {}

    @classmethod
    def from_engine(cls, bind):
        return cls(bind)

    @property
    def default_schema_name(self):
        return "main"

    def get_schema_names(self):
        return ["main"]

    def get_table_names(self, schema=None, order_by=None):
        return _table_names(self.bind)

    def get_temp_table_names(self):
        return []

    def get_view_names(self, schema=None):
        return []

    def get_temp_view_names(self):
        return []

    def get_sequence_names(self, schema=None):
        return []

    def has_table(self, table_name, schema=None):
        return _revlab_sa.reflect(table_name) is not None

    def has_sequence(self, sequence_name, schema=None):
        return False

    _EMPTY = {"columns": [], "pk": {"constrained_columns": [], "name": None}, "foreign_keys": [], "indexes": [],
              "unique_constraints": [], "check_constraints": []}

    def _reflect(self, table_name):
        # SQLite's PRAGMAs answer nothing for a missing table, and so does SQLAlchemy's dialect.
        info = _revlab_sa.reflect(table_name)
        if info is None:
            return self._EMPTY
        return info

    def get_columns(self, table_name, schema=None, **kw):
        info = self._reflect(table_name)
        out = []
        for col in info["columns"]:
            d = {"name": col["name"], "type": _type_from(col["type"]), "nullable": col["nullable"],
                 "default": col["default"], "autoincrement": "auto", "primary_key": col["primary_key"]}
            if "computed" in col:
                computed = {"sqltext": col["computed"]["sqltext"]}
                if "persisted" in col["computed"]:
                    computed["persisted"] = col["computed"]["persisted"]
                d["computed"] = computed
            out.append(d)
        return out

    def get_pk_constraint(self, table_name, schema=None, **kw):
        info = self._reflect(table_name)
        return {"constrained_columns": list(info["pk"]["constrained_columns"]), "name": info["pk"]["name"]}

    def get_primary_keys(self, table_name, schema=None, **kw):
        return self.get_pk_constraint(table_name)["constrained_columns"]

    def get_foreign_keys(self, table_name, schema=None, **kw):
        info = self._reflect(table_name)
        out = []
        for fk in info["foreign_keys"]:
            out.append({"name": fk["name"], "constrained_columns": list(fk["constrained_columns"]),
                        "referred_schema": fk["referred_schema"], "referred_table": fk["referred_table"],
                        "referred_columns": list(fk["referred_columns"]), "options": dict(fk["options"])})
        return out

    def get_indexes(self, table_name, schema=None, **kw):
        info = self._reflect(table_name)
        out = []
        for ix in info["indexes"]:
            options = {}
            if "sqlite_where" in ix["dialect_options"]:
                options["sqlite_where"] = elements.text(ix["dialect_options"]["sqlite_where"])
            out.append({"name": ix["name"], "column_names": list(ix["column_names"]),
                        "unique": 1 if ix["unique"] else 0, "dialect_options": options})
        return out

    def get_unique_constraints(self, table_name, schema=None, **kw):
        info = self._reflect(table_name)
        return [{"name": u["name"], "column_names": list(u["column_names"])} for u in info["unique_constraints"]]

    def get_check_constraints(self, table_name, schema=None, **kw):
        info = self._reflect(table_name)
        return [{"sqltext": c["sqltext"], "name": c["name"]} for c in info["check_constraints"]]

    def get_table_comment(self, table_name, schema=None, **kw):
        raise NotImplementedError()

    def get_table_options(self, table_name, schema=None, **kw):
        return {}

    def get_view_definition(self, view_name, schema=None):
        raise exc.NoSuchTableError(view_name)

    def get_sorted_table_and_fkc_names(self, schema=None):
        names = self.get_table_names()
        deps = {}
        fkcs = {}
        for name in names:
            fks = self.get_foreign_keys(name)
            fkcs[name] = set(fk["name"] for fk in fks)
            deps[name] = set(fk["referred_table"] for fk in fks if fk["referred_table"] != name)
        ordered = []
        done = set()

        def visit(n, path):
            if n in done or n in path:
                return
            for d in sorted(deps.get(n, ())):
                if d in deps:
                    visit(d, path | {n})
            done.add(n)
            ordered.append(n)

        for n in names:
            visit(n, set())
        return [(n, fkcs[n]) for n in ordered] + [(None, [])]

    def reflect_table(self, table, include_columns=None, exclude_columns=(), resolve_fks=True, _extend_on=None):
        reflect_table(table, self.bind, include_columns)


def reflect_table(table, bind, include_columns=None):
    """Fills `table` from the database (Table(..., autoload_with=bind))."""
    from ..sql import schema

    _refuse_offline()
    if getattr(bind, "_revlab_is_engine", False):
        bind = bind.connect()
    info = _revlab_sa.reflect(table.name)
    if info is None:
        raise exc.NoSuchTableError(table.name)
    insp = Inspector(bind)
    for col in insp.get_columns(table.name):
        if include_columns and col["name"] not in include_columns:
            continue
        if col["name"] in table.c:
            continue
        kwargs = {"nullable": col["nullable"], "primary_key": bool(col["primary_key"])}
        args = [col["name"], col["type"]]
        if col["default"] is not None:
            kwargs["server_default"] = schema.DefaultClause(elements.text(col["default"]), _reflected=True)
        if "computed" in col:
            args.append(schema.Computed(col["computed"]["sqltext"], col["computed"].get("persisted")))
        column = schema.Column(*args, **kwargs)
        if not column.nullable and not column.primary_key:
            pass
        table.append_column(column)
    pk = insp.get_pk_constraint(table.name)
    pk_cols = [table.c[n] for n in pk["constrained_columns"] if n in table.c]
    if pk_cols:
        const = schema.PrimaryKeyConstraint(*pk_cols, name=pk["name"])
        const._implicit_generated = False
        table.append_constraint(const)
        for c in pk_cols:
            c.primary_key = True
    for fk in insp.get_foreign_keys(table.name):
        cols = [c for c in fk["constrained_columns"] if c in table.c]
        if len(cols) != len(fk["constrained_columns"]):
            continue
        refs = ["%s.%s" % (fk["referred_table"], c) for c in fk["referred_columns"]]
        if fk["referred_table"] not in table.metadata.tables and fk["referred_table"] != table.name:
            try:
                schema.Table(fk["referred_table"], table.metadata, autoload_with=bind)
            except exc.NoSuchTableError:
                pass
        options = fk["options"]
        table.append_constraint(schema.ForeignKeyConstraint(cols, refs, name=fk["name"], link_to_name=True,
                                                            ondelete=options.get("ondelete"),
                                                            onupdate=options.get("onupdate"),
                                                            deferrable=options.get("deferrable"),
                                                            initially=options.get("initially")))
    for ix in insp.get_indexes(table.name):
        if any(n is None or n not in table.c for n in ix["column_names"]):
            continue
        kw = {}
        if "sqlite_where" in ix["dialect_options"]:
            kw["sqlite_where"] = ix["dialect_options"]["sqlite_where"]
        table._add_index(schema.Index(ix["name"], *[table.c[n] for n in ix["column_names"]],
                                      unique=bool(ix["unique"]), **kw))
    for uq in insp.get_unique_constraints(table.name):
        if all(n in table.c for n in uq["column_names"]):
            table.append_constraint(schema.UniqueConstraint(*uq["column_names"], name=uq["name"]))
    for ck in insp.get_check_constraints(table.name):
        table.append_constraint(schema.CheckConstraint(elements.text(ck["sqltext"]), name=ck["name"]))


def reflect_metadata(metadata, bind, only=None, extend_existing=False):
    from ..sql import schema

    if bind is None:
        raise exc.UnboundExecutionError("MetaData.reflect() needs a bind: metadata.reflect(bind=engine)")
    _refuse_offline()
    names = [n for n in _table_names(bind) if not n.startswith("sqlite_")]
    if only is not None:
        if callable(only):
            names = [n for n in names if only(n, metadata)]
        else:
            missing = [n for n in only if n not in names]
            if missing:
                raise exc.InvalidRequestError("Could not reflect: requested table(s) not available in %r: (%s)"
                                              % (bind.engine if hasattr(bind, "engine") else bind, ", ".join(missing)))
            names = [n for n in names if n in only]
    for name in names:
        if name in metadata.tables and not extend_existing:
            continue
        schema.Table(name, metadata, autoload_with=bind)
