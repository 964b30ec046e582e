"""DDL constructs and their SQLite compiler: CreateTable, DropTable, CreateIndex, DropIndex, DDL(text),
and MetaData.create_all / drop_all, after SQLAlchemy 1.4's sql/ddl.py and SQLite's DDL compiler.

CREATE TABLE renders as SQLAlchemy renders it ("\\nCREATE TABLE t (\\n\\tid INTEGER NOT NULL, \\n\\t...
\\n\\tPRIMARY KEY (id)\\n)\\n\\n"): column specifications (DEFAULT, NOT NULL, GENERATED ALWAYS AS,
PRIMARY KEY AUTOINCREMENT with sqlite_autoincrement), then the primary key and the other constraints in
the order they were created, named by the MetaData's naming convention.

Revlab's migrations render DDL in C++ (core/schema); this is for scripts that call create_all()
themselves (`revlab python`, data migrations that build a scratch table).
"""
from .. import exc
from . import elements
from . import schema as sa_schema
from . import sqltypes


class _DDLElement(elements.ClauseElement):
    supports_execution = True
    is_dml = False
    _ddl_compile = True
    if_exists = if_not_exists = False

    def __init__(self, element, if_exists=False, if_not_exists=False, **kw):
        self.element = element
        self.if_exists = if_exists
        self.if_not_exists = if_not_exists

    def compile(self, bind=None, dialect=None, **kw):
        from .compiler import _dialect_or_default

        if dialect is None and bind is not None:
            dialect = bind.dialect
        return DDLCompiler(_dialect_or_default(dialect), self)

    def __str__(self):
        return str(self.compile())

    def __revlab_compile__(self, literal_binds):
        from .type_api import _sqlite_dialect

        return DDLCompiler(_sqlite_dialect(), self).string, ()

    def execute(self, bind=None, target=None):
        return bind.execute(self)


class CreateTable(_DDLElement):
    __visit_name__ = "create_table"


class DropTable(_DDLElement):
    __visit_name__ = "drop_table"


class CreateIndex(_DDLElement):
    __visit_name__ = "create_index"


class DropIndex(_DDLElement):
    __visit_name__ = "drop_index"


class CreateSequence(_DDLElement):
    __visit_name__ = "create_sequence"


class DropSequence(_DDLElement):
    __visit_name__ = "drop_sequence"


class DDL(_DDLElement):
    """DDL("any statement"): SQL text run as is (%(table)s and friends are not substituted here)."""

    __visit_name__ = "ddl"

    def __init__(self, statement, context=None, bind=None):
        self.statement = statement
        self.context = context or {}
        self.element = None

    def execute_if(self, dialect=None, callable_=None, state=None):
        return self


class DDLCompiler:
    """Renders one DDL construct; str() of it is the SQL."""

    def __init__(self, dialect, statement):
        from .compiler import SQLCompiler

        self.dialect = dialect
        self.statement = statement
        self.preparer = dialect.identifier_preparer
        self.sql_compiler = SQLCompiler(dialect, elements.literal_column("1"))
        self.string = getattr(self, "visit_" + statement.__visit_name__)(statement)

    def __str__(self):
        return self.string

    @property
    def params(self):
        return {}

    def _sql(self, element, **kw):
        return self.sql_compiler.process(element, include_table=False, literal_binds=True, **kw)

    def visit_ddl(self, ddl):
        return ddl.statement.replace("%%", "%")

    def visit_create_table(self, create):
        table = create.element
        text = "\nCREATE TABLE "
        if create.if_not_exists:
            text += "IF NOT EXISTS "
        text += self.preparer.format_table(table) + " ("
        separator = "\n"
        for column in table.columns:
            if column.system:
                continue
            try:
                spec = self.get_column_specification(column)
            except exc.CompileError as ce:
                raise exc.CompileError("(in table '%s', column '%s'): %s" % (table.description, column.name, ce.args[0]))
            text += separator + "\t" + spec
            separator = ", \n"
        const = self.create_table_constraints(table)
        if const:
            text += separator + "\t" + const
        suffix = "\n WITHOUT ROWID" if table.dialect_kwargs.get("sqlite_with_rowid") is False else ""
        return text + "\n)%s\n\n" % suffix

    def get_column_specification(self, column):
        coltype = self.dialect.type_compiler.process(column.type)
        colspec = self.preparer.quote(column.name) + " " + coltype
        default = self.get_column_default_string(column)
        if default is not None:
            if isinstance(column.server_default.arg, elements.ColumnElement) and self.dialect.name == "sqlite":
                default = "(" + default + ")"
            colspec += " DEFAULT " + default
        if not column.nullable:
            colspec += " NOT NULL"
        table = column.table
        if column.primary_key:
            pk_count = len(table.primary_key._resolved_columns())
            if column.autoincrement is True and pk_count != 1:
                raise exc.CompileError("SQLite does not support autoincrement for composite primary keys")
            if (table.sqlite_autoincrement and pk_count == 1
                    and issubclass(column.type._type_affinity, sqltypes.Integer) and not column.foreign_keys):
                colspec += " PRIMARY KEY AUTOINCREMENT"
        if column.computed is not None:
            colspec += " GENERATED ALWAYS AS (%s)" % self._sql(column.computed.sqltext)
            if column.computed.persisted is True:
                colspec += " STORED"
            elif column.computed.persisted is False:
                colspec += " VIRTUAL"
        return colspec

    def get_column_default_string(self, column):
        default = column.server_default
        if isinstance(default, sa_schema.DefaultClause):
            if isinstance(default.arg, str):
                return self.sql_compiler.render_literal_value(default.arg, sqltypes.STRINGTYPE)
            return self.sql_compiler.process(default.arg, literal_binds=True)
        return None

    def create_table_constraints(self, table):
        constraints = []
        if table.primary_key._resolved_columns():
            constraints.append(table.primary_key)
        others = [c for c in table._constraint_order if c is not table.primary_key]
        others.sort(key=lambda c: c._creation_order)
        constraints.extend(others)
        out = []
        for c in constraints:
            text = self.process_constraint(c)
            if text:
                out.append(text)
        return ", \n\t".join(out)

    def process_constraint(self, c):
        if isinstance(c, sa_schema.PrimaryKeyConstraint):
            return self.visit_primary_key_constraint(c)
        if isinstance(c, sa_schema.ForeignKeyConstraint):
            return self.visit_foreign_key_constraint(c)
        if isinstance(c, sa_schema.UniqueConstraint):
            return self.visit_unique_constraint(c)
        if isinstance(c, sa_schema.CheckConstraint):
            return self.visit_check_constraint(c)
        return None

    def _constraint_prefix(self, constraint):
        if constraint.name is not None:
            return "CONSTRAINT %s " % self.preparer.quote(constraint.name)
        return ""

    def _deferrability(self, constraint):
        text = ""
        if constraint.deferrable is not None:
            text += " DEFERRABLE" if constraint.deferrable else " NOT DEFERRABLE"
        if constraint.initially is not None:
            text += " INITIALLY %s" % constraint.initially
        return text

    def visit_primary_key_constraint(self, constraint):
        cols = constraint._resolved_columns()
        if not cols:
            return ""
        if len(cols) == 1:
            c = cols[0]
            if (c.table.sqlite_autoincrement and issubclass(c.type._type_affinity, sqltypes.Integer)
                    and not c.foreign_keys):
                return None
        return (self._constraint_prefix(constraint) + "PRIMARY KEY (%s)" % ", ".join(self.preparer.quote(c.name) for c in cols)
                + self._deferrability(constraint))

    def visit_unique_constraint(self, constraint):
        cols = constraint._resolved_columns()
        if not cols:
            return ""
        return (self._constraint_prefix(constraint) + "UNIQUE (%s)" % ", ".join(self.preparer.quote(c.name) for c in cols)
                + self._deferrability(constraint))

    def visit_check_constraint(self, constraint):
        return (self._constraint_prefix(constraint) + "CHECK (%s)" % self._sql(constraint.sqltext)
                + self._deferrability(constraint))

    def visit_foreign_key_constraint(self, constraint):
        fks = constraint.elements
        remote = fks[0].column.table
        text = self._constraint_prefix(constraint)
        text += "FOREIGN KEY(%s) REFERENCES %s (%s)" % (
            ", ".join(self.preparer.quote(f.parent.name) for f in fks),
            self.preparer.format_table(remote, use_schema=False),
            ", ".join(self.preparer.quote(f.column.name) for f in fks))
        if constraint.match is not None:
            text += " MATCH %s" % constraint.match
        if constraint.ondelete is not None:
            text += " ON DELETE %s" % constraint.ondelete
        if constraint.onupdate is not None:
            text += " ON UPDATE %s" % constraint.onupdate
        return text + self._deferrability(constraint)

    def _format_sequence(self, sequence):
        name = self.preparer.quote(sequence.name)
        if sequence.schema is not None:
            name = self.preparer.quote_schema(sequence.schema) + "." + name
        return name

    def visit_create_sequence(self, create):
        # SQLAlchemy renders it on any dialect; SQLite then refuses the statement.
        seq = create.element
        text = "CREATE SEQUENCE %s" % self._format_sequence(seq)
        options = []
        if seq.increment is not None:
            options.append("INCREMENT BY %d" % seq.increment)
        options.append("START WITH %d" % (seq.start if seq.start is not None else 1))
        for key, word in (("minvalue", "MINVALUE"), ("maxvalue", "MAXVALUE")):
            if getattr(seq, key) is not None:
                options.append("%s %d" % (word, getattr(seq, key)))
        if seq.nominvalue is not None:
            options.append("NO MINVALUE")
        if seq.nomaxvalue is not None:
            options.append("NO MAXVALUE")
        if seq.cache is not None:
            options.append("CACHE %d" % seq.cache)
        if seq.order is not None:
            options.append("ORDER" if seq.order else "NO ORDER")
        if seq.cycle is not None:
            options.append("CYCLE" if seq.cycle else "NO CYCLE")
        return text + " " + " ".join(options)

    def visit_drop_sequence(self, drop):
        return "DROP SEQUENCE %s" % self._format_sequence(drop.element)

    def visit_drop_table(self, drop):
        text = "\nDROP TABLE "
        if drop.if_exists:
            text += "IF EXISTS "
        return text + self.preparer.format_table(drop.element)

    def visit_create_index(self, create):
        index = create.element
        if index.table is None:
            raise exc.CompileError("Index '%s' is not associated with any table." % index.name)
        if index.name is None:
            raise exc.CompileError("CREATE INDEX requires that the index have a name")
        text = "CREATE "
        if index.unique:
            text += "UNIQUE "
        text += "INDEX "
        if create.if_not_exists:
            text += "IF NOT EXISTS "
        text += "%s ON %s (%s)" % (self.preparer.quote(index.name),
                                   self.preparer.format_table(index.table, use_schema=False),
                                   ", ".join(self._sql(e) for e in index.expressions))
        where = index.dialect_kwargs.get("sqlite_where")
        if where is not None:
            text += " WHERE " + self._sql(elements._criterion(where))
        return text

    def visit_drop_index(self, drop):
        index = drop.element
        if index.name is None:
            raise exc.CompileError("DROP INDEX requires that the index have a name")
        text = "\nDROP INDEX "
        if drop.if_exists:
            text += "IF EXISTS "
        return text + self.preparer.quote(index.name)


def _tables_to_act_on(metadata, tables):
    if tables is None:
        return metadata.sorted_tables
    return sa_schema._sort_tables(list(tables))


def _connection(bind):
    if getattr(bind, "_revlab_is_engine", False):  # an Engine (a Connection says False)
        return bind.connect(), True
    return bind, False


def create_all(bind, metadata, tables=None, checkfirst=True):
    if bind is None:
        raise exc.UnboundExecutionError("MetaData.create_all() needs a bind: metadata.create_all(engine)")
    conn, owned = _connection(bind)
    try:
        from ..engine.reflection import _table_names

        existing = set(_table_names(conn)) if checkfirst else set()
        for table in _tables_to_act_on(metadata, tables):
            if table.name in existing:
                continue
            conn.execute(CreateTable(table))
            for index in sorted(table._index_order, key=lambda i: i.name or ""):
                conn.execute(CreateIndex(index))
        if owned:
            conn.commit()
    finally:
        if owned:
            conn.close()


def drop_all(bind, metadata, tables=None, checkfirst=True):
    if bind is None:
        raise exc.UnboundExecutionError("MetaData.drop_all() needs a bind: metadata.drop_all(engine)")
    conn, owned = _connection(bind)
    try:
        from ..engine.reflection import _table_names

        existing = set(_table_names(conn)) if checkfirst else None
        for table in reversed(_tables_to_act_on(metadata, tables)):
            if existing is not None and table.name not in existing:
                continue
            conn.execute(DropTable(table))
        if owned:
            conn.commit()
    finally:
        if owned:
            conn.close()
