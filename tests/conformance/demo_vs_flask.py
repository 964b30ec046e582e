#!/usr/bin/python3
"""Revlab's CLI held against the real Flask-Migrate: the seed guide's commands through both tools, compared.

usage: demo_vs_flask.py REVLAB [--reference fork|subprocess|both]
    REVLAB is the `revlab` binary, or `flask` to hold the real tool against itself (which tests this comparator).
    --reference: how the real tool runs (flask_reference.py): by default one forking Python, not a process per
    command.

Each tool works in its own copy of migrations/visits. After every command both must agree on everything
a user can see: the exit code, stdout and stderr line by line (with the project folder and `Create Date:`
values masked), the database at PRAGMA level (tables, columns, indexes, foreign keys, every row), and the
revision scripts in migrations/versions. The two streams are captured apart: which stream a line goes to
is part of the contract, while how they interleave in a terminal depends only on buffering.
Prints one line per command and `N passed, N failed`. Run it with /usr/bin/python3 (Debian's Flask-Migrate).
"""
import argparse
import difflib
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections import namedtuple
from contextlib import closing

import flask_reference
from flask_reference import FLASK_DB, environment

DEMO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'migrations', 'visits'))

Side = namedtuple('Side', 'name argv folder')


# --- things done to both project folders between commands, as a user would -------------------------------------

def add_visits_at_head(folder):
    """insert two visits (one with visit_count 3)"""
    execute(folder, "INSERT INTO user_visits (ip_address, user_agent, visited_at, visit_count) VALUES"
                    " ('203.0.113.7', 'Mozilla/5.0', '2025-09-30 10:30:00.000000', 3),"
                    " ('198.51.100.23', NULL, NULL, 1)")


def add_visit_at_first_revision(folder):
    """insert a visit while visit_count does not exist"""
    execute(folder, "INSERT INTO user_visits (ip_address, user_agent) VALUES ('192.0.2.1', 'curl/8.0')")


def remove_database(folder):
    """rm app.db"""
    os.remove(os.path.join(folder, 'app.db'))


def add_email_field(folder):
    """edit app/models.py: add UserVisit.email"""
    path = os.path.join(folder, 'app', 'models.py')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text.rstrip('\n') + '\n    email = db.Column(db.String(120))\n')


def execute(folder, sql):
    with closing(sqlite3.connect(os.path.join(folder, 'app.db'))) as conn, conn:
        conn.execute(sql)


class Improved(str):
    """A command where Revlab deliberately does better than Flask-Migrate (README, "Deliberate differences"):
    offline (--sql) mode handles batch operations, which Alembic refuses without copy_from. Flask-Migrate prints
    part of the SQL and fails; Revlab must print that same part, then finish with exit code 0."""


class AnyOrder(str):
    """A command whose sibling branches Alembic lists in an accidental order: the order of os.listdir() for
    `heads` and `history`, of a Python set (it changes from run to run) for `current`. Its output is compared
    as sorted lines: what is printed counts, not that order."""


# --- the scenario: the guide's sections 2-4, its reset, then section 1 and its conflict recipe -------------------

SCENARIO = [
    # 2. 应用迁移 and 3. 查看迁移状态, on a new project
    'current', 'history', 'heads', 'upgrade', 'current', 'history', 'history --verbose', 'current --verbose',
    'show head', 'migrate -m "nothing changed"',
    add_visits_at_head,
    # 4. 回滚迁移: the rows must survive every step, and come back with visit_count = 1
    'downgrade', 'current', 'migrate -m "too early"', 'downgrade 2472b4e8b68e', 'upgrade',
    'downgrade 2472b4e8b68e',
    add_visit_at_first_revision,
    'upgrade +1', 'downgrade 44e3cc49892c-1', 'upgrade 44e3', 'show 2472', 'history -r base:2472b4e8b68e',
    'history --indicate-current', 'branches',
    # offline mode: the data migration's batch steps need a live database, so some of these fail
    'upgrade 2472b4e8b68e --sql', Improved('upgrade --sql'), 'downgrade 2472b4e8b68e:base --sql',
    Improved('downgrade --sql'),
    # mistakes
    'downgrade nosuchrev', 'upgrade nosuchrev', 'show nosuchrev', 'history -r nosuchrev', 'history -r nosuchrev:',
    # stamping
    'stamp base', 'current', 'stamp head', 'current',
    # Q: 如何重置数据库
    remove_database,
    'upgrade', 'current', 'downgrade base', 'current', 'downgrade', 'upgrade',
    # 1. 生成迁移脚本, with the guide's example message
    add_email_field,
    'migrate -m "add user email field" --rev-id 5e1f0c3a9b7d', 'upgrade', 'history', 'downgrade', 'upgrade',
    # 迁移冲突解决: a second revision on an older parent, then a merge
    # (the merge names its parents: `merge heads` would order them as os.listdir() does)
    'revision -m "迁移描述" --rev-id 0123456789ab --head 44e3cc49892c --splice', AnyOrder('heads'), 'upgrade',
    'upgrade heads', AnyOrder('current'), AnyOrder('history'),
    'merge 5e1f0c3a9b7d 0123456789ab -m "fix migration conflict" --rev-id 9f8e7d6c5b4a',
    'heads', 'upgrade', 'current --verbose', AnyOrder('downgrade base'), 'current',
]


# --- running a tool ------------------------------------------------------------------------------------------------

def run(side, args, any_order=False):
    """Run `<tool> db ARGS` in the side's folder; a hang counts as a result, not a stuck suite. The real tool runs
    as --reference says (any_order: its output may come in an accidental order, for `--reference both`)."""
    if side.argv == FLASK_DB:
        return flask_reference.flask_db(side.folder, args, any_order)
    try:
        p = subprocess.run(side.argv + args, cwd=side.folder, env=environment(), capture_output=True, timeout=60)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return 'timeout after 60 s', '', ''


# --- what a user can see, as lines ----------------------------------------------------------------------------------

def mask(text, folder):
    """The folder and creation dates differ between the two copies and runs: nothing else may."""
    text = text.replace(folder, '<tmp>')
    return [re.sub(r'Create Date: .*', 'Create Date: <date>', line) for line in text.splitlines()]


def dump_database(folder):
    """The database at PRAGMA level; a missing file reads like an empty one (`flask db current` makes one)."""
    path = os.path.join(folder, 'app.db')
    if not os.path.exists(path):
        return []
    with closing(sqlite3.connect('file:%s?mode=ro' % path, uri=True)) as conn:
        q = lambda sql: conn.execute(sql).fetchall()
        lines = ['%s %s on %s' % row for row in q('SELECT type, name, tbl_name FROM sqlite_master ORDER BY 1, 2')]
        for (table,) in q("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            lines += dump_table(q, table)
    return lines


def dump_table(q, table):
    """Columns, indexes (by name: their order in index_list is an accident), foreign keys and rows (sorted)."""
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


def dump_versions(folder):
    """The revision scripts, which `migrate`, `revision` and `merge` write."""
    versions = os.path.join(folder, 'migrations', 'versions')
    lines = []
    for name in sorted(n for n in os.listdir(versions) if n.endswith('.py')):
        with open(os.path.join(versions, name), encoding='utf-8', errors='replace') as f:
            lines += ['--- ' + name] + mask(f.read(), folder)
    return lines


# Revlab's own warnings (data about to be lost) are deliberate additions: they are checked by the unit suites.
REVLAB_ONLY = re.compile(r'^WARNI \[revlab\.')


def observe(side, result, any_order=False):
    """Everything to compare after one command, in one list of lines so that one diff shows it all."""
    code, out, err = result
    out, err = mask(out, side.folder), mask(err, side.folder)
    err = [line for line in err if not REVLAB_ONLY.match(line)]
    if any_order:
        out, err = sorted(out), sorted(err)
    return (['[exit %s]' % code, '[stdout]'] + out + ['[stderr]'] + err
            + ['[database]'] + dump_database(side.folder) + ['[migrations/versions]'] + dump_versions(side.folder))


# --- the comparison --------------------------------------------------------------------------------------------------

def resync(source, target):
    """After a difference, give the second tool the reference's state, so one bug shows up as one failure."""
    for rel in ('app.db', os.path.join('app', 'models.py')):
        src, dst = os.path.join(source.folder, rel), os.path.join(target.folder, rel)
        if os.path.exists(src):
            shutil.copyfile(src, dst)
        elif os.path.exists(dst):
            os.remove(dst)
    versions = os.path.join('migrations', 'versions')
    shutil.rmtree(os.path.join(target.folder, versions))
    shutil.copytree(os.path.join(source.folder, versions), os.path.join(target.folder, versions))


def compare(step, reference, candidate):
    """Run one command through both tools; print ok, or FAIL and a unified diff. Returns whether they agree."""
    args = shlex.split(step)
    any_order = isinstance(step, AnyOrder)
    expected = observe(reference, run(reference, args, any_order), any_order)
    actual = observe(candidate, run(candidate, args, any_order), any_order)
    if isinstance(step, Improved):
        expected, actual = improved_view(expected, actual)
    label = 'db ' + step + (' (lines in any order)' if any_order else '')
    if expected == actual:
        print('ok   ' + label, flush=True)
        return True
    print('FAIL ' + label, flush=True)
    diff = difflib.unified_diff(expected, actual, '%s db %s' % (reference.name, step),
                                '%s db %s' % (candidate.name, step), lineterm='')
    print('\n'.join('     ' + line for line in diff), flush=True)
    resync(reference, candidate)
    return False


def improved_view(reference, candidate):
    """For an Improved step: Flask-Migrate must have failed with its batch-offline error after printing part
    of the SQL; Revlab must succeed, and print exactly that part first (stdout) with the same log lines
    before it (stderr). What Revlab prints beyond is checked by the unit suites."""
    def parts(lines):
        i, j, k = lines.index('[stdout]'), lines.index('[stderr]'), lines.index('[database]')
        return lines[0], lines[i + 1:j], lines[j + 1:k], lines[k:]
    ref_exit, ref_out, ref_err, ref_rest = parts(reference)
    cand_exit, cand_out, cand_err, cand_rest = parts(candidate)
    if ref_exit != '[exit 1]' or not ref_err or 'This operation cannot proceed in --sql mode' not in ref_err[-1]:
        return reference, ['flask did not fail as this step expects'] + reference
    expected = ['[exit 0]', '[stdout prefix]'] + ref_out + ['[stderr prefix]'] + ref_err[:-1] + ref_rest
    actual = ([cand_exit, '[stdout prefix]'] + cand_out[:len(ref_out)] + ['[stderr prefix]']
              + cand_err[:len(ref_err) - 1] + cand_rest)
    return expected, actual


def copy_demo(parent, name):
    dest = os.path.join(parent, name)
    shutil.copytree(DEMO, dest, ignore=shutil.ignore_patterns('app.db', '__pycache__'))
    return dest


def candidate_argv(arg):
    """The tool under test: revlab's binary, or the real flask itself (to test this comparator)."""
    if arg == 'flask':
        return 'flask', FLASK_DB
    return 'revlab', [os.path.abspath(arg), 'db']


def main(argv):
    parser = argparse.ArgumentParser(prog='demo_vs_flask.py')
    parser.add_argument('revlab', metavar='REVLAB_BINARY|flask')
    flask_reference.add_option(parser)
    options = parser.parse_args(argv[1:])
    flask_reference.configure(options.reference)
    name, argv_db = candidate_argv(options.revlab)
    if name == 'revlab' and not os.access(argv_db[0], os.X_OK):
        print('FAIL revlab binary not found: %s\n0 passed, 1 failed' % argv_db[0])
        return 1
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='revlab-vs-flask-') as parent:
        reference = Side('flask', FLASK_DB, copy_demo(parent, 'reference'))
        candidate = Side(name, argv_db, copy_demo(parent, 'candidate'))
        for step in SCENARIO:
            if callable(step):
                print('--   ' + step.__doc__, flush=True)
                step(reference.folder)
                step(candidate.folder)
            elif compare(step, reference, candidate):
                passed += 1
            else:
                failed += 1
    return flask_reference.finish(passed, failed)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
