#!/usr/bin/python3
"""Reference strings for tests/unit/schema_test.cpp, from the real SQLAlchemy 1.4.46 and Alembic
1.8.1 (run with Debian's /usr/bin/python3, which has them).

    /usr/bin/python3 tests/conformance/schema_reference.py [section ...]

Sections: types, tables, alters, reflect, affinity. Each prints C++ string literals ready to paste
into the test, so when a case changes here, its expectation is regenerated rather than retyped.
"""
import sys
import warnings

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from alembic.migration import MigrationContext
from alembic.operations import Operations

warnings.filterwarnings("ignore")
DIALECT = sqlite.dialect()


def cxx(s):
    """A C++ string literal for s."""
    out = '"'
    for ch in s:
        out += {"\n": "\\n", "\t": "\\t", '"': '\\"', "\\": "\\\\"}.get(ch, ch)
    return out + '"'


def run_ops(fn):
    """The statements Alembic executes for fn(op), PRAGMAs and sqlite_master reads left out."""
    eng = sa.create_engine("sqlite:///:memory:")
    with eng.connect() as conn:
        stmts = []

        @sa.event.listens_for(conn, "before_cursor_execute")
        def _b(c, cursor, statement, params, context, executemany):
            if not statement.startswith("PRAGMA") and "sqlite_master" not in statement:
                stmts.append(statement)

        try:
            fn(Operations(MigrationContext.configure(conn)))
        except sa.exc.OperationalError as e:  # the statement was made; SQLite refused it
            stmts.append("-- SQLite refused the last statement: %s" % e.orig)
        return stmts


def reflect(setup, table):
    """Runs the setup SQL, then reflects `table` the ways Alembic does."""
    eng = sa.create_engine("sqlite:///:memory:")
    with eng.connect() as conn:
        for s in setup:
            conn.exec_driver_sql(s)
        insp = sa.inspect(conn)
        out = {
            "columns": insp.get_columns(table),
            "pk": insp.get_pk_constraint(table),
            "fks": insp.get_foreign_keys(table),
            "uniques": insp.get_unique_constraints(table),
            "checks": insp.get_check_constraints(table),
            "indexes": insp.get_indexes(table),
        }
        try:
            t = sa.Table(table, sa.MetaData(), autoload_with=conn)
            out["create"] = str(sa.schema.CreateTable(t).compile(dialect=conn.dialect))
            out["create_indexes"] = [
                str(sa.schema.CreateIndex(ix).compile(dialect=conn.dialect))
                for ix in sorted(t.indexes, key=lambda i: i.name)
            ]
        except Exception as e:  # noqa: BLE001 - the error is the reference
            out["create"] = "ERROR %s: %s" % (type(e).__name__, e)
            out["create_indexes"] = []
        return out


TYPES = [
    ("Integer", sa.Integer()), ("BigInteger", sa.BigInteger()), ("SmallInteger", sa.SmallInteger()),
    ("String()", sa.String()), ("String(50)", sa.String(50)), ("String(0)", sa.String(0)),
    ("String(10, collation=NOCASE)", sa.String(10, collation="NOCASE")), ("Unicode(20)", sa.Unicode(20)),
    ("Text", sa.Text()), ("Text(5)", sa.Text(5)), ("UnicodeText", sa.UnicodeText()), ("Boolean", sa.Boolean()),
    ("Date", sa.Date()), ("DateTime(timezone=True)", sa.DateTime(timezone=True)), ("Time", sa.Time()),
    ("Interval", sa.Interval()), ("Float", sa.Float()), ("Float(10)", sa.Float(10)), ("Numeric", sa.Numeric()),
    ("Numeric(10)", sa.Numeric(10)), ("Numeric(10, 2)", sa.Numeric(10, 2)), ("Numeric(scale=2)", sa.Numeric(scale=2)),
    ("LargeBinary", sa.LargeBinary()), ("LargeBinary(10)", sa.LargeBinary(10)), ("JSON", sa.JSON()),
    ("PickleType", sa.PickleType()), ("Enum('a', 'bcd')", sa.Enum("a", "bcd")), ("Enum()", sa.Enum()),
    ("Enum('a', length=20)", sa.Enum("a", length=20)),
    ("Enum('a', length=20, native_enum=False)", sa.Enum("a", length=20, native_enum=False)),
    ("Enum('é', 'ab')", sa.Enum("é", "ab")),
    ("INTEGER", sa.INTEGER()), ("BIGINT", sa.BIGINT()), ("SMALLINT", sa.SMALLINT()), ("VARCHAR", sa.VARCHAR()),
    ("VARCHAR(5)", sa.VARCHAR(5)), ("NVARCHAR(5)", sa.NVARCHAR(5)), ("CHAR", sa.CHAR()), ("CHAR(3)", sa.CHAR(3)),
    ("NCHAR(2)", sa.NCHAR(2)), ("TEXT", sa.TEXT()), ("CLOB", sa.CLOB()), ("CLOB(5)", sa.CLOB(5)),
    ("BLOB", sa.BLOB()), ("BINARY", sa.BINARY()), ("BINARY(4)", sa.BINARY(4)), ("VARBINARY(4)", sa.VARBINARY(4)),
    ("BOOLEAN", sa.BOOLEAN()), ("DATE", sa.DATE()), ("DATETIME", sa.DATETIME()), ("TIMESTAMP", sa.TIMESTAMP()),
    ("TIME", sa.TIME()), ("REAL", sa.REAL()), ("FLOAT", sa.FLOAT()), ("NUMERIC(5, 1)", sa.NUMERIC(5, 1)),
    ("DECIMAL", sa.DECIMAL()), ("DECIMAL(5)", sa.DECIMAL(5)), ("DECIMAL(5, 2)", sa.DECIMAL(5, 2)),
    ("sqlite.DATETIME", sqlite.DATETIME()), ("sqlite.DATE", sqlite.DATE()), ("sqlite.TIME", sqlite.TIME()),
    ("sqlite.JSON", sqlite.JSON()), ("CHAR(3, collation='x')", sa.CHAR(3, collation="x")),
    ("TEXT(collation='x')", sa.TEXT(collation="x")), ("NVARCHAR(collation='a\"b')", sa.NVARCHAR(collation='a"b')),
]


def section_types():
    for label, t in TYPES:
        print("    {%s, %s, %s}," % (cxx(label), cxx(str(t.compile(dialect=DIALECT))),
                                    cxx(t._type_affinity.__name__.lower())))


# Declared types as SQLite stores them, through get_columns' _resolve_type_affinity and back out
# through the type compiler (what a reflected-then-recreated table says).
DECLARED = [
    "INTEGER", "int", "BIGINT", "UNSIGNED BIG INT", "TINYINT", "MEDIUMINT", "INT2", "INT8", "VARCHAR(45)",
    "varchar(45)", "VARCHAR (45)", "CHARACTER(20)", "NCHAR(55)", "NATIVE CHARACTER(70)", "NVARCHAR(100)",
    "TEXT", "CLOB", "BLOB", "", "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT(53)", "NUMERIC",
    "DECIMAL(10,5)", "DECIMAL(10, 5)", "NUMERIC(10, 2)", "BOOLEAN", "BOOL", "DATE", "DATETIME", "DATETIME(6)",
    "TIMESTAMP", "TIME", "DATE_CHAR", "DATETIME_CHAR", "TIME_CHAR", "JSON", "XBLOB", "INTEGER(11)",
    "VARCHAR(10, 5)", "CHAR(1)", "REAL(5, 2)", "FLOATING POINT", "MONEY", "STRING", "VARCHAR(", "(10)",
    "TEXT(10)", "BLOB(10)", "DATE(1)", "JSON(1)", "NVARCHAR(1, 2)", "NUMERIC(1,2,3,4,5)", "TIMESTAMP(3)",
    "BOOLEAN(1)", "BOOLEAN(0)", "VARCHAR(10) NOT", "INT\n(5)", "DEC(5)", "CHAR(1)(2)", "é(3)",
]


def section_declared():
    for declared in DECLARED:
        t = DIALECT._resolve_type_affinity(declared.upper())  # as get_columns calls it
        try:
            ddl = str(t.compile(dialect=DIALECT))
        except Exception:  # noqa: BLE001
            ddl = "ERROR"
        print("    {%s, %s, %s}," % (cxx(declared), cxx(type(t).__name__), cxx(ddl)))


def show(label, stmts):
    print("// %s" % label)
    for s in stmts:
        print("    " + cxx(s))


TABLES = {
    "basic": lambda op: op.create_table(
        "t", sa.Column("id", sa.Integer(), nullable=False), sa.Column("n", sa.Numeric(10, 2), server_default=sa.text("0")),
        sa.PrimaryKeyConstraint("id")),
    "column_level_order": lambda op: op.create_table(
        "t", sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("a", sa.Integer(), sa.ForeignKey("p.id"), unique=True),
        sa.Column("b", sa.Boolean(create_constraint=True)),
        sa.Column("c", sa.Integer(), unique=True, index=True),
        sa.Column("e", sa.Enum("x", "yy", name="en", create_constraint=True)),
        sa.Column("d", sa.Integer(), sa.ForeignKey("p.id")),
        sa.CheckConstraint("a > 0"), sa.UniqueConstraint("b", name="uq_b"), sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["d"], ["p.id"], name="fk_d")),
    "quoting_and_fk_options": lambda op: op.create_table(
        "T x", sa.Column("Id", sa.Integer(), primary_key=True),
        sa.Column("z", sa.Boolean(create_constraint=True, name="ck_z"),
                  sa.ForeignKey("p.id", ondelete="CASCADE", onupdate="SET NULL", deferrable=True,
                                initially="DEFERRED"), unique=True),
        sa.Column("order", sa.Enum("it's", 'b"c', create_constraint=True),
                  sa.ForeignKey("P.Id", name="fk_o", match="FULL")),
        sa.UniqueConstraint("z", "order"),
        sa.ForeignKeyConstraint(["z", "order"], ["Other T.a", "Other T.b"], deferrable=False)),
    "defaults": lambda op: op.create_table(
        "d", sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("s", sa.String(10), server_default="it's"),
        sa.Column("t", sa.DateTime(), server_default=sa.func.now()),
        sa.Column("u", sa.Integer(), server_default=sa.text("1 + 1")),
        sa.Column("v", sa.String(), server_default=sa.text("':x' || 'a\\:b'")),
        sa.Column("w", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("x", sa.Date(), server_default=sa.func.current_date())),
    "autoincrement": lambda op: op.create_table(
        "a", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("x", sa.String(5)),
        sqlite_autoincrement=True),
    "autoincrement_named_pk": lambda op: op.create_table(
        "a", sa.Column("id", sa.BigInteger(), nullable=False), sa.PrimaryKeyConstraint("id", name="pk_a"),
        sqlite_autoincrement=True),
    "autoincrement_with_fk": lambda op: op.create_table(
        "a", sa.Column("id", sa.Integer(), sa.ForeignKey("b.id"), primary_key=True), sqlite_autoincrement=True),
    "autoincrement_not_integer": lambda op: op.create_table(
        "a", sa.Column("id", sa.String(5), primary_key=True), sqlite_autoincrement=True),
    "composite_pk": lambda op: op.create_table(
        "c", sa.Column("b", sa.Integer(), primary_key=True), sa.Column("a", sa.String(3), primary_key=True),
        sa.Column("v", sa.Text())),
    "composite_pk_explicit_order": lambda op: op.create_table(
        "c", sa.Column("a", sa.Integer(), nullable=False), sa.Column("b", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("b", "a", name="Pk C")),
    "no_pk": lambda op: op.create_table("n", sa.Column("x", sa.Integer()), sa.Column("y", sa.Integer())),
    "reserved_words": lambda op: op.create_table(
        "select", sa.Column("from", sa.Integer(), primary_key=True), sa.Column("Group", sa.String(1)),
        sa.Column("a b", sa.Integer()), sa.Column('q"t', sa.Integer()), sa.Column("1st", sa.Integer()),
        sa.Column("$x", sa.Integer()), sa.Column("x$", sa.Integer()), sa.Column("ünï", sa.Integer()),
        sa.UniqueConstraint("Group", "a b", name="Uq"), sa.CheckConstraint('"from" > 0', name="check"),
        sa.Index("ix_select_group", "Group")),
    "enum_named": lambda op: op.create_table(
        "e", sa.Column("e", sa.Enum("a", "b", name="Mood", create_constraint=True)),
        sa.Column("f", sa.Enum(create_constraint=True)), sa.Column("g", sa.Enum("x", "yz"))),
    "visits": lambda op: op.create_table(
        "user_visits", sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ip", sa.String(length=45), nullable=True),
        sa.Column("user_agent", sa.String(length=255), nullable=True),
        sa.Column("timestamp", sa.DateTime(), nullable=True), sa.PrimaryKeyConstraint("id")),
    "indexes": lambda op: (
        op.create_table("i", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("x", sa.Integer()),
                        sa.Column("Y", sa.String(5)), sa.Column("z", sa.Integer(), index=True),
                        sa.Column("w", sa.Integer(), index=True, unique=True)),
        op.create_index("ix_multi", "i", ["x", "Y"]),
        op.create_index("Ix Expr", "i", ["x", sa.text("lower(\"Y\")")], unique=True,
                        sqlite_where=sa.text("x > 5")),
        op.create_index(op.f("ix_i_x"), "i", ["x"], sqlite_where=sa.text("x = :v OR x = 1"))),
}


def section_tables():
    for name, fn in TABLES.items():
        try:
            show(name, run_ops(fn))
        except Exception as e:  # noqa: BLE001
            print("// %s: ERROR %s: %s" % (name, type(e).__name__, e))


def section_alters():
    def ops(op):
        op.create_table("Tab", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("x", sa.Integer()))
        op.add_column("Tab", sa.Column("New Col", sa.String(10), server_default="a'b", nullable=False,
                                       unique=True, index=True))
        op.add_column("Tab", sa.Column("n2", sa.Integer(), server_default=sa.text("0"), primary_key=True))
        op.add_column("Tab", sa.Column("b", sa.Boolean(create_constraint=True)))
        op.add_column("Tab", sa.Column("c", sa.DateTime(), server_default=sa.func.now()))
        op.alter_column("Tab", "x", new_column_name="select")
        op.drop_index("ix_Tab_New Col", table_name="Tab")
        op.drop_column("Tab", "b")
        op.rename_table("Tab", "order")
        op.drop_table("order")
    show("alters", run_ops(ops))


# Tables written by hand (as a learner's op.execute would), and tables as Alembic writes them.
REFLECT = {
    "alembic_style": (["\nCREATE TABLE p (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n",
                       "\nCREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tp_id INTEGER, \n\tname VARCHAR(50) "
                       "DEFAULT 'x' NOT NULL, \n\tflag BOOLEAN, \n\tCONSTRAINT pk_t PRIMARY KEY (id), \n\t"
                       "CONSTRAINT fk_t_p FOREIGN KEY(p_id) REFERENCES p (id) ON DELETE CASCADE, \n\t"
                       "CONSTRAINT uq_t_name UNIQUE (name), \n\tUNIQUE (p_id, name), \n\t"
                       "CONSTRAINT ck_flag CHECK (flag IN (0, 1)), \n\tCHECK (length(name) > 0)\n)\n\n",
                       "CREATE INDEX ix_t_name ON t (name)",
                       "CREATE UNIQUE INDEX ix_t_p ON t (p_id) WHERE p_id > 0"], "t"),
    "one_line": (["CREATE TABLE p (id INTEGER PRIMARY KEY)",
                  "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a INT REFERENCES p, b VARCHAR(10) "
                  "UNIQUE, c TEXT CHECK (c > 0), CONSTRAINT ck1 CHECK (a<>b), CONSTRAINT uq UNIQUE (a, b), "
                  "CONSTRAINT fk FOREIGN KEY (b) REFERENCES p(id) ON DELETE CASCADE)",
                  "CREATE INDEX ix ON t (a DESC, b)", "CREATE INDEX ix2 ON t (lower(b))",
                  "CREATE UNIQUE INDEX ix3 ON t (c) WHERE c > 5 AND a = 1"], "t"),
    "inline_unique": (["CREATE TABLE u (id integer primary key, email varchar unique, \"Nick Name\" text "
                       "not null unique, code char(3) unique)"], "u"),
    "no_type_column": (["CREATE TABLE n (a, b INTEGER)"], "n"),
    "quoted_names": (["CREATE TABLE \"Parent\" (\"Key\" INTEGER PRIMARY KEY)",
                      "CREATE TABLE \"My Table\" (\n\t\"Id\" INTEGER NOT NULL, \n\t\"Parent Key\" INTEGER, "
                      "\n\tCONSTRAINT \"My PK\" PRIMARY KEY (\"Id\"), \n\tCONSTRAINT \"My FK\" FOREIGN "
                      "KEY(\"Parent Key\") REFERENCES \"Parent\" (\"Key\"), \n\tCONSTRAINT \"My UQ\" UNIQUE "
                      "(\"Parent Key\"), \n\tCONSTRAINT \"My CK\" CHECK (\"Id\" > 0)\n)"], "My Table"),
    "fk_variants": (["CREATE TABLE p (a INTEGER, b INTEGER, PRIMARY KEY (a, b))",
                     "CREATE TABLE t (\n\tx INTEGER, \n\ty INTEGER, \n\tz INTEGER REFERENCES t, \n\t"
                     "FOREIGN KEY(x, y) REFERENCES p (a, b) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE "
                     "INITIALLY DEFERRED, \n\tCONSTRAINT f2 FOREIGN KEY(y) REFERENCES p (b) NOT DEFERRABLE, \n\t"
                     "FOREIGN KEY(x) REFERENCES p (a) ON DELETE NO ACTION MATCH FULL, \n\tFOREIGN KEY(z) "
                     "REFERENCES p\n)"], "t"),
    "fk_variants_ok": (["CREATE TABLE p (a INTEGER, b INTEGER, PRIMARY KEY (a, b))",
                        "CREATE TABLE q (id INTEGER PRIMARY KEY)",
                        "CREATE TABLE t (\n\tx INTEGER, \n\ty INTEGER, \n\tz INTEGER REFERENCES q, \n\t"
                        "FOREIGN KEY(x, y) REFERENCES p (a, b) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE "
                        "INITIALLY DEFERRED, \n\tCONSTRAINT f2 FOREIGN KEY(y) REFERENCES p (b) NOT DEFERRABLE, "
                        "\n\tFOREIGN KEY(x) REFERENCES p (a) ON DELETE NO ACTION MATCH FULL, \n\tFOREIGN "
                        "KEY(z) REFERENCES \"q\" (id) ON delete restrict on update set default deferrable initially "
                        "immediate\n)"], "t"),
    "fk_missing_table": (["CREATE TABLE t (id INTEGER PRIMARY KEY, a INT REFERENCES missing(x))"], "t"),
    "fk_missing_in_chain": (["CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INT REFERENCES b(id))",
                             "CREATE TABLE b (id INTEGER PRIMARY KEY, c_id INT REFERENCES c(id))",
                             "CREATE TABLE t (id INTEGER PRIMARY KEY, a_id INT REFERENCES a(id))"], "t"),
    "defaults": (["CREATE TABLE d (a INTEGER DEFAULT 0, b TEXT DEFAULT 'it''s', c DATETIME DEFAULT "
                  "(CURRENT_TIMESTAMP), d TEXT DEFAULT CURRENT_TIMESTAMP, e TEXT DEFAULT ':x', f REAL DEFAULT "
                  "-1.5, g BLOB DEFAULT x'00', h TEXT DEFAULT NULL)"], "d"),
    "generated": (["CREATE TABLE g (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL, c TEXT AS "
                   "(upper(a)) STORED, d INTEGER NOT NULL)"], "g"),
    "checks_multiline": (["CREATE TABLE c (\n\ta INTEGER CHECK (a > 0), \n\tb INTEGER, \n\tCONSTRAINT "
                          "\"b pos\" CHECK (b >= 0), \n\tconstraint lower_ck check (a < b)\n)"], "c"),
    "types": (["CREATE TABLE ty (a VARCHAR(45), b NUMERIC(10, 2), c FLOAT(53), d DATETIME(6), e BOOL, f "
               "DOUBLE, g UNSIGNED BIG INT, h DECIMAL(10,5), i NVARCHAR(20), j JSON, k DATE_CHAR, l CLOB, m "
               "INTEGER(11), n BOOLEAN(1), o MONEY, q INTEGER REFERENCES ty(a), UNIQUE(a))"], "ty"),
    "autoindex_pk": (["CREATE TABLE k (code TEXT PRIMARY KEY, n INTEGER, UNIQUE (n))"], "k"),
    "composite_pk_order": (["CREATE TABLE cp (a INTEGER, b INTEGER, c INTEGER, PRIMARY KEY (c, a))"], "cp"),
    "untyped_fk_column": (["CREATE TABLE p (id BIGINT PRIMARY KEY, code VARCHAR(3))",
                           "CREATE TABLE t (c REFERENCES t(a), a REFERENCES p, b REFERENCES p(code), e REFERENCES r(x))",
                           "CREATE TABLE r (x REFERENCES p(code))"], "t"),
    "blank_column_name": (['CREATE TABLE t (a INTEGER, "" TEXT)'], "t"),
    "view": (["CREATE TABLE base (id INTEGER PRIMARY KEY, x TEXT)",
              "CREATE VIEW v AS SELECT id, x FROM base"], "v"),
    "visits": (["\nCREATE TABLE user_visits (\n\tid INTEGER NOT NULL, \n\tip VARCHAR(45), \n\tuser_agent "
                "VARCHAR(255), \n\ttimestamp DATETIME, \n\tvisit_count INTEGER DEFAULT '1' NOT NULL, \n\t"
                "PRIMARY KEY (id)\n)\n\n"], "user_visits"),
    "autoincrement": (["\nCREATE TABLE a (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tx VARCHAR(5)\n)"
                       "\n\n"], "a"),
}


def section_reflect():
    for name, (setup, table) in REFLECT.items():
        r = reflect(setup, table)
        print("// %s" % name)
        for key in ["columns", "pk", "fks", "uniques", "checks", "indexes"]:
            print("//   %s: %r" % (key, r[key]))
        print("    " + cxx(r["create"]))
        for ix in r["create_indexes"]:
            print("    " + cxx(ix))


# The tables the TABLES cases refer to, made first so that reflection can resolve the keys.
REFERRED = {
    "column_level_order": ["CREATE TABLE p (id INTEGER PRIMARY KEY)"],
    "quoting_and_fk_options": ["CREATE TABLE p (id INTEGER PRIMARY KEY)",
                               'CREATE TABLE "Other T" (a INTEGER, b INTEGER, PRIMARY KEY (a, b))'],
    "autoincrement_with_fk": ["CREATE TABLE b (id INTEGER PRIMARY KEY)"],
}


def section_roundtrip():
    """Each TABLES case made by Alembic, then reflected and rendered back (what batch mode emits)."""
    for name, fn in TABLES.items():
        stmts = [x for x in run_ops(fn) if not x.startswith("--")]
        if len(stmts) != len(run_ops(fn)):
            continue
        table = stmts[0].split("TABLE ", 1)[1].split(" (", 1)[0].strip('"')
        r = reflect(REFERRED.get(name, []) + stmts, table)
        print("// %s" % name)
        print("    " + cxx(r["create"]))
        for ix in r["create_indexes"]:
            print("    " + cxx(ix))


if __name__ == "__main__":
    sections = sys.argv[1:] or ["types", "declared", "tables", "alters", "reflect", "roundtrip"]
    for section in sections:
        print("//// " + section)
        globals()["section_" + section]()
