#!/usr/bin/python3
"""Builds a models.py with the real Flask-SQLAlchemy 3.0.3 / SQLAlchemy 1.4.46 and prints its MetaData.

Usage: /usr/bin/python3 tests/conformance/models_reference.py MODELS.py [--sql]
       /usr/bin/python3 tests/conformance/models_reference.py --check tests/unit/models_test.cpp

The file is imported as `app.models`, with `app.db` and `app.extensions.db` set to one SQLAlchemy()
instance (a `db = SQLAlchemy()` in the file itself is used instead when there is one). The output is
the same text that models_test.cpp's dump() makes from Revlab's models::MetaData, so an expected
value in the tests can be pasted from here:

    TABLE name [sqlite_autoincrement]
      <column> <TYPE> NULL|NOT NULL [PK] [DEFAULT <sql>] [AUTOINCREMENT=True|False]
      PRIMARY KEY [name=<n>] (<cols>)
      UNIQUE [name=<n>] (<cols>)                     # constraints in Table._sorted_constraints order
      FOREIGN KEY [name=<n>] (<cols>) -> <table>(<cols>) [ON DELETE x] [ON UPDATE y]
      CHECK [name=<n>] (<sql>)
      INDEX <name> [UNIQUE] (<cols>) [WHERE <sql>]   # sorted by name (Table.indexes is a set)

With --sql it also prints CREATE TABLE / CREATE INDEX as SQLAlchemy compiles them for SQLite.
An exception while importing is printed as `ERROR <Type>: <message>` (exit status 1).

--check re-derives every expected dump of models_test.cpp (each `source = R"py(...)py"` followed by
`dump(load(source)) == R"(...)"`) from the real libraries, and exits 1 if one no longer matches.
"""
import sys
import types


def load(path):
    from flask import Flask
    from flask_sqlalchemy import SQLAlchemy

    db = SQLAlchemy()
    try:
        import flask_login  # noqa: F401
    except ImportError:  # Debian's python3-flask-login is optional: its UserMixin has no columns
        stub = types.ModuleType('flask_login')
        stub.UserMixin = type('UserMixin', (), {'is_active': True})
        sys.modules['flask_login'] = stub
    app_pkg = types.ModuleType('app')
    app_pkg.__path__ = []
    app_pkg.db = db
    ext = types.ModuleType('app.extensions')
    ext.db = db
    sys.modules['app'] = app_pkg
    sys.modules['app.extensions'] = ext
    mod = types.ModuleType('app.models')
    mod.__package__ = 'app'
    mod.__file__ = path
    sys.modules['app.models'] = mod
    with open(path, encoding='utf-8') as f:
        code = compile(f.read(), path, 'exec')
    exec(code, mod.__dict__)
    own = mod.__dict__.get('db')
    if isinstance(own, SQLAlchemy):
        db = own
    flask_app = Flask('reference')
    flask_app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite://'
    db.init_app(flask_app)
    return db.metadata


def cols(names):
    return ', '.join(names)


def named(c):
    # A type's own CHECK has the _NONE_NAME symbol for "no name", not None.
    return ' name=' + str(c.name) if isinstance(c.name, str) else ''


def dump(metadata, with_sql):
    import sqlalchemy as sa
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    ddl = dialect.ddl_compiler(dialect, None)
    out = []
    for table in metadata.tables.values():
        auto = ' sqlite_autoincrement' if table.dialect_options['sqlite']['autoincrement'] else ''
        out.append('TABLE ' + table.name + auto)
        for c in table.columns:
            null = 'NULL' if c.nullable else 'NOT NULL'
            line = '  %s %s %s' % (c.name, c.type.compile(dialect=dialect), null)
            if c.primary_key:
                line += ' PK'
            default = ddl.get_column_default_string(c)
            if default is not None:
                # as SQLiteDDLCompiler.get_column_specification: an expression gets parentheses
                if isinstance(c.server_default.arg, sa.sql.ColumnElement):
                    default = '(' + default + ')'
                line += ' DEFAULT ' + default
            if c.autoincrement != 'auto':
                line += ' AUTOINCREMENT=' + str(c.autoincrement)
            out.append(line)
        if table.primary_key.columns:
            pk = table.primary_key
            out.append('  PRIMARY KEY%s (%s)' % (named(pk), cols(c.name for c in pk)))
        for c in table._sorted_constraints:
            if c is table.primary_key:
                continue
            if isinstance(c, sa.UniqueConstraint):
                out.append('  UNIQUE%s (%s)' % (named(c), cols(x.name for x in c.columns)))
            elif isinstance(c, sa.ForeignKeyConstraint):
                targets = [x.target_fullname.rsplit('.', 1) for x in c.elements]
                local = cols(x.parent.name for x in c.elements)
                remote = cols(t[1] for t in targets)
                line = '  FOREIGN KEY%s (%s) -> %s(%s)' % (named(c), local, targets[0][0], remote)
                if c.ondelete:
                    line += ' ON DELETE ' + c.ondelete
                if c.onupdate:
                    line += ' ON UPDATE ' + c.onupdate
                out.append(line)
            elif isinstance(c, sa.CheckConstraint):
                sql = ddl.sql_compiler.process(c.sqltext, include_table=False, literal_binds=True)
                out.append('  CHECK%s (%s)' % (named(c), sql))
            else:
                out.append('  ? ' + repr(c))
        for ix in sorted(table.indexes, key=lambda i: i.name):
            where = ix.dialect_options['sqlite']['where']
            out.append('  INDEX %s%s (%s)%s' % (ix.name, ' UNIQUE' if ix.unique else '',
                                                 cols(getattr(e, 'name', str(e)) for e in ix.expressions),
                                                 ' WHERE ' + str(where) if where is not None else ''))
    if with_sql:
        for table in metadata.tables.values():
            out.append(str(sa.schema.CreateTable(table).compile(dialect=dialect)).rstrip('\n'))
            for ix in sorted(table.indexes, key=lambda i: i.name):
                out.append(str(sa.schema.CreateIndex(ix).compile(dialect=dialect)))
    # Alembic's autogenerate walks metadata.sorted_tables: it fails here on a dangling ForeignKey.
    [t.name for t in metadata.sorted_tables]
    return '\n'.join(out)


def check(test_file):
    import os
    import re
    import subprocess
    import tempfile

    with open(test_file, encoding='utf-8') as f:
        text = f.read()
    pattern = r'source =\s*R"py\((.*?)\)py";\s*CHECK\(dump\(load\(source\)\)\s*==\s*R"\((.*?)\)"\);'
    pairs = re.findall(pattern, text, re.S)
    failed = 0
    for source, expected in pairs:
        with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False, encoding='utf-8') as f:
            f.write(source)
        try:
            run = subprocess.run([sys.executable, __file__, f.name], capture_output=True, text=True)
        finally:
            os.unlink(f.name)
        got = run.stdout.rstrip('\n')
        ok = got == expected
        failed += not ok
        title = source.strip().splitlines()[0][:70] if source.strip() else '(empty)'
        print(('ok   ' if ok else 'FAIL ') + title)
        if not ok:
            print(got)
    print('%d checked, %d failed' % (len(pairs), failed))
    return 1 if failed or not pairs else 0


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--check':
        return check(sys.argv[2])
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    try:
        metadata = load(sys.argv[1])
        print(dump(metadata, '--sql' in sys.argv[2:]))
    except Exception as e:  # the reference's own error, for the error-case tests
        print('ERROR %s: %s' % (type(e).__name__, e))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
