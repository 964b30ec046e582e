#!/usr/bin/python3
"""Writes a large Flask project for the benchmarks: the same folder shape as migrations/visits (main.py,
app/models.py, migrations/ with alembic.ini, env.py, script.py.mako copied from the demo, versions/*.py),
so real Flask-Migrate and `revlab db` run on it unchanged.

usage: gen_project.py OUT [--revisions N] [--branch-every K] [--live-tables L] [--models M] [--batch] [--data-loop]

  --revisions N     a history of N revisions. They cycle through what real histories do: create_table (with an
                    index), add_column, create_index, drop_index, drop_column, and now and then drop_table. Every K
                    revisions (default 50) the line forks into two revisions, each creating a table, and a merge
                    revision joins them, so the walks go through branch and merge points. Beyond L live
                    tables (default 50) the oldest is dropped, as features retire in real apps.
  --models M        app/models.py declares M tables (a few columns, an index, a foreign key to an earlier
                    table). With --revisions 0 the history is one initial revision that creates them as they
                    were before the last change: autogenerate then finds a new column and index on every 10th
                    table, and an index dropped on every 25th.
  --batch           two revisions: `big` created, then rebuilt by batch_alter_table (alter_column NOT NULL, with
                    copy_from so that Alembic's --sql can print the 12-step SQL too). The runner fills the rows.
  --data-loop       two revisions: `item` created, then a data migration written as people write them: it
                    reads every row through op.get_bind(), computes in Python (arithmetic, an f-string) and
                    updates each row with a bound sa.text() statement; its downgrade loops back. The runner
                    fills the rows.

Only the standard library: the runner calls it with /usr/bin/python3 or any other Python 3.
Everything is deterministic (revision ids are hashes of their position), so reruns give the same files.
"""
import argparse
import hashlib
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, '..', 'migrations', 'visits')

MAIN_PY = '''"""A generated benchmark app: only what `flask db` needs."""
import os

from flask import Flask

from app.extensions import db, migrate

BASE_DIR = os.path.dirname(os.path.abspath(__file__))

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite:///' + os.path.join(BASE_DIR, 'app.db')
db.init_app(app)
migrate.init_app(app, db, directory=os.path.join(BASE_DIR, 'migrations'))

from app import models  # noqa: E402,F401  (registers the tables for autogenerate)
'''

SCRIPT = '''"""{message}

Revision ID: {rev}
Revises: {revises}
Create Date: 2025-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = {rev!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{upgrade}


def downgrade():
{downgrade}
'''


def rev_id(tag, i):
    return hashlib.sha1(f'{tag}-{i}'.encode()).hexdigest()[:12]


# --- the schema model the history walks through -------------------------------------------------------------------

TYPES = {'int': 'sa.Integer()', 'name': 'sa.String(length=80)', 'note': 'sa.String(length=200)',
         'when': 'sa.DateTime()'}


def column_py(name, kind, nullable=True, pk=False):
    return f"sa.Column({name!r}, {TYPES[kind]}, nullable={nullable})" if not pk else \
        f"sa.Column({name!r}, {TYPES[kind]}, nullable=False)"


class Table:
    def __init__(self, name):
        self.name = name
        self.columns = [('id', 'int', False), ('name', 'name', False), ('created_at', 'when', True)]
        self.indexes = {f'ix_{name}_name': ['name']}

    def create_ops(self):
        cols = ''.join(f'    {column_py(n, k, nl)},\n' for n, k, nl in self.columns)
        ops = [f"op.create_table({self.name!r},\n{cols}    sa.PrimaryKeyConstraint('id')\n    )"]
        ops += [f"op.create_index({ix!r}, {self.name!r}, {cols_!r}, unique=False)"
                for ix, cols_ in self.indexes.items()]
        return ops

    def drop_ops(self):
        return [f"op.drop_index({ix!r}, table_name={self.name!r})" for ix in self.indexes] + \
            [f"op.drop_table({self.name!r})"]


def body(ops):
    return '\n'.join('    ' + op for op in ops) if ops else '    pass'


class History:
    """Revisions in file order; each knows its parents and its upgrade/downgrade ops."""

    def __init__(self, tag):
        self.tag = tag
        self.revisions = []  # (id, down_revision, message, up_ops, down_ops)
        self.tables = {}
        self.count = 0

    def add(self, down, message, up, down_ops):
        """A revision on `down`: `up` and `down_ops` are op lines in the order they run."""
        rid = rev_id(self.tag, len(self.revisions))
        self.revisions.append((rid, down, message, up, down_ops))
        return rid

    def new_table(self, prefix):
        self.count += 1
        t = Table(f'{prefix}{self.count:05d}')
        self.tables[t.name] = t
        return t

    def write(self, versions):
        for i, (rid, down, message, up, down_ops) in enumerate(self.revisions):
            revises = ', '.join(down) if isinstance(down, tuple) else (down or '')
            slug = message.replace(' ', '_')
            text = SCRIPT.format(message=message, rev=rid, revises=revises, down=down,
                                 upgrade=body(up), downgrade=body(down_ops))
            with open(os.path.join(versions, f'{rid}_{slug}.py'), 'w') as f:
                f.write(text)


def chain(n, branch_every, live_tables):
    """N revisions: a line of schema changes, forking and merging every `branch_every` revisions."""
    h = History('chain')
    head = None
    current = None       # the table the line is working on
    live = []            # tables still in the schema, oldest first
    step = 0             # the line's position, forks included (they come every `branch_every`)
    work = 0             # the line's own changes: decides which kind of change comes next
    while len(h.revisions) < n:
        left = n - len(h.revisions)
        if branch_every and step and step % branch_every == 0 and left >= 3:
            # A fork: two siblings each create a table, then a merge joins them (no ops of its own).
            a, b = h.new_table('ba'), h.new_table('bb')
            ra = h.add(head, f'branch a {a.name}', a.create_ops(), a.drop_ops())
            rb = h.add(head, f'branch b {b.name}', b.create_ops(), b.drop_ops())
            head = h.add((ra, rb), 'merge branches', [], [])
            live += [a, b]
            step += 1
            continue
        kind = work % 5
        up, down = [], []
        if kind == 0 or current is None:
            current = h.new_table('t')
            up, down = current.create_ops(), current.drop_ops()
            live.append(current)
            message = f'create {current.name}'
        elif kind == 1:
            current.columns.append(('note', 'note', True))
            up = [f"op.add_column({current.name!r}, {column_py('note', 'note')})"]
            down = [f"op.drop_column({current.name!r}, 'note')"]
            message = f'add {current.name} note'
        elif kind == 2:
            ix = f'ix_{current.name}_note'
            current.indexes[ix] = ['note']
            up = [f"op.create_index({ix!r}, {current.name!r}, ['note'], unique=False)"]
            down = [f"op.drop_index({ix!r}, table_name={current.name!r})"]
            message = f'index {current.name} note'
        elif kind == 3:
            ix = f'ix_{current.name}_note'
            del current.indexes[ix]
            current.columns.append(('score', 'int', True))
            up = [f"op.add_column({current.name!r}, {column_py('score', 'int')})",
                  f"op.drop_index({ix!r}, table_name={current.name!r})"]
            down = [f"op.create_index({ix!r}, {current.name!r}, ['note'], unique=False)",
                    f"op.drop_column({current.name!r}, 'score')"]
            message = f'score for {current.name}'
        else:
            current.columns = [c for c in current.columns if c[0] != 'note']
            up = [f"op.drop_column({current.name!r}, 'note')"]
            down = [f"op.add_column({current.name!r}, {column_py('note', 'note')})"]
            message = f'drop {current.name} note'
            # Beyond `live_tables` the oldest table is dropped: the schema stays the size of a real app's, so
            # the cost per revision stays flat and what grows with N is the tools' own work (SQLite re-parses
            # the whole schema on every ALTER TABLE: with an ever-growing schema that would be all we saw).
            while len(live) > live_tables:
                old = live.pop(0)
                up.append(f"op.drop_table({old.name!r})")  # its indexes go with it
                down = old.create_ops() + down
                message += f' and {old.name}'
        head = h.add(head, message, up, down)
        step += 1
        work += 1
    return h, ''


# --- models for autogenerate ----------------------------------------------------------------------------------------

def models_project(m):
    """M model classes; the history creates them as they were one change ago."""
    h = History('models')
    classes, ops, undo = [], [], []
    for k in range(m):
        name = f'm{k:04d}'
        changed = k % 10 == 9           # gains `extra` (indexed) since the last revision
        unindexed = k % 25 == 24         # its `title` index was dropped from the models
        # A foreign key to an earlier table, as a tree (m0007 -> m0003 -> m0001 -> m0000): SQLAlchemy sorts
        # tables recursively, and a 500-deep chain of references would hit Python's recursion limit.
        parent = f'm{(k - 1) // 2:04d}'
        fk = f", db.ForeignKey('{parent}.id')" if k else ''
        lines = [f'class M{k:04d}(db.Model):',
                 f"    __tablename__ = '{name}'",
                 '    id = db.Column(db.Integer, primary_key=True)',
                 f"    title = db.Column(db.String(80), nullable=False, index={not unindexed})",
                 '    body = db.Column(db.Text)',
                 '    created_at = db.Column(db.DateTime)',
                 f'    parent_id = db.Column(db.Integer{fk})' if k else '    parent_id = db.Column(db.Integer)']
        if changed:
            lines.append("    extra = db.Column(db.String(40), index=True)")
        classes.append('\n'.join(lines))
        cols = [column_py('id', 'int', False), "sa.Column('title', sa.String(length=80), nullable=False)",
                "sa.Column('body', sa.Text(), nullable=True)", column_py('created_at', 'when'),
                column_py('parent_id', 'int')]
        cons = [f"sa.ForeignKeyConstraint(['parent_id'], ['{parent}.id'], )"] if k else []
        cons.append("sa.PrimaryKeyConstraint('id')")
        items = ''.join(f'    {c},\n' for c in cols + cons[:-1]) + f'    {cons[-1]}\n'
        ops.append(f"op.create_table({name!r},\n{items}    )")
        ops.append(f"op.create_index('ix_{name}_title', {name!r}, ['title'], unique=False)")
        undo = [f"op.drop_index('ix_{name}_title', table_name={name!r})", f"op.drop_table({name!r})"] + undo
    h.add(None, 'initial tables', ops, undo)
    models = 'from app.extensions import db\n\n\n' + '\n\n\n'.join(classes) + '\n'
    return h, models


def batch_project():
    """`big` (filled by the runner), then one batch step that rebuilds it."""
    h = History('batch')
    cols = ["sa.Column('id', sa.Integer(), nullable=False)", "sa.Column('name', sa.String(length=80), nullable=True)",
            "sa.Column('score', sa.Integer(), nullable=True)", "sa.Column('created_at', sa.DateTime(), nullable=True)"]
    create = "op.create_table('big',\n" + ''.join(f'    {c},\n' for c in cols) + \
        "    sa.PrimaryKeyConstraint('id')\n    )"
    first = h.add(None, 'create big', [create, "op.create_index('ix_big_score', 'big', ['score'], unique=False)"],
                  ["op.drop_index('ix_big_score', table_name='big')", "op.drop_table('big')"])
    # copy_from describes the table as it is, so that Alembic can print the rebuild offline (--sql).
    copy_from = ("sa.Table('big', sa.MetaData(), " + ', '.join(cols) +
                 ", sa.PrimaryKeyConstraint('id'), sa.Index('ix_big_score', 'score'))")

    def rebuild(nullable):
        before = copy_from.replace("'name', sa.String(length=80), nullable=True",
                                   f"'name', sa.String(length=80), nullable={not nullable}")
        return [f"with op.batch_alter_table('big', copy_from={before}) as batch_op:",
                f"    batch_op.alter_column('name', existing_type=sa.String(length=80), nullable={nullable})"]
    h.add(first, 'name not null', rebuild(False), rebuild(True))
    return h


def data_loop_project():
    """`item` (filled by the runner), then a data migration that loops over its rows in Python."""
    h = History('loop')
    create = ("op.create_table('item',\n    sa.Column('id', sa.Integer(), nullable=False),\n"
              "    sa.Column('n', sa.Integer(), nullable=True),\n"
              "    sa.Column('label', sa.String(length=40), nullable=True),\n"
              "    sa.PrimaryKeyConstraint('id')\n    )")
    first = h.add(None, 'create item', [create], ["op.drop_table('item')"])
    read = 'rows = conn.execute(sa.text("SELECT id, n, label FROM item ORDER BY id")).fetchall()'
    update = 'update = sa.text("UPDATE item SET n = :n, label = :label WHERE id = :id")'
    up = ['conn = op.get_bind()', read, update, 'for row in rows:',
          '    conn.execute(update, {"id": row.id, "n": row.n * 2 + 1, "label": f"{row.label}-{row.n % 7}"})']
    down = ['conn = op.get_bind()', read, update, 'for row in rows:',
            '    label, _, _ = row.label.rpartition("-")',
            '    conn.execute(update, {"id": row.id, "n": (row.n - 1) // 2, "label": label})']
    h.add(first, 'recompute items', up, down)
    return h


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('out')
    p.add_argument('--revisions', type=int, default=0)
    p.add_argument('--branch-every', type=int, default=50)
    p.add_argument('--live-tables', type=int, default=50)
    p.add_argument('--models', type=int, default=0)
    p.add_argument('--batch', action='store_true')
    p.add_argument('--data-loop', action='store_true')
    a = p.parse_args()

    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    versions = os.path.join(a.out, 'migrations', 'versions')
    os.makedirs(versions)
    os.makedirs(os.path.join(a.out, 'app'))
    for f in ('alembic.ini', 'env.py', 'script.py.mako'):
        shutil.copy(os.path.join(DEMO, 'migrations', f), os.path.join(a.out, 'migrations', f))
    for f in ('extensions.py', '__init__.py'):
        shutil.copy(os.path.join(DEMO, 'app', f), os.path.join(a.out, 'app', f))
    with open(os.path.join(a.out, 'main.py'), 'w') as f:
        f.write(MAIN_PY)

    models = 'from app.extensions import db\n'
    if a.batch:
        history = batch_project()
    elif a.data_loop:
        history = data_loop_project()
    elif a.models:
        history, models = models_project(a.models)
    else:
        history, _ = chain(a.revisions, a.branch_every, a.live_tables)
    history.write(versions)
    with open(os.path.join(a.out, 'app', 'models.py'), 'w') as f:
        f.write(models)
    heads = {r[0] for r in history.revisions} - {d for r in history.revisions
                                                  for d in (r[1] if isinstance(r[1], tuple) else (r[1],))}
    print(f'{a.out}: {len(history.revisions)} revisions, head {" ".join(sorted(heads))}')


if __name__ == '__main__':
    main()
