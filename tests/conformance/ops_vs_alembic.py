#!/usr/bin/python3
"""The Operations corpus (tests/conformance/ops_corpus/) through the real Flask-Migrate and through Revlab.

usage: ops_vs_alembic.py REVLAB [NAME...] [--group K/N]
    REVLAB is the `revlab` binary; NAMEs pick scenarios by prefix; --group K/N runs the K-th of N equal shares of
    them (ctest runs each share as its own entry, conformance.ops_vs_alembic.K).

A scenario is one revision file of the corpus (or several sharing a numeric prefix, `41_a.py`, `41_b.py`, chained
by their down_revision). Module-level constants steer it, and both tools ignore them:
  SEED   = SQL run on a fresh app.db before the first upgrade: the tables and rows the operations work on;
  EXPECT = "same" (default): both tools succeed and agree;
           "error: TEXT": the upgrade fails in both, each message contains TEXT, and Revlab leaves the database
           exactly as seeded (its step is atomic);
           "improved: WHY": a deliberate difference (README): real Alembic fails or loses something here; Revlab
           must succeed, keep every row, and pass the upgrade/downgrade/upgrade identity on its own;
  ROWS   = "changed: WHY" when the migration adds or deletes rows on purpose (the unit suite, which runs the
           same corpus through the core, otherwise checks that every seeded table keeps its row count).
Each scenario gets two project folders, one per tool, seeded alike. Both run upgrade, downgrade base, upgrade.
After each command the databases must be equal: sqlite_master (type, name, table, CREATE SQL), PRAGMA
table_xinfo, index_list, index_xinfo and foreign_key_list of every table, and every row with its type. The
state after the second upgrade must equal the state after the first (nothing lost on the way down and up).

Real Alembic runs in this process through Flask-Migrate's API (flask_migrate.upgrade / downgrade, under a Flask
app per scenario, as `flask db upgrade` does), which saves the ~0.7 s start of a flask process per command.
Prints one line per scenario and `N passed, N failed`. Run with /usr/bin/python3 (Debian's Flask-Migrate).
"""
import argparse
import ast
import difflib
import io
import logging
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import warnings
from contextlib import closing, redirect_stderr, redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'ops_corpus')
TEMPLATE = os.path.normpath(os.path.join(HERE, '..', '..', 'migrations', 'visits', 'migrations'))
PHASES = [('upgrade', ['upgrade']), ('downgrade base', ['downgrade', 'base']), ('upgrade again', ['upgrade'])]


# --- the corpus ------------------------------------------------------------------------------------------------------

def scenarios(names):
    """{prefix: [files]}: files that share the part of their name before the first '_' form one scenario."""
    groups = {}
    for name in sorted(os.listdir(CORPUS)):
        if name.endswith('.py'):
            groups.setdefault(name.split('_', 1)[0], []).append(name)
    picked = {}
    for prefix, files in groups.items():
        label = files[0][:-3]
        if not names or any(label.startswith(n) or prefix == n for n in names):
            picked[label] = files
    return picked


def constants(path):
    """The module-level string constants of a revision file (SEED, EXPECT), read without running it."""
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read(), path)
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node.value.value
    return out


def make_project(parent, side, files, seed):
    folder = os.path.join(parent, side)
    os.makedirs(os.path.join(folder, 'migrations', 'versions'))
    for name in ('env.py', 'alembic.ini', 'script.py.mako'):
        shutil.copyfile(os.path.join(TEMPLATE, name), os.path.join(folder, 'migrations', name))
    for name in files:
        shutil.copyfile(os.path.join(CORPUS, name), os.path.join(folder, 'migrations', 'versions', name))
    with closing(sqlite3.connect(os.path.join(folder, 'app.db'))) as conn:
        conn.executescript(seed)
        conn.commit()
    return folder


# --- what is compared ------------------------------------------------------------------------------------------------

CONSTRAINT_STARTS = ('CONSTRAINT ', 'PRIMARY KEY', 'UNIQUE', 'CHECK', 'FOREIGN KEY')


def normalised(sql, loose=False):
    """CREATE TABLE text with its table constraints sorted: Alembic 1.8 on SQLAlchemy 1.4 writes the
    constraints of a rebuilt table in the iteration order of a Python set, which changes from run to run.
    `loose` also forgets the quotes SQLite's RENAME puts around a table name and how lines are broken, for
    comparing a database with itself after a downgrade and an upgrade."""
    if not sql or not sql.startswith('CREATE TABLE') or '\n\t' not in sql:
        return sql
    head, _, body = sql.partition(' (\n\t')
    body, _, tail = body.rpartition('\n)')
    items = body.split(', \n\t')
    columns = [i for i in items if not i.startswith(CONSTRAINT_STARTS)]
    constraints = sorted(i for i in items if i.startswith(CONSTRAINT_STARTS))
    if loose:
        head = head.replace('"', '')
        return ' '.join((head + ' (' + ', '.join(columns + constraints) + ')' + tail).split())
    return head + ' (\n\t' + ', \n\t'.join(columns + constraints) + '\n)' + tail


def dump_database(folder, with_version_table=True, loose=False):
    with closing(sqlite3.connect('file:%s?mode=ro' % os.path.join(folder, 'app.db'), uri=True)) as conn:
        q = lambda sql: conn.execute(sql).fetchall()
        lines = []
        for kind, name, table, sql in q('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY 1, 2'):
            if with_version_table or table != 'alembic_version':
                lines.append('%s %s on %s: %r' % (kind, name, table, normalised(sql, loose)))
        for (table,) in q("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            if with_version_table or table != 'alembic_version':
                lines += dump_table(q, table)
    return lines


def dump_table(q, table):
    t = quote(table)
    lines = ['table %s' % table]
    lines += ['  column %r' % (row,) for row in q('PRAGMA table_xinfo(%s)' % t)]
    for _, name, unique, origin, partial in sorted(q('PRAGMA index_list(%s)' % t), key=lambda r: r[1]):
        lines.append('  index %s unique=%s origin=%s partial=%s' % (name, unique, origin, partial))
        lines += ['    %r' % (row,) for row in q('PRAGMA index_xinfo(%s)' % quote(name))]
    lines += ['  foreign key %r' % (row,) for row in q('PRAGMA foreign_key_list(%s)' % t)]
    lines += ['  row %r' % (row,) for row in sorted(q('SELECT * FROM %s' % t), key=repr)]
    return lines


def quote(name):
    return '"%s"' % name.replace('"', '""')


# --- the two tools ---------------------------------------------------------------------------------------------------

def run_alembic(folder, commands):
    """Flask-Migrate's upgrade/downgrade in this process; yields (error or None, dump) per command."""
    from flask import Flask
    from flask_migrate import Migrate, downgrade, upgrade
    from flask_sqlalchemy import SQLAlchemy

    app = Flask('ops_corpus')
    app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite:///' + os.path.join(folder, 'app.db')
    app.config['SQLALCHEMY_TRACK_MODIFICATIONS'] = False
    db = SQLAlchemy(app)
    Migrate(app, db, directory=os.path.join(folder, 'migrations'))
    results = []
    with app.app_context():
        try:
            for args in commands:
                log = io.StringIO()
                error = None
                try:
                    with redirect_stderr(log), redirect_stdout(log), warnings.catch_warnings():
                        warnings.simplefilter('ignore')
                        if args[0] == 'upgrade':
                            upgrade()
                        else:
                            downgrade(revision=args[1])
                except SystemExit:  # Flask-Migrate logs "Error: ..." and exits 1
                    error = log.getvalue().strip() or 'exit 1'
                except Exception as e:  # an error Alembic lets through (SQLite's, NotImplementedError, ...)
                    error = '%s: %s' % (type(e).__name__, e)
                results.append((error, dump_database(folder), dump_database(folder, loose=True)))
                if error:
                    break
        finally:
            db.engine.dispose()
            logging.shutdown()
    return results


def run_revlab(revlab, folder, commands):
    results = []
    for args in commands:
        p = subprocess.run([revlab, 'db'] + args, cwd=folder, capture_output=True, timeout=60)
        error = None
        if p.returncode != 0:
            error = (p.stderr.decode('utf-8', 'replace') + p.stdout.decode('utf-8', 'replace')).strip()
        results.append((error, dump_database(folder), dump_database(folder, loose=True)))
        if error:
            break
    return results


# --- one scenario ----------------------------------------------------------------------------------------------------

def diff(expected, actual, a, b):
    lines = difflib.unified_diff(expected, actual, a, b, lineterm='', n=2)
    return '\n'.join('     ' + line for line in lines)


def check_same(alembic, revlab):
    """Both succeed at every command and agree after each; the second upgrade restores the first."""
    problems = []
    for (name, _), a, r in zip(PHASES, alembic + [None] * 3, revlab + [None] * 3):
        if a is None or r is None:
            break
        if a[0] or r[0]:
            problems.append('%s: alembic %s; revlab %s' % (name, 'failed: ' + a[0] if a[0] else 'succeeded',
                                                           'failed: ' + r[0] if r[0] else 'succeeded'))
            break
        if a[1] != r[1]:
            problems.append('%s: the databases differ\n%s' % (name, diff(a[1], r[1], 'alembic', 'revlab')))
    if not problems and len(revlab) == 3 and revlab[0][2] != revlab[2][2]:
        problems.append('upgrade again does not restore the first upgrade\n%s'
                        % diff(revlab[0][2], revlab[2][2], 'first upgrade', 'upgrade again'))
    return problems


def check_error(text, alembic, revlab, seeded, folder):
    problems = []
    for tool, results in (('alembic', alembic), ('revlab', revlab)):
        error = results[0][0]
        if not error:
            problems.append('%s: the upgrade succeeded, but should fail with %r' % (tool, text))
        elif text not in error:
            problems.append('%s: the upgrade failed without %r:\n     %s' % (tool, text, error.replace('\n', '\n     ')))
    after = dump_database(folder, with_version_table=False)
    if after != seeded:
        problems.append('revlab: the failed upgrade changed the database\n%s' % diff(seeded, after, 'seeded', 'revlab'))
    return problems


def check_improved(revlab):
    problems = []
    for (name, _), r in zip(PHASES, revlab):
        if r[0]:
            problems.append('revlab: %s failed: %s' % (name, r[0]))
    if not problems and revlab[0][2] != revlab[2][2]:
        problems.append('upgrade again does not restore the first upgrade\n%s'
                        % diff(revlab[0][2], revlab[2][2], 'first upgrade', 'upgrade again'))
    return problems


def run_scenario(revlab, parent, label, files):
    consts = constants(os.path.join(CORPUS, files[0]))
    seed = consts.get('SEED', '')
    expect = consts.get('EXPECT', 'same')
    root = os.path.join(parent, label)
    a_folder = make_project(root, 'alembic', files, seed)
    r_folder = make_project(root, 'revlab', files, seed)
    seeded = dump_database(r_folder, with_version_table=False)
    commands = [args for _, args in PHASES]
    if expect.startswith('error:'):
        text = expect[len('error:'):].strip()
        problems = check_error(text, run_alembic(a_folder, commands[:1]), run_revlab(revlab, r_folder, commands[:1]),
                               seeded, r_folder)
        note = 'both fail: ' + text
    elif expect.startswith('improved:'):
        alembic = run_alembic(a_folder, commands)
        problems = check_improved(run_revlab(revlab, r_folder, commands))
        outcome = next((r[0] for r in alembic if r[0]), None)
        note = 'improved (alembic %s)' % ('fails: ' + outcome.splitlines()[0][:70] if outcome else 'succeeds')
    else:
        problems = check_same(run_alembic(a_folder, commands), run_revlab(revlab, r_folder, commands))
        note = ''
    if problems:
        print('FAIL %s\n     %s' % (label, '\n     '.join(problems)), flush=True)
        return False
    print('ok   %s%s' % (label, '  [' + note + ']' if note else ''), flush=True)
    return True


def group(text):
    """K/N, 1 <= K <= N."""
    k, _, n = text.partition('/')
    if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
        raise argparse.ArgumentTypeError('expected K/N with 1 <= K <= N, got %r' % text)
    return int(k), int(n)


def share(picked, k, n):
    """The K-th of N shares of the scenarios: every N-th one, from the K-th. Interleaved rather than cut in
    blocks, so that each share gets some of the corpus's heavier (batch) scenarios, and the shares take about
    the same time."""
    return dict(list(picked.items())[k - 1::n])


def main(argv):
    parser = argparse.ArgumentParser(prog='ops_vs_alembic.py')
    parser.add_argument('revlab', metavar='REVLAB_BINARY')
    parser.add_argument('names', nargs='*', metavar='NAME')
    parser.add_argument('--group', type=group, default=(1, 1), metavar='K/N')
    options = parser.parse_args(argv[1:])
    revlab = os.path.abspath(options.revlab)
    if not os.access(revlab, os.X_OK):
        print('FAIL revlab binary not found: %s\n0 passed, 1 failed' % revlab)
        return 1
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='revlab-ops-') as parent:
        for label, files in share(scenarios(options.names), *options.group).items():
            try:
                ok = run_scenario(revlab, parent, label, files)
            except Exception as e:  # a broken scenario is a failure, not the end of the run
                print('FAIL %s\n     %s: %s' % (label, type(e).__name__, e), flush=True)
                ok = False
            passed, failed = passed + ok, failed + (not ok)
    print('%d passed, %d failed' % (passed, failed))
    if failed or not passed:
        print('to run this alone: ' + shlex.join(['/usr/bin/python3', os.path.abspath(argv[0])] + argv[1:]))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
