#!/usr/bin/python3
"""The demo project migrations/visits must run under the real Flask-Migrate, exactly as its guide says.

The playground's default content is only worth teaching if the real tool accepts it: its revision scripts
upgrade and downgrade a database that holds rows, its models agree with its history, and its main.py
migrates at start (or creates the tables when there is no history). Run with /usr/bin/python3, which has
Debian's Flask, Flask-SQLAlchemy and Flask-Migrate; it prints one line per check and `N passed, N failed`.
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import traceback
from contextlib import closing

DEMO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'migrations', 'visits'))
PYTHON = '/usr/bin/python3'
FIRST, HEAD = '2472b4e8b68e', '44e3cc49892c'

# PRAGMA table_xinfo rows (cid, name, type, notnull, dflt_value, pk, hidden) at each revision.
COLUMNS_AT_FIRST = [
    (0, 'id', 'INTEGER', 1, None, 1, 0),
    (1, 'ip_address', 'VARCHAR(45)', 1, None, 0, 0),
    (2, 'user_agent', 'VARCHAR(255)', 0, None, 0, 0),
    (3, 'visited_at', 'DATETIME', 0, None, 0, 0),
]
COLUMNS_AT_HEAD = COLUMNS_AT_FIRST + [(4, 'visit_count', 'INTEGER', 1, None, 0, 0)]
ROWS = [
    (1, '203.0.113.7', 'Mozilla/5.0', '2025-09-30 10:00:00.000000'),
    (2, '198.51.100.23', None, None),
]

results = []


def check(name, ok, detail=''):
    """Record one check and print it at once, so a hang or crash still shows how far the run got."""
    results.append(ok)
    print(('ok   ' if ok else 'FAIL ') + name + ('' if ok or not detail else '\n     ' + detail), flush=True)


def copy_demo(parent, name):
    """A private copy of the demo: the tools write app.db (and caches) next to main.py."""
    dest = os.path.join(parent, name)
    shutil.copytree(DEMO, dest, ignore=shutil.ignore_patterns('app.db', '__pycache__'))
    return dest


def env():
    """The environment of the real tool: its app is main.py, and it leaves no bytecode in the copies."""
    e = dict(os.environ, FLASK_APP='main.py', PYTHONDONTWRITEBYTECODE='1', PYTHONIOENCODING='utf-8')
    for key in ('FLASK_RUN_FROM_CLI', 'FLASK_DB_DIRECTORY', 'FLASK_DEBUG'):
        e.pop(key, None)
    return e


def run(cwd, *args):
    """Run a program in the project folder; a timeout stands for a server started by mistake."""
    try:
        p = subprocess.run(args, cwd=cwd, env=env(), capture_output=True, text=True, timeout=60)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return 'timeout', '', ''


def flask_db(cwd, *args):
    """`flask db ARGS`, the way the guide runs it."""
    return run(cwd, PYTHON, '-m', 'flask', 'db', *args)


def tail(text, lines=20):
    """The end of a long output: where a traceback says what went wrong."""
    return '\n'.join(text.splitlines()[-lines:])


def check_command(name, result):
    """A command must succeed; on failure show the end of what it printed."""
    code, out, err = result
    check(name + ': exit 0', code == 0, 'exit %s\n%s' % (code, tail(out + err)))


def query(db, sql):
    """Rows of one statement; a missing file reads as an empty database instead of being created."""
    if not os.path.exists(db):
        return []
    with closing(sqlite3.connect('file:%s?mode=ro' % db, uri=True)) as conn:
        return conn.execute(sql).fetchall()


def tables(db):
    return [r[0] for r in query(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def check_equal(name, actual, expected):
    check(name, actual == expected, 'expected %r\n     got      %r' % (expected, actual))


def check_schema(label, db, columns, version):
    """The schema a revision promises: the columns, the ip_address index, and the version row."""
    check_equal(label + ': user_visits columns', query(db, 'PRAGMA table_xinfo(user_visits)'), columns)
    check_equal(label + ': index ix_user_visits_ip_address on ip_address',
                ([r[1:3] for r in query(db, 'PRAGMA index_list(user_visits)')],
                 [r[2] for r in query(db, 'PRAGMA index_info(ix_user_visits_ip_address)')]),
                ([('ix_user_visits_ip_address', 0)], ['ip_address']))
    check_equal(label + ': alembic_version', query(db, 'SELECT version_num FROM alembic_version'), [(version,)])


def insert_rows(db):
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.executemany('INSERT INTO user_visits (id, ip_address, user_agent, visited_at) VALUES (?, ?, ?, ?)', ROWS)


def user_visits(db):
    return query(db, 'SELECT * FROM user_visits ORDER BY id')


def test_upgrade(parent):
    """Section 2 of the guide: `flask db upgrade` on a new database builds the head schema."""
    folder = copy_demo(parent, 'upgrade')
    db = os.path.join(folder, 'app.db')
    check_command('flask db current (fresh)', flask_db(folder, 'current'))
    check_equal('flask db current leaves the database alone (main.py does not migrate under flask)', tables(db), [])
    check_command('flask db upgrade', flask_db(folder, 'upgrade'))
    check_schema('after upgrade', db, COLUMNS_AT_HEAD, HEAD)
    code, out, err = flask_db(folder, 'migrate', '-m', 'nothing changed')
    scripts = sorted(os.listdir(os.path.join(folder, 'migrations', 'versions')))
    check('flask db migrate at head: models agree with the history, no script written',
          code == 0 and 'No changes in schema detected.' in err and len(scripts) == 2,
          'exit %s, versions %s\n%s' % (code, scripts, tail(out + err)))


def test_data_migration(parent):
    """The data migration: rows written at the first revision keep their data and get visit_count = 1."""
    folder = copy_demo(parent, 'data')
    db = os.path.join(folder, 'app.db')
    check_command('flask db upgrade ' + FIRST, flask_db(folder, 'upgrade', FIRST))
    check_schema('at ' + FIRST, db, COLUMNS_AT_FIRST, FIRST)
    insert_rows(db)
    check_command('flask db upgrade (with rows)', flask_db(folder, 'upgrade'))
    check_schema('after upgrade with rows', db, COLUMNS_AT_HEAD, HEAD)
    check_equal('rows kept, visit_count = 1', user_visits(db), [r + (1,) for r in ROWS])

    check_command('flask db downgrade', flask_db(folder, 'downgrade'))
    check_schema('after downgrade', db, COLUMNS_AT_FIRST, FIRST)
    check_equal('rows kept after downgrade', user_visits(db), ROWS)

    check_command('flask db downgrade base', flask_db(folder, 'downgrade', 'base'))
    check_equal('after downgrade base: only alembic_version is left', tables(db), ['alembic_version'])
    check_equal('after downgrade base: no version row', query(db, 'SELECT * FROM alembic_version'), [])


def import_main(folder):
    """Start the app the way a server would: import main (from elsewhere, so no path relies on the cwd),
    then serve two requests through the test client. The import must return: it may not start a server."""
    code = ('import sys; sys.path.insert(0, %r); import main; c = main.app.test_client(); '
            'c.get("/"); print(c.get("/", headers={"User-Agent": "revlab-test"}).get_json())' % folder)
    return run(tempfile.gettempdir(), PYTHON, '-c', code)


def test_start_with_history(parent):
    """自动应用迁移: importing main upgrades a missing database to head."""
    folder = copy_demo(parent, 'start')
    db = os.path.join(folder, 'app.db')
    code, out, err = import_main(folder)
    check_command('import main (no app.db)', (code, out, err))
    check_schema('after import main', db, COLUMNS_AT_HEAD, HEAD)
    check_equal('GET / counts the visits', out.strip(), "{'visits': 2}")
    check_equal('visits recorded with ip, agent and visit_count = 1',
                query(db, 'SELECT ip_address, user_agent, visit_count FROM user_visits ORDER BY id'),
                [('127.0.0.1', 'werkzeug/' + werkzeug_version(), 1), ('127.0.0.1', 'revlab-test', 1)])


def werkzeug_version():
    """The test client's default User-Agent names the installed Werkzeug."""
    return subprocess.run([PYTHON, '-c', 'import werkzeug; print(werkzeug.__version__)'],
                          capture_output=True, text=True).stdout.strip()


def test_start_without_history(parent):
    """首次运行: with migrations/versions empty, importing main falls back to db.create_all()."""
    folder = copy_demo(parent, 'create_all')
    versions = os.path.join(folder, 'migrations', 'versions')
    for name in os.listdir(versions):
        os.remove(os.path.join(versions, name))
    db = os.path.join(folder, 'app.db')
    check_command('import main (no migration history)', import_main(folder))
    check_equal('create_all made user_visits and no alembic_version', tables(db), ['user_visits'])
    check_equal('create_all: user_visits columns', query(db, 'PRAGMA table_xinfo(user_visits)'), COLUMNS_AT_HEAD)
    check_equal('create_all: the ip_address index', [r[1] for r in query(db, 'PRAGMA index_list(user_visits)')],
                ['ix_user_visits_ip_address'])


def main():
    tests = [test_upgrade, test_data_migration, test_start_with_history, test_start_without_history]
    with tempfile.TemporaryDirectory(prefix='revlab-visits-') as parent:
        for test in tests:
            try:
                test(parent)
            except Exception:  # a broken state (a table missing, say) ends this test, not the run
                check(test.__name__ + ' ran to the end', False, tail(traceback.format_exc()))
    failed = results.count(False)
    print('%d passed, %d failed' % (len(results) - failed, failed))
    if failed:
        print('to run this alone: %s %s' % (PYTHON, os.path.abspath(__file__)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
