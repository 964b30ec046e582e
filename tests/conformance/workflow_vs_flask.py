#!/usr/bin/python3
"""Revlab's CLI held against the real Flask-Migrate on the revision-graph workflow: ids and prefixes, relative
steps, ranges, branches, merges, branch labels, depends_on, stamp, reports and every error the graph can raise.

usage: workflow_vs_flask.py REVLAB [--scenario NAME]... [--reference fork|subprocess|both] | --list
    REVLAB is the `revlab` binary, or `flask` to hold the real tool against itself (which tests this comparator).
    --scenario runs the scenarios named (by name or number; default: all of them), --list prints their names (ctest
    runs each as its own entry, conformance.workflow.NAME), --reference says how the real tool runs
    (flask_reference.py: by default one forking Python, not a process per command).

Each scenario starts from a fresh project: the visits app with a migrations folder made by `flask db init`
(or the demo's own migrations/visits), the same files for both tools. Revision files come from `flask db
revision --rev-id ...`, and the scenario writes the same upgrade()/downgrade() bodies into both sides, so every
step changes the schema. The starting points most scenarios share (a four-revision line, two branches) are made
once by the real tool and copied; scenarios 1 and 5 make theirs through both tools, compared. After every
command both tools must agree on everything a user can see, as in demo_vs_flask.py (whose helpers this reuses):
exit code, stdout and stderr lines (folder and dates masked), the database at PRAGMA level and the revision
files. Two more things are masked: click names the program `python -m flask` where a user sees `flask`, and a
Python warning's location inside Alembic (Revlab prints `UserWarning: <message>`).

Some steps are not plain comparisons:
- AnyOrder: Alembic prints sibling branches in os.listdir() or Python set order (`current` with several rows,
  `branches`, which of two revisions sharing a label it names); lines are compared sorted.
- Improved: offline downgrades through batch steps, which Alembic refuses (README, "Deliberate differences").
- Crash: the real tool dies with a Python traceback. Exit codes, stdout, database and files must agree; the
  traceback's last line must be the one documented here, and Revlab must say why in a clear `Error: ...` line.
- Contrast: a deliberate difference: a failing step is atomic in Revlab, half-applied in Alembic. Both facts
  are asserted.
Held against itself (`flask`), the Crash and Contrast steps fail by design: they expect Revlab's side.

Prints one line per compared command and `N passed, N failed`. Run it with /usr/bin/python3.
While debugging, WORKFLOW_SHOW=1 also prints what agreeing tools printed.
"""
import argparse
import difflib
import glob
import os
import re
import shlex
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing

import flask_reference
from demo_vs_flask import (AnyOrder, FLASK_DB, Improved, Side, candidate_argv, dump_database, improved_view, mask,
                           observe, resync, run)

HERE = os.path.dirname(os.path.abspath(__file__))
VISITS = os.path.normpath(os.path.join(HERE, '..', '..', 'migrations', 'visits'))


# --- steps that are not plain comparisons ---------------------------------------------------------------------------

class Crash(str):
    """A command where Flask-Migrate dies with a Python traceback whose last line starts with `last` (an
    exception that Flask-Migrate's catch_errors does not catch). Revlab must fail the same way (exit code,
    stdout, database and files alike) but say why in an `Error: ...` line that contains `says`."""

    def __new__(cls, command, last, says):
        self = super().__new__(cls, command)
        self.last, self.says = last, says
        return self


class Contrast:
    """A command where Revlab deliberately differs: `check(reference, candidate, results, before)` returns the
    facts that do not hold (an empty list when all do); `before` is the candidate's database before the step."""

    def __init__(self, command, check, doc):
        self.command, self.check, self.doc = command, check, doc


class Action:
    """Something done to both project folders between commands, as a user would (edit a file, run SQL)."""

    def __init__(self, doc, fn):
        self.doc, self.fn = doc, fn

    def __call__(self, folder):
        self.fn(folder)


# --- actions ----------------------------------------------------------------------------------------------------------

def revision_file(folder, rev):
    """The one file in versions/ whose name starts with the revision id."""
    paths = glob.glob(os.path.join(folder, 'migrations', 'versions', rev + '_*.py'))
    if len(paths) != 1:
        raise RuntimeError('expected one revision file for %s in %s, found %r' % (rev, folder, paths))
    return paths[0]


def edit_file(path, old, new):
    """Replace one exact piece of text in a file; the scenario is wrong if it is not there."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if old not in text:
        raise RuntimeError('%r not found in %s' % (old, path))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text.replace(old, new, 1))


def body(rev, upgrade, downgrade):
    """Write upgrade()/downgrade() bodies (lists of lines) into the revision file `flask db revision` made."""
    def indent(lines):
        return ''.join('    %s\n' % line for line in lines)

    def fn(folder):
        path = revision_file(folder, rev)
        edit_file(path, 'def upgrade():\n    pass\n', 'def upgrade():\n' + indent(upgrade))
        edit_file(path, 'def downgrade():\n    pass\n', 'def downgrade():\n' + indent(downgrade))
    return Action('edit %s: upgrade() %s' % (rev, upgrade[0].split('(')[0] if upgrade else 'pass'), fn)


def create_table(rev, table):
    """A revision whose upgrade creates `table` and whose downgrade drops it."""
    return body(rev, ["op.create_table('%s'," % table,
                      "    sa.Column('id', sa.Integer(), nullable=False),",
                      "    sa.Column('name', sa.String(length=50), nullable=True),",
                      "    sa.PrimaryKeyConstraint('id')",
                      ")"],
                ["op.drop_table('%s')" % table])


def add_column(rev, table, column):
    """A revision that adds a column (batch mode, as Flask-Migrate's autogenerate writes it) and drops it."""
    return body(rev, ["with op.batch_alter_table('%s', schema=None) as batch_op:" % table,
                      "    batch_op.add_column(sa.Column('%s', sa.Integer(), nullable=True))" % column],
                ["with op.batch_alter_table('%s', schema=None) as batch_op:" % table,
                 "    batch_op.drop_column('%s')" % column])


def set_attribute(rev, name, source):
    """Rewrite a module-level assignment of a revision file, e.g. depends_on."""
    def fn(folder):
        path = revision_file(folder, rev)
        with open(path, encoding='utf-8') as f:
            text = f.read()
        text, n = re.subn(r'^%s = .*$' % name, '%s = %s' % (name, source), text, count=1, flags=re.M)
        if n != 1:
            raise RuntimeError('no %s in %s' % (name, path))
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    return Action('edit %s: %s = %s' % (rev, name, source), fn)


def write_revision(filename, rev, down, message):
    """Write a whole revision file by hand (for graphs `flask db revision` would never make)."""
    text = ('"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2025-01-01 00:00:00.000000\n\n"""\n'
            'from alembic import op\nimport sqlalchemy as sa\n\n\n'
            'revision = %r\ndown_revision = %r\nbranch_labels = None\ndepends_on = None\n\n\n'
            'def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n') % (message, rev, down or '', rev, down)

    def fn(folder):
        with open(os.path.join(folder, 'migrations', 'versions', filename), 'w', encoding='utf-8') as f:
            f.write(text)
    return Action('write versions/%s (revision %s, down_revision %r)' % (filename, rev, down), fn)


def execute_sql(sql):
    """Run SQL on app.db, as `sqlite3 app.db` would."""
    def fn(folder):
        with closing(sqlite3.connect(os.path.join(folder, 'app.db'))) as conn, conn:
            conn.execute(sql)
    return Action('sqlite3 app.db "%s"' % sql, fn)


# --- the safety contrast ----------------------------------------------------------------------------------------------

def version_rows(folder):
    """The alembic_version rows, or None when the table does not exist."""
    with closing(sqlite3.connect(os.path.join(folder, 'app.db'))) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchall():
            return None
        return sorted(r[0] for r in conn.execute('SELECT version_num FROM alembic_version'))


def table_exists(folder, table):
    """Whether app.db holds the table."""
    with closing(sqlite3.connect(os.path.join(folder, 'app.db'))) as conn:
        return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (table,)).fetchall())


def half_applied_vs_atomic(table, rows_before):
    """The check for a step that creates `table` and then fails: Alembic (non-transactional DDL on SQLite)
    keeps the table and leaves alembic_version at `rows_before`; Revlab rolls the whole step back."""
    def check(reference, candidate, results, before):
        (ref_code, _, ref_err), (cand_code, _, cand_err) = results
        facts = [
            (ref_code == 1, 'flask exits 1'),
            (table_exists(reference.folder, table), 'flask leaves the half-applied table %s behind' % table),
            (version_rows(reference.folder) == rows_before, 'flask leaves alembic_version at %r' % rows_before),
            (cand_code == 1, 'revlab exits 1'),
            (dump_database(candidate.folder) == before, 'revlab leaves the database exactly as before the step'),
            ('rolled back' in cand_err, 'revlab says the step was rolled back'),
        ]
        return [text for ok, text in facts if not ok]
    return check


# --- the scenarios ----------------------------------------------------------------------------------------------------
# Ids are fixed so that both tools write the same files. The linear chain's ids share prefixes on purpose:
# '1a0' and '2b0' are unique 3-character prefixes, '3c0c' is an ambiguous 4-character one, '3c0c0' and '3c0c1'
# tell its two revisions apart.

C1, C2, C3, C4 = '1a0c00000001', '2b0c00000002', '3c0c00000003', '3c0c10000004'


def linear_chain():
    """Four revisions in a line: create account, add account.email_count, create shop, add shop.price."""
    return ['revision -m "create account" --rev-id %s' % C1, create_table(C1, 'account'),
            'revision -m "add email count" --rev-id %s' % C2, add_column(C2, 'account', 'email_count'),
            'revision -m "create shop" --rev-id %s' % C3, create_table(C3, 'shop'),
            'revision -m "add price" --rev-id %s' % C4, add_column(C4, 'shop', 'price')]


B0, B1, B2, B3, M1 = 'b00000000000', 'b1a000000001', 'b2b000000002', 'b3b000000003', 'e0e000000009'


def two_branches():
    """A base, then two branches from it: b1a0 (one revision) and b2b0 -> b3b0."""
    return ['revision -m "create account" --rev-id %s' % B0, create_table(B0, 'account'),
            'revision -m "add email count" --rev-id %s' % B1, add_column(B1, 'account', 'email_count'),
            'revision -m "create shop" --head %s --splice --rev-id %s' % (B0, B2), create_table(B2, 'shop'),
            'revision -m "add price" --head %s --rev-id %s' % (B2, B3), add_column(B3, 'shop', 'price')]


# With several rows in alembic_version, Alembic prints `current` in Python set order.
CURRENT = AnyOrder('current')

SCENARIOS = [
    ('chain_ids', 'linear chain: ids and prefixes', 'bare', ['init'] + linear_chain() + [
        'heads', 'history', 'current', 'upgrade ' + C2, 'current', 'upgrade 3c0c0', 'downgrade 1a0', 'current',
        'upgrade 3c0c', 'upgrade 3c', 'upgrade zz', 'upgrade nosuchrevision', 'upgrade head', 'current',
        'downgrade 2b0c', 'downgrade 3c0c1', 'downgrade base', 'current', 'downgrade base', 'upgrade heads',
        'current',
    ]),
    ('chain_relative', 'linear chain: relative steps', 'chain', [
        'upgrade +1', 'upgrade +2', 'current', 'downgrade -1', 'downgrade -- -1', 'current',
        'upgrade %s+2' % C1, 'current', 'downgrade %s-3' % C4, 'current', 'upgrade +3', 'upgrade +1',
        'downgrade -- -2', 'upgrade +3', 'downgrade +1', 'upgrade -- -1', 'upgrade +0', 'downgrade -- -5',
        'downgrade %s-9' % C4, 'downgrade 2b0c+1', Crash('upgrade 2b0c+5', 'AssertionError', 'Walked too far'),
        'downgrade -- -2', 'current',
    ]),
    ('chain_ranges', 'linear chain: ranges, --sql and history', 'chain', [
        'upgrade 2b0c', 'history -r 2b0c:3c0c1', 'history -r 2b0c:', 'history -r :2b0c', 'history -r current:',
        'history -r :current', 'history -r -2:current', 'history -r 1a0c:1a0c', 'history -r 2b0c:head',
        'history -i', 'history -v -r 3c0c0:', 'history -r 2b0c', 'history -r 3c0c0:1a0c', 'history -r nosuch:',
        Crash('history -r 1a0c:2b0c:3c0c0', 'ValueError: too many values to unpack (expected 2)',
              'too many values'),
        'upgrade 1a0c:3c0c0 --sql', 'upgrade base:2b0c --sql', Improved('downgrade 3c0c0:1a0c --sql'),
        Improved('downgrade --sql'), 'downgrade 3c0c0:2b0c --sql', 'downgrade 2b0c --sql', 'upgrade 1a0c:3c0c0', 'downgrade 3c0c0:1a0c',
        'stamp 1a0c:3c0c0 --sql', 'stamp 3c0c0 --sql',
        Crash('upgrade 1a0c:2b0c:3c0c0 --sql', 'ValueError: too many values to unpack (expected 2)',
              'too many values'), 'current',
    ]),
    ('reports', 'reports: show, heads, branches, current', 'chain', [
        'show current', 'show head', 'show base', 'history -i', 'upgrade 2b0c', 'show current', 'show 2b0c',
        'show 3c0c', 'show 3c0c1', 'show heads', 'heads -v', 'heads --resolve-dependencies', 'branches',
        'current -v', 'history -v -i', 'show nosuch',
    ]),
    ('two_heads', 'two heads, one branch at a time', 'init', two_branches() + [
        AnyOrder('heads'), AnyOrder('branches'), AnyOrder('branches -v'), 'history', 'upgrade', 'upgrade heads',
        CURRENT, 'upgrade +1', 'downgrade %s@-1' % B3, CURRENT, 'upgrade ' + B3,
        'downgrade %s@-1' % B1, CURRENT, 'upgrade %s@+1' % B1, 'downgrade ' + B2, CURRENT,
        'downgrade %s@head' % B2, 'upgrade %s@head' % B3, 'downgrade base', 'upgrade ' + B3, CURRENT,
        'upgrade ' + B1, 'revision -m "third" --rev-id cccccccccccc', AnyOrder('downgrade -- -1'),
        CURRENT,
    ]),
    ('merge_heads', 'merge heads, and downgrading across the merge point', 'branches', [
        'upgrade heads', 'merge heads -m "merge branches" --rev-id ' + M1, 'heads', 'history', 'upgrade',
        CURRENT, 'show head', 'downgrade -- -1', 'downgrade ' + B1, CURRENT, 'upgrade',
        'downgrade ' + B2, CURRENT, 'upgrade', 'downgrade %s@-1' % B3, CURRENT, 'upgrade', 'history -i',
        'merge %s %s -m "merge again" --rev-id f0f000000000' % (B1, B3), 'downgrade base', 'upgrade +3',
        CURRENT, 'upgrade +1', CURRENT,
    ]),
    ('merge_on_top', 'merge a b -m, then revisions on top', 'branches', [
        'merge %s %s -m "join shop and email" --rev-id %s' % (B3, B1, M1), 'heads', 'upgrade', 'current -v',
        'revision -m "after merge" --rev-id f1f000000001', create_table('f1f000000001', 'orders'), 'upgrade',
        'history', 'downgrade -- -2', CURRENT, 'downgrade %s@-1' % B1, CURRENT, 'upgrade heads',
        'downgrade %s' % B0, CURRENT, 'upgrade +2', CURRENT,
    ]),
    ('branch_labels', 'branch labels', 'init', [
        'revision -m "create account" --rev-id a00000000000', create_table('a00000000000', 'account'),
        'revision -m "create shop" --head base --branch-label shopping --rev-id 5a0000000000',
        create_table('5a0000000000', 'shop'),
        'revision -m "add cart" --head shopping@head --rev-id 5b0000000000', add_column('5b0000000000', 'shop', 'cart'),
        'revision -m "add email count" --head a00000000000 --rev-id a10000000000',
        add_column('a10000000000', 'account', 'email_count'),
        AnyOrder('heads'), AnyOrder('heads -v'), 'branches', 'history', 'show shopping', 'show shopping@head',
        'upgrade', 'upgrade shopping@head', CURRENT, 'upgrade shopping@+1', 'downgrade shopping@-1', CURRENT,
        'upgrade shopping@+1', 'upgrade shopping@+1', 'upgrade heads', CURRENT,
        'downgrade shopping@-1', CURRENT, 'downgrade shopping@base', CURRENT,
        'upgrade shopping@5b0000000000', 'upgrade shopping@a10000000000', 'upgrade nosuch@head',
        'history -r shopping@base:shopping@head', 'history -r :shopping@head',
        'revision -m "more cart" --head shopping@head --rev-id 5c0000000000', AnyOrder('heads'),
        Crash('revision -m "dup label" --branch-label shopping --head shopping@head --rev-id 5d0000000000',
              "alembic.script.revision.RevisionError: Branch name 'shopping' in revision 5d0000000000 already used",
              "Branch name 'shopping' in revision 5d0000000000 already used by revision 5a0000000000"),
        AnyOrder('downgrade shopping@5a0000000000'),
        Crash('heads', "alembic.script.revision.RevisionError: Branch name 'shopping'", "Branch name 'shopping'"),
        Action('rm versions/5d0000000000_dup_label.py',
               lambda folder: os.remove(revision_file(folder, '5d0000000000'))),
        'downgrade shopping@5a0000000000', CURRENT,
    ]),
    ('label_from_branch_point', 'branch label on a branch that grows from a branch point', 'chain', [
        'revision -m "feature" --head %s --splice --branch-label feature --rev-id f00000000000' % C1,
        create_table('f00000000000', 'feature'), 'revision -m "feature two" --head feature@head --rev-id f10000000000',
        'history', AnyOrder('branches -v'), 'upgrade feature@head', CURRENT, 'history -i', 'upgrade heads',
        CURRENT, 'downgrade feature@-2', CURRENT, 'downgrade feature@base', CURRENT,
    ]),
    ('depends_on_bases', 'depends_on between two bases', 'init', [
        'revision -m "create account" --rev-id d00000000000', create_table('d00000000000', 'account'),
        'revision -m "add email count" --rev-id d10000000000', add_column('d10000000000', 'account', 'email_count'),
        'revision -m "create orders" --head base --rev-id e00000000000', create_table('e00000000000', 'orders'),
        'revision -m "add account ref" --head e00000000000 --rev-id e10000000000',
        add_column('e10000000000', 'orders', 'account_ref'), set_attribute('e10000000000', 'depends_on', "'d10000000000'"),
        AnyOrder('heads'), 'heads --resolve-dependencies', 'history', 'show e10000000000',
        'upgrade e10000000000', CURRENT, 'history -i', 'downgrade d00000000000', CURRENT,
        'upgrade e00000000000', CURRENT, 'upgrade +1', 'upgrade heads', CURRENT,
        'downgrade -- -1', CURRENT, 'downgrade base', CURRENT,
    ]),
    ('depends_on_label', 'depends_on a branch label', 'init', [
        'revision -m "create account" --branch-label accounts --rev-id d00000000000',
        create_table('d00000000000', 'account'),
        'revision -m "create orders" --head base --branch-label orders --rev-id e00000000000',
        create_table('e00000000000', 'orders'), set_attribute('e00000000000', 'depends_on', "'accounts'"),
        'revision -m "more accounts" --head accounts@head --rev-id d10000000000',
        add_column('d10000000000', 'account', 'email_count'),
        AnyOrder('heads'), 'history', 'show orders', 'upgrade orders@head', CURRENT,
        'upgrade accounts@head', CURRENT, 'downgrade accounts@base', CURRENT,
        'upgrade heads', CURRENT, 'downgrade orders@base', CURRENT,
    ]),
    ('stamp_line', 'stamp along a line', 'chain', [
        'stamp head', CURRENT, 'stamp base', CURRENT, 'stamp 2b0c', CURRENT, 'stamp 3c0c1', 'stamp 1a0c',
        CURRENT, 'stamp heads', CURRENT, 'stamp 3c0c', 'stamp nosuch', 'stamp base', 'upgrade 2b0c',
        'stamp head', Crash('downgrade -- -1', 'sqlalchemy.exc.NoSuchTableError: shop', 'no such table'),
        CURRENT,
    ]),
    ('stamp_branches', 'stamp across branches', 'branches', [
        'stamp ' + B1, CURRENT, 'stamp ' + B2, CURRENT, 'stamp ' + B3, CURRENT,
        'stamp head', 'stamp heads', CURRENT, 'stamp ' + B0, CURRENT, 'stamp heads',
        AnyOrder('stamp base'), CURRENT, 'stamp %s@head' % B3, CURRENT, 'stamp base', 'upgrade heads',
        CURRENT,
    ]),
    ('revision_mistakes', 'revision and merge mistakes', 'chain', [
        'revision -m "from the middle" --head %s --rev-id 0f0000000001' % C1,
        'revision -m "nowhere" --head nosuch --rev-id 0f0000000002', 'revision -m "bad id" --rev-id bad-id',
        'revision -m "bad id" --rev-id "x@y"',
        'revision -m "from the middle" --head %s --splice --rev-id 0f0000000003' % C1, AnyOrder('heads'),
        'revision -m "which head" --rev-id 0f0000000004', 'merge %s %s --rev-id 0f0000000005' % (C1, C2),
        'merge %s %s --rev-id 0f0000000006' % (C4, C4), 'merge %s nosuch --rev-id 0f0000000007' % C4,
        'merge heads -m "done" --rev-id 0f0000000008', 'heads', 'upgrade', 'current',
    ]),
    ('missing_down_revision', 'a down_revision that names a missing revision', 'chain', [
        write_revision('0d0000000009_orphan.py', '0d0000000009', 'ffff00000000', 'orphan'),
        Crash('heads', "KeyError: 'ffff00000000'", 'ffff00000000'),
        Crash('history', "KeyError: 'ffff00000000'", 'ffff00000000'),
        Crash('upgrade', "KeyError: 'ffff00000000'", 'ffff00000000'),
    ]),
    ('cycle', 'a cycle of two revisions', 'chain', [
        write_revision('0e0000000001_left.py', '0e0000000001', '0e0000000002', 'left'),
        write_revision('0e0000000002_right.py', '0e0000000002', '0e0000000001', 'right'),
        Crash('heads', 'alembic.script.revision.CycleDetected: Cycle is detected in revisions',
              'Cycle is detected in revisions (0e0000000001, 0e0000000002)'),
        'history', 'upgrade', 'current', 'show 0e0000000001',
    ]),
    ('duplicate_id', 'one id in two files, then a revision that names itself', 'chain', [
        write_revision('%s_again.py' % C2, C2, C1, 'same id again'), 'heads', 'history', 'upgrade', 'current',
        write_revision('0e0000000003_loop.py', '0e0000000003', '0e0000000003', 'loop'),
        Crash('heads', 'alembic.script.revision.LoopDetected: Self-loop is detected in revisions (0e0000000003)',
              'Self-loop is detected in revisions (0e0000000003)'), 'upgrade',
    ]),
    ('demo_branched', 'the demo project, branched and merged', 'visits', [
        'upgrade', 'revision -m "add country" --rev-id 7a0000000001', add_column('7a0000000001', 'user_visits', 'country'),
        'revision -m "add referrer" --head 2472b4e8b68e --splice --rev-id 7b0000000002',
        body('7b0000000002', ["op.create_table('referrer',", "    sa.Column('id', sa.Integer(), nullable=False),",
                              "    sa.PrimaryKeyConstraint('id')", ")"], ["op.drop_table('referrer')"]),
        AnyOrder('heads'), AnyOrder('branches'), 'upgrade +1', 'upgrade 7a00', 'upgrade 7b00', CURRENT,
        'merge 7a0000000001 7b0000000002 -m "merge country and referrer" --rev-id 7c0000000003', 'upgrade',
        'history', 'downgrade 2472b4e8b68e', CURRENT, 'upgrade 44e3+1', CURRENT, 'upgrade heads',
        'downgrade 7b0000000002', CURRENT, 'stamp 2472', CURRENT,
    ]),
    ('usage_errors', 'usage errors: the message of click and exit code 2', 'init', [
        'upgrade --nosuch', 'downgrade -1', 'nosuchverb', 'upgrade a b', 'history -r', 'revision --rev-id',
        'upgrade --help', 'revision -m "first" --rev-id 0a0000000001', 'heads -v -v', 'stamp', 'current',
    ]),
    ('half_applied', 'a step that fails half way', 'init', [
        'revision -m "create account" --rev-id 9a0000000001', create_table('9a0000000001', 'account'),
        'revision -m "exploding" --rev-id 9b0000000002',
        body('9b0000000002', ["op.create_table('exploded',", "    sa.Column('id', sa.Integer(), nullable=False),",
                              "    sa.PrimaryKeyConstraint('id')", ")",
                              "op.execute('INSERT INTO no_such_table VALUES (1)')"],
             ["op.drop_table('exploded')"]),
        'upgrade 9a00',
        Contrast('upgrade', half_applied_vs_atomic('exploded', ['9a0000000001']),
                 'a failing step is atomic in Revlab, half-applied in Alembic'),
    ]),
    ('script_logging', "what revision scripts log goes through env.py's logging configuration", 'init', [
        'revision -m "logs" --rev-id 10a000000001',
        body('10a000000001', ["import logging",
                              "log = logging.getLogger('alembic.runtime.migration')",
                              "log.warning('SQLite is only partially supported on %s', op.get_bind().dialect.name)",
                              "log.info('alembic loggers print INFO')",
                              "logging.getLogger('alembic.env').debug('but not DEBUG')",
                              "logging.getLogger('myapp.models').warning('the root logger prints WARNING')",
                              "logging.getLogger('myapp.models').info('and not INFO')",
                              "logging.getLogger('sqlalchemy.engine').info('sqlalchemy is at WARN')",
                              "logging.warning('the root logger itself')"],
             ["import logging", "logging.getLogger('flask_migrate').error('flask_migrate logs at INFO')"]),
        'upgrade', 'downgrade base', 'upgrade 10a0 --sql',
    ]),
    ('script_sa_warnings', "SQLAlchemy's warnings where a data migration's line meets them: types without "
     "cache_ok, Decimal on SQLite", 'init', [
        'revision -m "warnings" --rev-id 12a000000000',
        body('12a000000000', [
            "from sqlalchemy import orm",
            "class Upper(sa.types.TypeDecorator):",
            "    impl = sa.String",
            "    def process_bind_param(self, value, dialect):",
            "        return value.upper() if value else value",
            "class Quiet(sa.types.TypeDecorator):",
            "    impl = sa.String",
            "    cache_ok = False",
            "class Kept(Upper):",
            "    cache_ok = True",
            "class Sub(Kept):",
            "    pass",
            "class Pt(sa.types.UserDefinedType):",
            "    def get_col_spec(self, **kw):",
            "        return 'POINT'",
            "t = op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('name', Upper(10)),",
            "                    sa.Column('q', Quiet()), sa.Column('k', Kept()), sa.Column('s', Sub()),",
            "                    sa.Column('p', Pt()), sa.Column('amt', sa.Numeric(10, 2)))",
            "op.bulk_insert(t, [{'id': 1, 'name': 'ab', 'amt': 1.5}])",
            "conn = op.get_bind()",
            "for i in range(2, 4):",
            "    conn.execute(t.insert().values(id=i, name='cd', q='x', k='y', s='z'))",
            "    print(conn.execute(sa.select(t.c.name, t.c.q, t.c.k).where(t.c.id == i)).first())",
            "print(conn.execute(sa.select(t.c.s, t.c.amt).order_by(t.c.id)).fetchall())",
            "print(conn.execute(sa.select(t.c.p)).scalars().all())",
            "tt = sa.table('t', sa.column('id'), sa.column('name', Upper()))",
            "conn.execute(tt.update().values(name='gh').where(tt.c.id == 3))",
            "conn.execute(t.update().values({t.c.name: 'ij'}).where(t.c.id == 2))",
            "Base = orm.declarative_base()",
            "class T(Base):",
            "    __tablename__ = 't'",
            "    id = sa.Column(sa.Integer, primary_key=True)",
            "    name = sa.Column(Upper(10))",
            "session = orm.Session(bind=conn)",
            "print([x.name for x in session.query(T).order_by(T.id)])",
            "print(session.query(T).filter(T.name == 'IJ').count())",
            "x = session.get(T, 1)",
            "x.name = 'kl'",
            "session.commit()",
            "t3 = sa.table('t', sa.column('id', sa.Integer), sa.column('name', Upper(3)))",
            "op.bulk_insert(t3, [{'id': 10, 'name': 'mn'}])",
            "op.execute(t3.update().values(name='op').where(t3.c.id == 10))",
            "op.execute(t.delete().where(t.c.id == 10))"],
             ["op.drop_table('t')"]),
        'upgrade', 'downgrade base',
    ]),
    ('batch_reflection_warnings', "SQLAlchemy's warnings as a batch reflects the tables a foreign key leads to",
     'init', [
        'revision -m "two keys, one signature" --rev-id 10b000000001',
        body('10b000000001', ["op.execute('CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY)')",
                              "op.execute('CREATE TABLE posts (id INTEGER NOT NULL, user_id INTEGER, PRIMARY KEY (id), '",
                              "           'FOREIGN KEY(user_id) REFERENCES users (id), '",
                              "           'CONSTRAINT fk_posts_user FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE)')",
                              "op.execute('CREATE TABLE comments (id INTEGER NOT NULL PRIMARY KEY, '",
                              "           'post_id INTEGER REFERENCES posts (id))')"],
             ["op.drop_table('comments')", "op.drop_table('posts')", "op.drop_table('users')"]),
        'revision -m "batches" --rev-id 10b000000002',
        body('10b000000002', ["with op.batch_alter_table('comments') as batch_op:",
                              "    batch_op.add_column(sa.Column('body', sa.Text()))",
                              "with op.batch_alter_table('posts') as batch_op:",
                              "    batch_op.add_column(sa.Column('title', sa.String(80)))"],
             ["with op.batch_alter_table('posts') as batch_op:",
              "    batch_op.drop_column('title')",
              "with op.batch_alter_table('comments') as batch_op:",
              "    batch_op.drop_column('body')"]),
        'upgrade', 'downgrade 10b000000001', 'upgrade', 'downgrade base',
    ]),
    ('flask_app_in_scripts', "a revision uses the app: its models and db.session, current_app, context.config", 'init', [
        'revision -m "visits" --rev-id 10c000000001',
        body('10c000000001', ["op.create_table('user_visits', sa.Column('id', sa.Integer(), nullable=False),",
                              "    sa.Column('ip_address', sa.String(45), nullable=False),",
                              "    sa.Column('user_agent', sa.String(255)), sa.Column('visited_at', sa.DateTime()),",
                              "    sa.Column('visit_count', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('id'))",
                              "import datetime",
                              "from alembic import context",
                              "from flask import current_app",
                              "from app.extensions import db",
                              "from app.models import UserVisit",
                              "print(current_app.name, sorted(current_app.extensions), current_app.config['SQLALCHEMY_ECHO'])",
                              "print(current_app.extensions['migrate'].configure_args)",
                              "print(db.engine.dialect.name, str(db.engine.url).endswith('/app.db'), UserVisit.__tablename__)",
                              "cfg = context.config",
                              "print(cfg.get_main_option('script_location').endswith('migrations'), cfg.cmd_opts)",
                              "print(cfg.get_main_option('sqlalchemy.url').endswith('/app.db'), cfg.get_main_option('nope', 'dflt'))",
                              "print(sorted(cfg.get_section('alembic')), cfg.get_section('nosuch'), cfg.config_ini_section)",
                              "when = datetime.datetime(2026, 1, 2, 3, 4, 5)",
                              "db.session.add_all([UserVisit(ip_address='10.0.0.1', visit_count=2, visited_at=when),",
                              "                    UserVisit(ip_address='10.0.0.2', visited_at=when)])",
                              "db.session.commit()",
                              "print(UserVisit.query.count(), UserVisit.query.filter(UserVisit.visit_count > 1).one().ip_address)",
                              "UserVisit.query.filter_by(ip_address='10.0.0.2').update({'user_agent': 'curl'})",
                              "db.session.commit()",
                              "print([(v.ip_address, v.user_agent, v.visit_count) for v in UserVisit.query.order_by(UserVisit.id)])",
                              "try:",
                              "    current_app.config['NO_SUCH_KEY']",
                              "except KeyError as e:",
                              "    print('KeyError', e)"],
             ["op.drop_table('user_visits')"]),
        'upgrade', 'downgrade base',
    ]),
]

# The starting points: each is made once by the real tool, then copied for every scenario that uses it.
TEMPLATES = {'init': [], 'chain': linear_chain(), 'branches': two_branches()}


# --- running one step -------------------------------------------------------------------------------------------------

def diff(expected, actual, label):
    """A unified diff of the two views, indented under the FAIL line."""
    lines = difflib.unified_diff(expected, actual, 'flask db ' + label, 'candidate db ' + label, lineterm='')
    return ['     ' + line for line in lines]


def view(side, result, any_order=False):
    """observe() with two more normalisations. Click names the program as it was started: `python -m flask`
    here, `flask` for a user, which is what Revlab prints. With any_order, the ids of a `Branches into:` line
    are sorted too (Alembic keeps a revision's children in a set)."""
    code, out, err = result
    lines = [line.replace('python -m flask db', 'flask db')
             for line in observe(side, (code, out, python_warnings(err)), any_order)]
    if any_order:
        lines = [('Branches into: ' + ', '.join(sorted(line[len('Branches into: '):].split(', '))))
                 if line.startswith('Branches into: ') else line for line in lines]
        lines = [SAME_LABEL.sub(lambda m: m.expand(r'\1 in revisions %s and %s' % tuple(sorted(m.group(2, 3)))),
                                line) for line in lines]
    return lines


# Alembic checks branch labels in the order of a Python set of revisions, so which of two revisions with the
# same label it names first changes from run to run.
SAME_LABEL = re.compile(r"(Branch name '[^']*') in revision (\w+) already used by revision (\w+)")


PYTHON_WARNING = re.compile(r'^\S+\.py:\d+: (\w*Warning): (.*)$')


def python_warnings(stderr):
    """Python prints a warning as `<source file>:<line>: UserWarning: <message>` and then the source line that
    raised it. The location is inside Alembic; Revlab prints `UserWarning: <message>`, so keep only that."""
    lines, skip = [], False
    for line in stderr.splitlines():
        m = PYTHON_WARNING.match(line)
        if m:
            lines.append('%s: %s' % m.groups())
            skip = True
        elif skip and line.startswith('  '):
            skip = False
        else:
            lines.append(line)
            skip = False
    return '\n'.join(lines) + ('\n' if lines else '')


def compare(step, reference, candidate):
    """Run one command through both tools. Returns (agreed, report lines)."""
    args = shlex.split(step)
    any_order = isinstance(step, AnyOrder)
    expected = view(reference, run(reference, args, any_order), any_order)
    actual = view(candidate, run(candidate, args, any_order), any_order)
    if isinstance(step, Improved):
        expected, actual = improved_view(expected, actual)
    label = 'db ' + step + (' (lines in any order)' if any_order else '') + \
        (' (deliberately better: batch steps offline)' if isinstance(step, Improved) else '')
    if expected == actual:
        return True, ['ok   ' + label] + (shown(expected) if os.environ.get('WORKFLOW_SHOW') else [])
    return False, ['FAIL ' + label] + diff(expected, actual, step)


def shown(lines):
    """What both tools printed, for WORKFLOW_SHOW=1 (reading what a scenario covers)."""
    return ['       ' + line for line in lines[:lines.index('[database]')] if line not in ('[stdout]', '[stderr]')]


def stderr_lines(side, text):
    """A tool's stderr as masked, non-blank lines."""
    return [line for line in mask(text, side.folder) if line.strip()]


def compare_crash(step, reference, candidate):
    """A Crash step: the reference's traceback documented, the candidate's clear error line required."""
    ref_result, cand_result = run(reference, shlex.split(step)), run(candidate, shlex.split(step))
    ref_err, cand_err = stderr_lines(reference, ref_result[2]), stderr_lines(candidate, cand_result[2])
    label = 'db %s (flask: traceback ending %r)' % (step, step.last)
    problems = []
    if not (ref_err and 'Traceback (most recent call last):' in ref_err and ref_err[-1].startswith(step.last)):
        problems.append('flask no longer fails with a traceback ending %r: %r' % (step.last, ref_err[-3:]))
    errors = [line for line in cand_err if re.match(r'^(ERROR \[flask_migrate\] )?Error: ', line)]
    if not any(step.says in line for line in errors):
        problems.append('candidate has no Error: line saying %r: %r' % (step.says, cand_err[-3:]))
    if any('Traceback' in line for line in cand_err):
        problems.append('candidate printed a traceback')
    # Everything else a user sees must agree: exit code, stdout, database, files.
    expected = strip_stderr(view(reference, ref_result))
    actual = strip_stderr(view(candidate, cand_result))
    if not problems and expected == actual:
        return True, ['ok   ' + label]
    return False, ['FAIL ' + label] + ['     ' + p for p in problems] + diff(expected, actual, step)


def strip_stderr(lines):
    """An observe() view without its stderr lines."""
    i, j = lines.index('[stderr]'), lines.index('[database]')
    return lines[:i + 1] + lines[j:]


def compare_contrast(step, reference, candidate):
    """A Contrast step: run the command on both, then check the facts that make up the deliberate difference."""
    before = dump_database(candidate.folder)
    args = shlex.split(step.command)
    results = run(reference, args), run(candidate, args)
    problems = step.check(reference, candidate, results, before)
    label = 'db %s (deliberate difference: %s)' % (step.command, step.doc)
    if not problems:
        return True, ['ok   ' + label]
    return False, ['FAIL ' + label] + ['     not true: ' + p for p in problems] + \
        ['     flask stderr: ' + line for line in stderr_lines(reference, results[0][2])] + \
        ['     candidate stderr: ' + line for line in stderr_lines(candidate, results[1][2])]


# --- projects ---------------------------------------------------------------------------------------------------------

def bare_project(dest):
    """The visits app without a migrations folder: what `flask db init` starts from."""
    os.makedirs(dest)
    shutil.copy(os.path.join(VISITS, 'main.py'), dest)
    shutil.copytree(os.path.join(VISITS, 'app'), os.path.join(dest, 'app'),
                    ignore=shutil.ignore_patterns('__pycache__'))
    return dest


def build_template(parent, kind):
    """A starting point made by the real tool: `flask db init`, then the template's revisions and bodies."""
    folder = bare_project(os.path.join(parent, 'template-' + kind))
    for step in ['init'] + TEMPLATES[kind]:
        if isinstance(step, Action):
            step(folder)
            continue
        code, _, err = flask_reference.flask_db(folder, shlex.split(step))
        if code != 0:
            raise RuntimeError('flask db %s failed: %s' % (step, err))
    return folder


def make_project(kind, templates, dest):
    """A fresh project folder: 'bare' (no migrations yet), 'visits' (the demo) or a copy of a template."""
    if kind == 'bare':
        return bare_project(dest)
    source = VISITS if kind == 'visits' else templates[kind]
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns('app.db', '__pycache__'))
    return dest


# --- running the scenarios --------------------------------------------------------------------------------------------

def run_scenario(number, scenario, templates, parent, candidate_name, candidate_db):
    """One scenario in its own pair of folders; prints its report as it goes. Returns (passed, failed)."""
    name, title, kind, steps = scenario
    root = os.path.join(parent, 's%02d' % number)
    reference = Side('flask', FLASK_DB, make_project(kind, templates, os.path.join(root, 'reference')))
    candidate = Side(candidate_name, candidate_db, make_project(kind, templates, os.path.join(root, 'candidate')))
    print('== %d. %s: %s (%s project)' % (number, name, title, kind), flush=True)
    passed = failed = 0
    for step in steps:
        if isinstance(step, Action):
            print('--   ' + step.doc, flush=True)
            step(reference.folder)
            step(candidate.folder)
            continue
        if isinstance(step, Contrast):
            agreed, report = compare_contrast(step, reference, candidate)
        elif isinstance(step, Crash):
            agreed, report = compare_crash(step, reference, candidate)
        else:
            agreed, report = compare(step, reference, candidate)
        print('\n'.join(report), flush=True)
        if agreed:
            passed += 1
        else:
            failed += 1
            resync(reference, candidate)  # one bug shows up as one failure
    shutil.rmtree(root, ignore_errors=True)
    return passed, failed


def chosen(selection):
    """The scenarios --scenario names (by name or number), numbered from 1; an unknown name is an error."""
    numbered = list(enumerate(SCENARIOS, 1))
    if not selection:
        return numbered
    picked = []
    for item in selection:
        match = [(i, s) for i, s in numbered if item in (s[0], str(i))]
        if not match:
            raise SystemExit('workflow_vs_flask.py: no scenario %r; --list names them' % item)
        picked += match
    return picked


def main(argv):
    """Build the starting points the scenarios need, run the scenarios, print their reports and the totals."""
    parser = argparse.ArgumentParser(prog='workflow_vs_flask.py')
    parser.add_argument('revlab', metavar='REVLAB_BINARY|flask', nargs='?')
    parser.add_argument('--scenario', action='append', default=[], metavar='NAME')
    parser.add_argument('--list', action='store_true', help='print the scenario names and stop')
    flask_reference.add_option(parser)
    options = parser.parse_args(argv[1:])
    if options.list:
        print('\n'.join(s[0] for s in SCENARIOS))
        return 0
    if not options.revlab:
        parser.error('the REVLAB_BINARY|flask argument is required')
    flask_reference.configure(options.reference)
    name, argv_db = candidate_argv(options.revlab)
    if name == 'revlab' and not os.access(argv_db[0], os.X_OK):
        print('FAIL revlab binary not found: %s\n0 passed, 1 failed' % argv_db[0])
        return 1
    scenarios = chosen(options.scenario)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='revlab-workflow-') as parent:
        kinds = sorted({s[2] for _, s in scenarios} & set(TEMPLATES))
        templates = {kind: build_template(parent, kind) for kind in kinds}
        for i, s in scenarios:
            p, f = run_scenario(i, s, templates, parent, name, argv_db)
            passed, failed = passed + p, failed + f
    return flask_reference.finish(passed, failed)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
