#!/usr/bin/python3
"""Flask-Migrate's --multidb layout held against the real Flask-Migrate 4.0.4 / Alembic 1.8.1.

usage: multidb_vs_flask.py REVLAB [--reference fork|subprocess|both]
    REVLAB is the `revlab` binary, or `flask` to hold the real tool against itself (which tests this comparator).

Both tools start from the same project: the visits app with two more databases in SQLALCHEMY_BINDS ('logs' and
'archive', files beside app.db), models for each bind (`__bind_key__`, and `bind_key=` on a db.Table), and no
migrations folder. The steps run `flask db init --multidb`, generate revisions for every database at once (one
upgrade_<bind>() per database in each file), move each database up and down, stamp, report, and run a data
migration written by hand in one bind's function over rows seeded there. After each step both tools must agree on
the exit code, stdout and stderr (folder and dates masked, Revlab's own `WARNI [revlab.` lines left out), every
database at PRAGMA level, and the revision files.
Prints one line per step and `N passed, N failed`; exits non-zero on failure.
"""
import argparse
import difflib
import os
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing

import flask_reference
from demo_vs_flask import DEMO, REVLAB_ONLY, Side, candidate_argv, dump_table, dump_versions, mask, run
from flask_reference import FLASK_DB

DATABASES = ('app.db', 'logs.db', 'archive.db')

MAIN = '''import os

from flask import Flask

from app.extensions import db, migrate
from app import models  # noqa: F401

BASE_DIR = os.path.dirname(os.path.abspath(__file__))

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite:///' + os.path.join(BASE_DIR, 'app.db')
app.config['SQLALCHEMY_BINDS'] = {
    'logs': 'sqlite:///' + os.path.join(BASE_DIR, 'logs.db'),
    'archive': 'sqlite:///' + os.path.join(BASE_DIR, 'archive.db'),
}
db.init_app(app)
migrate.init_app(app, db)
'''

MODELS = '''from datetime import datetime
from app.extensions import db


class UserVisit(db.Model):
    __tablename__ = 'user_visits'
    id = db.Column(db.Integer, primary_key=True)
    ip_address = db.Column(db.String(45), nullable=False, index=True)
    visited_at = db.Column(db.DateTime, default=datetime.utcnow)


class LogLine(db.Model):
    __bind_key__ = 'logs'
    id = db.Column(db.Integer, primary_key=True)
    level = db.Column(db.String(10), nullable=False)
    text = db.Column(db.Text)


archived_visits = db.Table(
    'archived_visits',
    db.Column('id', db.Integer, primary_key=True),
    db.Column('ip_address', db.String(45)),
    bind_key='archive',
)
'''

# One column more in the logs database only: the other two functions of the revision stay empty.
MODELS_2 = MODELS.replace("    text = db.Column(db.Text)\n",
                          "    text = db.Column(db.Text)\n    source = db.Column(db.String(40), index=True)\n")

# A data migration written by hand in the logs database's function: it reads the rows there and updates them.
DATA_REVISION = '''"""tag the warnings

Revision ID: ddd000000004
Revises: ccc000000003
Create Date: 2026-12-07 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ddd000000004'
down_revision = 'ccc000000003'
branch_labels = None
depends_on = None


def upgrade(engine_name):
    globals()["upgrade_%s" % engine_name]()


def downgrade(engine_name):
    globals()["downgrade_%s" % engine_name]()


def upgrade_():
    pass


def downgrade_():
    pass


def upgrade_logs():
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, level FROM log_line ORDER BY id")).fetchall()
    for row in rows:
        if row.level == 'warn':
            conn.execute(sa.text("UPDATE log_line SET source = :s WHERE id = :i"), {"s": "tagged-%d" % row.id, "i": row.id})
    print("tagged", sum(1 for r in rows if r.level == 'warn'), "of", len(rows), "in", conn.dialect.name)


def downgrade_logs():
    op.execute("UPDATE log_line SET source = NULL WHERE source LIKE 'tagged-%'")


def upgrade_archive():
    pass


def downgrade_archive():
    pass
'''


def write(folder, rel, text):
    with open(os.path.join(folder, rel), 'w', encoding='utf-8') as f:
        f.write(text)


def execute(folder, database, sql):
    with closing(sqlite3.connect(os.path.join(folder, database))) as conn:
        conn.executescript(sql)
        conn.commit()


STEPS = [
    # (what, commands or an action on the folder)
    ('init --multidb', [['init', '--multidb']]),
    ('migrate: one revision for the three databases', [['migrate', '-m', 'first', '--rev-id', 'aaa000000001']]),
    ('upgrade every database', [['upgrade'], ['current']]),
    ('current -v names each database', [['current', '-v']]),
    ('history -i marks each database\'s revision', [['history', '-i']]),
    ('no changes: no revision file', [['migrate', '-m', 'nothing']]),
    ('a change in one bind', lambda folder: write(folder, 'app/models.py', MODELS_2)),
    ('migrate the logs column', [['migrate', '-m', 'log source', '--rev-id', 'bbb000000002'], ['upgrade']]),
    ('revision: every function passes', [['revision', '-m', 'by hand', '--rev-id', 'ccc000000003'], ['upgrade']]),
    ('rows in the logs database', lambda folder: execute(
        folder, 'logs.db', "INSERT INTO log_line (level, text) VALUES ('warn', 'disk'), ('info', 'ok'), "
                           "('warn', 'cpu');")),
    ('a data migration in one bind', lambda folder: write(folder, 'migrations/versions/ddd000000004_tag.py',
                                                           DATA_REVISION)),
    ('upgrade runs it on the logs rows', [['upgrade'], ['current']]),
    ('downgrade one step in every database', [['downgrade'], ['current']]),
    ('downgrade to base', [['downgrade', 'base'], ['current']]),
    ('stamp head', [['stamp', 'head'], ['current']]),
    ('show current', [['show', 'current']]),
    ('stamp base and upgrade to a revision', [['stamp', 'base'], ['downgrade', 'base'], ['upgrade', 'bbb000000002'],
                                              ['current']]),
]


def make_project(parent, name):
    folder = os.path.join(parent, name)
    shutil.copytree(DEMO, folder, ignore=shutil.ignore_patterns('app.db', '__pycache__', 'migrations'))
    write(folder, 'main.py', MAIN)
    write(folder, 'app/models.py', MODELS)
    return folder


def dump_databases(folder):
    lines = []
    for name in DATABASES:
        path = os.path.join(folder, name)
        lines.append('[%s]' % name)
        if not os.path.exists(path):
            continue
        with closing(sqlite3.connect('file:%s?mode=ro' % path, uri=True)) as conn:
            q = lambda sql: conn.execute(sql).fetchall()
            lines += ['%s %s on %s' % row for row in q('SELECT type, name, tbl_name FROM sqlite_master ORDER BY 1, 2')]
            for (table,) in q("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
                lines += dump_table(q, table)
    return lines


def step_view(side, step):
    if callable(step):
        step(side.folder)
        return ['(action)']
    lines = []
    for args in step:
        code, out, err = run(side, args)
        err = '\n'.join(line for line in err.splitlines() if not REVLAB_ONLY.match(line))
        lines += ['$ flask db ' + ' '.join(args), '[exit %s]' % code, '[stdout]'] + mask(out, side.folder) + \
            ['[stderr]'] + mask(err, side.folder)
    versions = os.path.join(side.folder, 'migrations', 'versions')
    lines += ['[databases]'] + dump_databases(side.folder)
    if os.path.isdir(versions):
        lines += ['[migrations/versions]'] + dump_versions(side.folder)
    return lines


def main(argv):
    parser = argparse.ArgumentParser(prog='multidb_vs_flask.py')
    parser.add_argument('revlab', metavar='REVLAB_BINARY|flask')
    flask_reference.add_option(parser)
    options = parser.parse_args(argv[1:])
    flask_reference.configure(options.reference)
    name, argv_db = candidate_argv(options.revlab)
    if name == 'revlab' and not os.access(argv_db[0], os.X_OK):
        print('FAIL revlab binary not found: %s\n0 passed, 1 failed' % argv_db[0])
        return 1
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='revlab-multidb-') as parent:
        reference = Side('flask', FLASK_DB, make_project(parent, 'flask'))
        candidate = Side(name, argv_db, make_project(parent, 'revlab'))
        for number, (title, step) in enumerate(STEPS):
            expected = step_view(reference, step)
            actual = step_view(candidate, step)
            label = 'step %02d: %s' % (number, title)
            if expected == actual:
                print('ok   ' + label, flush=True)
                passed += 1
                continue
            print('FAIL ' + label, flush=True)
            diff = difflib.unified_diff(expected, actual, reference.name, candidate.name, lineterm='')
            print('\n'.join('     ' + line for line in diff), flush=True)
            failed += 1
    return flask_reference.finish(passed, failed)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
