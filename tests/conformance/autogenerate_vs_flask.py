#!/usr/bin/python3
"""`flask db migrate` (autogenerate) held against the real Flask-Migrate 4.0.4 / Alembic 1.8.1.

usage: autogenerate_vs_flask.py REVLAB [--reference fork|subprocess|both]
    REVLAB is the `revlab` binary, or `flask` to hold the real tool against itself (which tests this comparator).
    --reference: how the real tool runs (flask_reference.py): by default one forking Python, not a process per
    command.

Both tools start from a copy of migrations/visits at head, then app/models.py evolves step by step (new
tables, columns, types, nullability, indexes, unique constraints, foreign keys, mixins, Mapped[...]).
For each step: replace app/models.py in both copies, run `db migrate -m ... --rev-id ...`, and compare
the exit code, stdout, stderr (Revlab's own `WARNI [revlab.` lines left out), and the revision file
(Create Date masked); then `db upgrade` both and compare that output and the databases at PRAGMA level
(table_xinfo, index_list/index_xinfo, foreign_key_list) and their CREATE SQL.

Revlab's deliberate differences are kept out of the comparison: renames run with --no-rename-detection,
and no step changes a server default (Revlab compares them, Flask-Migrate does not); the unit suite
covers both. Steps never remove two tables, columns or foreign keys at once: Alembic orders those by a
Python set, which changes from run to run. SQLAlchemy 1.4 has no mapped_column(), so the Mapped[...]
step gives Flask the same model written with db.Column.
Prints one line per step and `N passed, N failed`; exits non-zero on failure.
"""
import argparse
import copy
import difflib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections import OrderedDict
from contextlib import closing

import flask_reference
from flask_reference import FLASK_DB, environment

DEMO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'migrations', 'visits'))
HEADER = 'from datetime import datetime\nfrom typing import Optional\n\nfrom app.extensions import db\n'


# --- the models, as named blocks of source; a block may differ for Revlab (the Mapped[...] step) -------------

class Models:
    def __init__(self):
        with open(os.path.join(DEMO, 'app', 'models.py'), encoding='utf-8') as f:
            text = f.read()
        self.blocks = OrderedDict(UserVisit=text[text.index('class UserVisit'):].strip() + '\n')

    def source(self, side):
        parts = [b[side == 'revlab'] if isinstance(b, tuple) else b for b in self.blocks.values()]
        return HEADER + '\n\n' + '\n\n'.join(parts)

    def edit(self, name, old, new):
        block = self.blocks[name]
        assert old in block, (name, old)
        self.blocks[name] = block.replace(old, new)


def add(name, source):
    return lambda m: m.blocks.__setitem__(name, source.strip('\n') + '\n')


def remove(name):
    return lambda m: m.blocks.pop(name)


def edit(name, old, new):
    return lambda m: m.edit(name, old, new)


USER = '''
class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)
    email = db.Column(db.String(120), index=True, unique=True)
    bio = db.Column(db.Text)
    created_at = db.Column(db.DateTime, server_default=db.func.now())
'''

POST = '''
class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, db.ForeignKey('user.id'), nullable=False)
    title = db.Column(db.String(200), nullable=False)
    body = db.Column(db.Text)
'''

# Defined before the tables they refer to: Alembic creates them in MetaData.sorted_tables order.
SHOP = '''
class Review(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    product_id = db.Column(db.Integer, db.ForeignKey('product.id'), nullable=False)
    user_id = db.Column(db.Integer, db.ForeignKey('user.id'))
    stars = db.Column(db.SmallInteger, nullable=False)


class Product(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    category_id = db.Column(db.Integer, db.ForeignKey('categories.id', ondelete='CASCADE'))
    name = db.Column(db.String(100), nullable=False)


class Category(db.Model):
    __tablename__ = 'categories'
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(50), nullable=False)
'''

TAGS = '''
post_tags = db.Table(
    'post_tags',
    db.Column('post_id', db.Integer, db.ForeignKey('post.id'), primary_key=True),
    db.Column('tag_id', db.Integer, db.ForeignKey('tag.id'), primary_key=True),
)


class Tag(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(30), unique=True, nullable=False)
'''

COMMENTS = '''
class TimestampMixin:
    created_at = db.Column(db.DateTime, nullable=False, default=datetime.utcnow)
    updated_at = db.Column(db.DateTime, onupdate=datetime.utcnow)


class Comment(TimestampMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    post_id = db.Column(db.Integer, db.ForeignKey('post.id'), nullable=False, index=True)
    author_id = db.Column(db.Integer, db.ForeignKey('user.id'))
    text = db.Column(db.String(500), nullable=False)
'''

SETTING_COLUMN = '''
class Setting(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    key = db.Column(db.String(64), nullable=False, unique=True)
    value = db.Column(db.Text)
    enabled = db.Column(db.Boolean, nullable=False)
'''

SETTING_MAPPED = '''
class Setting(db.Model):
    id: db.Mapped[int] = db.mapped_column(primary_key=True)
    key: db.Mapped[str] = db.mapped_column(db.String(64), unique=True)
    value: db.Mapped[Optional[str]] = db.mapped_column(db.Text)
    enabled: db.Mapped[bool]
'''


def setting(m):
    m.blocks['Setting'] = (SETTING_COLUMN.strip('\n') + '\n', SETTING_MAPPED.strip('\n') + '\n')


def rename_setting(m):
    flask_src, revlab_src = m.blocks['Setting']
    line = "class Setting(db.Model):\n"
    table = "    __tablename__ = 'app_setting'\n"
    m.blocks['Setting'] = (flask_src.replace(line, line + table), revlab_src.replace(line, line + table))


# --- the scenario -------------------------------------------------------------------------------------------------

class Step:
    """One change to app/models.py. A `file_only` step compares the generated file and is then undone (its
    file removed, the models restored): its upgrade fails under Alembic 1.8.1, which would leave the real
    tool's database behind for every later step."""

    def __init__(self, title, change=None, flags=(), manual_revision=False, file_only=False):
        self.title, self.change, self.flags = title, change, list(flags)
        self.manual_revision, self.file_only = manual_revision, file_only


NO_RENAMES = ['--no-rename-detection']

UNIQUE_NAMED = "    __table_args__ = (db.UniqueConstraint('user_id', 'title', name='uq_post_user_title'),)\n"
COMPOSITE_INDEX = "    __table_args__ = (db.Index('ix_post_user_slug', 'user_id', 'slug'),)\n"
EDITOR_FK = "db.Column(db.Integer, db.ForeignKey('user.id', name='fk_post_editor'))"
MANY_TYPES = ("    price = db.Column(db.Numeric(10, 2))\n"
              "    weight = db.Column(db.Float)\n"
              "    kind = db.Column(db.Enum('new', 'used', name='product_kind'))\n"
              "    released = db.Column(db.Date)\n"
              "    data = db.Column(db.JSON)\n"
              "    sold_at = db.Column(db.DateTime(timezone=True))\n"
              "    code = db.Column(db.Unicode(20))\n"
              "    blob = db.Column(db.LargeBinary)\n")
PRODUCT_NAME = "    name = db.Column(db.String(100), nullable=False)\n"
POST_CLASS = "class Post(db.Model):\n"
TITLE = 'title = db.Column(db.String(200), nullable=False)'
TITLE_INDEXED = 'title = db.Column(db.String(200), nullable=False, index=True)'
REVIEW = SHOP[SHOP.index('class Review'):SHOP.index('class Product')]

STEPS = [
    Step('no changes on the demo project'),
    Step('add a column (the guide: UserVisit.email)',
         edit('UserVisit', '    visit_count', '    email = db.Column(db.String(120))\n    visit_count')),
    Step('add a NOT NULL column with a server default',
         edit('UserVisit', '    email',
              "    is_bot = db.Column(db.Boolean, nullable=False, server_default='0')\n    email")),
    Step('nullable change: NOT NULL',
         edit('UserVisit', 'db.Column(db.String(255))', 'db.Column(db.String(255), nullable=False)')),
    Step('type change: String length of an indexed column',
         edit('UserVisit', 'db.String(45)', 'db.String(64)')),
    Step('type and nullable change together',
         edit('UserVisit', 'db.Column(db.String(120))', 'db.Column(db.String(255), nullable=False)')),
    Step('add a table with unique and indexed columns', add('User', USER)),
    Step('add an indexed column',
         edit('User', '    created_at', '    score = db.Column(db.Integer, index=True)\n    created_at')),
    Step('type change: Integer -> BigInteger',
         edit('User', 'score = db.Column(db.Integer', 'score = db.Column(db.BigInteger')),
    Step('type change: Text -> String',
         edit('User', 'bio = db.Column(db.Text)', 'bio = db.Column(db.String(500))')),
    Step('add a table with a foreign key', add('Post', POST)),
    Step('add three tables with foreign keys, defined in reverse order', add('Shop', SHOP)),
    Step('add an index', edit('Post', TITLE, TITLE_INDEXED)),
    Step('drop an index', edit('Post', TITLE_INDEXED, TITLE)),
    Step('add a column with a unique index',
         edit('Post', '    body', '    slug = db.Column(db.String(200), unique=True, index=True)\n    body')),
    Step('add a named unique constraint', edit('Post', POST_CLASS, POST_CLASS + UNIQUE_NAMED)),
    Step('drop a named unique constraint', edit('Post', UNIQUE_NAMED, '')),
    # batch_op.create_unique_constraint(None, ...): "ValueError: Constraint must have a name" on upgrade.
    Step('add an unnamed unique constraint',
         edit('Shop', 'String(50), nullable=False)', 'String(50), nullable=False, unique=True)'),
         file_only=True),
    Step('add a column with a named foreign key',
         edit('Post', '    body', '    editor_id = %s\n    body' % EDITOR_FK)),
    Step('drop a named foreign key', edit('Post', EDITOR_FK, 'db.Column(db.Integer)')),
    Step('add an association table and its model', add('Tags', TAGS)),
    Step('add a model with a mixin', add('Comments', COMMENTS)),
    Step('add a model written with Mapped[...] / mapped_column()', setting),
    Step('drop an indexed column', edit('User', '    score = db.Column(db.BigInteger, index=True)\n', '')),
    Step('drop a table', edit('Shop', REVIEW, '')),
    Step('rename a column (as Alembic: drop and add)',
         edit('Post', '    body = db.Column(db.Text)', '    content = db.Column(db.Text)'), NO_RENAMES),
    Step('rename a table (as Alembic: drop and create)', rename_setting, NO_RENAMES),
    Step('add a composite index', edit('Post', POST_CLASS, POST_CLASS + COMPOSITE_INDEX)),
    Step('change the columns of an index',
         edit('Post', "'user_id', 'slug')", "'slug', 'user_id', 'title')")),
    Step('add columns of many types', edit('Shop', PRODUCT_NAME, PRODUCT_NAME + MANY_TYPES)),
    Step('type change of a column with a server default',
         edit('UserVisit', 'is_bot = db.Column(db.Boolean,', 'is_bot = db.Column(db.Integer,')),
    Step('database not at head: a new revision is not applied yet',
         edit('Post', '    title', '    subtitle = db.Column(db.String(200))\n    title'),
         manual_revision=True),
    Step('no changes after all'),
]


# --- running the tools ------------------------------------------------------------------------------------------

def run(argv, folder, args):
    """`<tool> db ARGS` in the folder; the real tool runs as --reference says."""
    if argv == FLASK_DB:
        return flask_reference.flask_db(folder, args)
    try:
        p = subprocess.run(argv + args, cwd=folder, env=environment(), capture_output=True, timeout=60)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return 'timeout after 60 s', '', ''


REVLAB_ONLY = re.compile(r'^WARNI \[revlab\.')


def mask(text, folder):
    text = text.replace(folder, '<tmp>')
    return [re.sub(r'Create Date: .*', 'Create Date: <date>', line) for line in text.splitlines()]


def observe(folder, args, result):
    code, out, err = result
    return (['$ db ' + ' '.join(args), '[exit %s]' % code, '[stdout]'] + mask(out, folder) + ['[stderr]'] +
            [line for line in mask(err, folder) if not REVLAB_ONLY.match(line)])


def new_files(folder, before):
    versions = os.path.join(folder, 'migrations', 'versions')
    lines = []
    for name in sorted(set(os.listdir(versions)) - before):
        with open(os.path.join(versions, name), encoding='utf-8', errors='replace') as f:
            lines += ['--- ' + name] + mask(f.read(), folder)
    return lines


def dump_database(folder):
    path = os.path.join(folder, 'app.db')
    if not os.path.exists(path):
        return ['(no database)']
    with closing(sqlite3.connect('file:%s?mode=ro' % path, uri=True)) as conn:
        q = lambda sql: conn.execute(sql).fetchall()
        master = q('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY 1, 2')
        lines = ['%s %s on %s: %r' % row for row in master]
        for (table,) in q("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            t = '"%s"' % table.replace('"', '""')
            lines.append('table %s' % table)
            lines += ['  column %r' % (row,) for row in q('PRAGMA table_xinfo(%s)' % t)]
            for _, name, unique, origin, partial in sorted(q('PRAGMA index_list(%s)' % t), key=lambda r: r[1]):
                lines.append('  index %s unique=%s origin=%s partial=%s' % (name, unique, origin, partial))
                lines += ['    %r' % (row,) for row in q('PRAGMA index_xinfo("%s")' % name.replace('"', '""'))]
            lines += ['  foreign key %r' % (row,) for row in q('PRAGMA foreign_key_list(%s)' % t)]
    return lines


class Side:
    def __init__(self, name, argv, folder):
        self.name, self.argv, self.folder = name, argv, folder

    def write_models(self, models):
        with open(os.path.join(self.folder, 'app', 'models.py'), 'w', encoding='utf-8') as f:
            f.write(models.source(self.name))

    def db(self, args, flags=()):
        extra = list(flags) if self.name == 'revlab' else []
        return observe(self.folder, args, run(self.argv, self.folder, args + extra))


def step_view(side, step, number, models):
    """Everything one step shows, as lines: the commands' output, the new revision file, the database."""
    side.write_models(models)
    versions = os.path.join(side.folder, 'migrations', 'versions')
    before = set(os.listdir(versions))
    lines = []
    if step.manual_revision:
        lines += side.db(['revision', '-m', 'manual step %02d' % number, '--rev-id', 'manual%02d' % number])
    lines += side.db(['migrate', '-m', 'step %02d' % number, '--rev-id', 'step%02d' % number], step.flags)
    lines += ['[new revision files]'] + new_files(side.folder, before)
    if step.file_only:
        for name in set(os.listdir(versions)) - before:
            os.remove(os.path.join(versions, name))
        return lines
    lines += side.db(['upgrade'])
    if step.manual_revision:  # the database is at head now: the migrate that failed works
        again = 'step%02db' % number
        lines += side.db(['migrate', '-m', again, '--rev-id', again], step.flags)
        lines += side.db(['upgrade'])
    return lines + ['[database]'] + dump_database(side.folder)


def resync(source, target):
    """After a difference, give the candidate the reference's state, so one bug shows up as one failure."""
    shutil.copyfile(os.path.join(source.folder, 'app.db'), os.path.join(target.folder, 'app.db'))
    versions = os.path.join('migrations', 'versions')
    shutil.rmtree(os.path.join(target.folder, versions))
    shutil.copytree(os.path.join(source.folder, versions), os.path.join(target.folder, versions))


def copy_demo(parent, name):
    dest = os.path.join(parent, name)
    shutil.copytree(DEMO, dest, ignore=shutil.ignore_patterns('app.db', '__pycache__'))
    return dest


def main(argv):
    parser = argparse.ArgumentParser(prog='autogenerate_vs_flask.py')
    parser.add_argument('revlab', metavar='REVLAB_BINARY|flask')
    flask_reference.add_option(parser)
    options = parser.parse_args(argv[1:])
    flask_reference.configure(options.reference)
    if options.revlab == 'flask':
        candidate_argv = FLASK_DB
    else:
        candidate_argv = [os.path.abspath(options.revlab), 'db']
        if not os.access(candidate_argv[0], os.X_OK):
            print('FAIL revlab binary not found: %s\n0 passed, 1 failed' % candidate_argv[0])
            return 1
    passed = failed = 0
    models = Models()
    with tempfile.TemporaryDirectory(prefix='revlab-autogenerate-') as parent:
        reference = Side('flask', FLASK_DB, copy_demo(parent, 'flask'))
        name = 'flask' if options.revlab == 'flask' else 'revlab'
        candidate = Side(name, candidate_argv, copy_demo(parent, 'revlab'))
        for s in (reference, candidate):
            s.db(['upgrade'])
        for number, step in enumerate(STEPS):
            undo = copy.deepcopy(models) if step.file_only else None
            if step.change:
                step.change(models)
            expected = step_view(reference, step, number, models)
            actual = step_view(candidate, step, number, models)
            if undo:
                models = undo
            label = 'step %02d: %s' % (number, step.title)
            if expected == actual:
                print('ok   ' + label, flush=True)
                passed += 1
                continue
            print('FAIL ' + label, flush=True)
            diff = difflib.unified_diff(expected, actual, reference.name, candidate.name, lineterm='')
            print('\n'.join('     ' + line for line in diff), flush=True)
            resync(reference, candidate)
            failed += 1
    return flask_reference.finish(passed, failed)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
