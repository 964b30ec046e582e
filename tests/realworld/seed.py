"""Rows for a real project's history: a seeded variant of a ../shared/realworld scenario.

The scenario files there leave every table empty, so a data migration's loop runs over no rows. This builds,
from a scenario's own STEPS (never a copy of its files), one whose tables hold rows at every step:

  the scenario's first steps (files, history), then for each revision X of its upward walk:
    upgrade X; ("sql", three rows into every table that exists then); downgrade PARENT; upgrade X
  and last `downgrade` back where the share started, over every row seeded on the way.

So each upgrade runs over the rows of all earlier tables, each downgrade too, and each revision runs a second
time over rows that its own downgrade went through (unless real Alembic fails to: a downgrade that does not
undo its upgrade, `pass`, leaves a column that the second upgrade adds again). A share K/N of the revisions starts with one
`upgrade` to the revision before it, and rows. The rows come from the SQLite schema of the moment, as the
real tool leaves it: this replays the steps through real Flask-Migrate (in this process, through its click
commands), reads the tables, foreign keys and unique indexes, and inserts into its own app.db what it emits,
so parents exist before their children and a row that SQLite refuses is left out. Both tools then get the
same SQL. Nothing here knows a project: values follow each column's declared type, NOT NULL, DEFAULT,
CHECK (x IN (...)), foreign keys and unique indexes. The third row of a table has NULL in its nullable columns;
where real Alembic then fails (a loop that calls a method on each value), that round goes again without it.
"""
import datetime
import gc
import io
import json
import os
import re
import shlex
import shutil
import sqlite3
import sys
import tempfile
import warnings
from contextlib import closing, redirect_stderr, redirect_stdout


# Verbs that change nothing: the seeding pass need not run them (Alembic's Config prints their results
# to the sys.stdout it was defined with, past any redirection).
READ_ONLY = {"history", "current", "heads", "branches", "show", "check", "list-templates"}


def walk(steps):
    """(prefix, upward): the steps before the first `upgrade`, and the revisions it then upgrades to in turn."""
    prefix, ups = [], []
    for step in steps:
        if step[0] == "db" and step[1].startswith("upgrade ") and len(step[1].split()) == 2:
            ups.append(step[1].split()[1])
        elif ups:
            break  # the downward walk and what follows: the seeded scenario has its own
        else:
            prefix.append(step)
    return prefix, ups


def share(items, k, n):
    """The K-th of N consecutive, near-equal shares of items (1-based): (start, end)."""
    size, extra = divmod(len(items), n)
    start = (k - 1) * size + min(k - 1, extra)
    return start, start + size + (1 if k <= extra else 0)


def split(steps, k, n):
    """Share K of N of a scenario's own steps, as is: a later share starts with the files written so far and
    one `upgrade` to the revision the earlier steps left the database at (empty tables: nothing else to redo)."""
    first = 1 if steps and steps[0][0] == "files" else 0
    start, end = share(steps[first:], k, n)
    out, at = [], None
    for step in steps[:first + start]:
        if step[0] == "files":
            out.append(step)
        elif step[0] == "sql":
            raise SystemExit("seed.py: a scenario's sql steps cannot be split")
        elif step[0] == "db" and step[1].split()[0] in ("upgrade", "downgrade") and len(step[1].split()) == 2:
            at = step[1].split()[1]
    if k > 1 and at not in (None, "base"):
        out.append(("db", "upgrade " + at))
    return out + list(steps[first + start:first + end])


# --- the real side, in this process ------------------------------------------------------------------------------

class Real:
    """A Flask project under real Flask-Migrate, as duo.py makes one, run through `db` in this process."""

    def __init__(self, duo):
        from flask import Flask
        from flask_migrate import Migrate
        from flask_sqlalchemy import SQLAlchemy
        self.root = tempfile.mkdtemp(prefix="rw-seed-")
        self.db_path = os.path.join(self.root, "app.db")
        self.app = Flask("main")
        self.app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + self.db_path
        self.db = SQLAlchemy(self.app)
        Migrate(self.app, self.db, directory=os.path.join(self.root, "migrations"))
        duo.write(self.root, duo.APP)
        sys.path.insert(0, self.root)  # the project's own packages (stubs), as `python -m flask` finds them
        self.run("init")

    def run(self, args):
        from flask_migrate.cli import db as db_group
        log = io.StringIO()
        cwd = os.getcwd()
        os.chdir(self.root)
        try:
            with redirect_stdout(log), redirect_stderr(log), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = self.app.test_cli_runner(mix_stderr=False).invoke(db_group, shlex.split(args))
            code, self.error = result.exit_code, repr(result.exception) if result.exit_code else ""
        finally:
            result = None
            gc.collect()  # a failed command's traceback holds its connection, and SQLite's lock with it
            os.chdir(cwd)
            with self.app.app_context():
                self.db.engine.dispose()
        return code


# --- rows from the schema ----------------------------------------------------------------------------------------

def q(name):
    return '"%s"' % name.replace('"', '""')


def literal(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, bytes):
        return "X'%s'" % v.hex()
    return "'%s'" % v.replace("'", "''")


CONSTANT_DEFAULT = re.compile(r"^\(*\s*(NULL|[-+]?[\d.]+(e[-+]?\d+)?|'([^']|'')*')\s*\)*$", re.I)


def in_lists(sql):
    """{column: [allowed literals]} from CHECK (col IN (...)) constraints (SQLAlchemy's Boolean and Enum)."""
    out = {}
    for m in re.finditer(r"CHECK\s*\(\s*\"?(\w+)\"?\s+IN\s*\(([^)]*)\)\s*\)", sql or "", re.I):
        out[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
    return out


def value(table, col, ctype, n, j, length):
    """A value valid for the declared type: row 1 typical, row 2 at the edge (negative, past 2**53, non-ASCII
    text with a quote).
    n makes it unique per round, table and column. Text, and JSON, is the text of a JSON object (row 1 with
    more keys), so that a migration that turns a TEXT column into JSON, or json.loads() it, reads it."""
    t = ctype.upper()
    day = datetime.datetime(2020, 1, 1) + datetime.timedelta(days=n, minutes=n * 7, microseconds=j)
    if "BOOL" in t:
        return 1 if j == 1 else 0
    if re.search(r"\bDATETIME|TIMESTAMP", t):
        return day.strftime("%Y-%m-%d %H:%M:%S.%f")
    if t.startswith("DATE"):
        return day.strftime("%Y-%m-%d")
    if t.startswith("TIME"):
        return day.strftime("%H:%M:%S.%f")
    if "INT" in t:
        return n if j == 1 else 2 ** 53 + 1 + n  # past a double's exact integers
    if any(k in t for k in ("REAL", "FLOA", "DOUB")):
        return n + 0.5 if j == 1 else -(n + 0.25)
    if any(k in t for k in ("NUMERIC", "DECIMAL")):
        return n + 0.75 if j == 1 else 0
    if "BLOB" in t or t == "":
        return ("%s.%s %d" % (table, col, n)).encode()
    obj = {"name": "%s %d" % (col, n) if j == 1 else "Ünïcödé l'%s %d ✓" % (col.title(), n)}
    if j == 1:
        obj.update(path="/%s/%d.txt" % (table, n), tags=["Tag %d" % n])
    text = json.dumps(obj, ensure_ascii=j == 1)
    if length and len(text) > length:
        text = ("%s%d" % (col, n))[-length:]
    return text


class Schema:
    def __init__(self, con):
        self.con = con
        qa = lambda s: con.execute(s).fetchall()
        self.tables = {}
        for name, sql in qa("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            "AND name != 'alembic_version' AND name NOT LIKE '_alembic_tmp_%' ORDER BY name"):
            cols = [c for c in qa("PRAGMA table_xinfo(%s)" % q(name)) if c[6] == 0]  # not generated
            fks = {}
            for f in qa("PRAGMA foreign_key_list(%s)" % q(name)):
                fks.setdefault(f[0], []).append((f[2], f[3], f[4]))  # id: [(parent, from, to)]
            unique = [c[1] for c in cols if c[5]]
            for i in qa("PRAGMA index_list(%s)" % q(name)):
                if i[2]:
                    unique += [c[2] for c in qa("PRAGMA index_info(%s)" % q(i[1]))]
            self.tables[name] = dict(cols=cols, fks=list(fks.values()), unique=set(unique), checks=in_lists(sql))

    def order(self):
        """Parents before children (a cycle, or a parent that is missing, is broken by name order)."""
        done, out = set(), []

        def visit(t, path):
            if t in done or t in path or t not in self.tables:
                return
            for fk in self.tables[t]["fks"]:
                visit(fk[0][0], path | {t})
            done.add(t)
            out.append(t)
        for t in sorted(self.tables):
            visit(t, set())
        return out

    def parent_row(self, parent, cols, j):
        """Key values of the j-th newest row of parent (of the 3 newest: the rows, or the keys, of a child pick
        different parents)."""
        if parent not in self.tables:
            return None
        if not all(cols):
            cols = [c[1] for c in sorted(self.tables[parent]["cols"], key=lambda c: c[5]) if c[5]]
        sel = ", ".join(q(c) for c in cols)
        for order in ("ORDER BY rowid DESC ", ""):
            try:
                rows = self.con.execute("SELECT %s FROM %s %sLIMIT 3" % (sel, q(parent), order)).fetchall()
                break
            except sqlite3.Error:
                rows = []
        return rows[(j - 1) % len(rows)] if rows else None


def seed_table(schema, table, rnd, tno, edge):
    """INSERT statements for the rows of table; each is run here first and kept only if SQLite takes it. Row 3
    (with edge) is row 2 with NULL in every nullable column that no key or unique index holds."""
    info = schema.tables[table]
    out = []
    for j in (1, 2, 3) if edge else (1, 2):
        row = {}
        for cid, name, ctype, notnull, default, pk, _ in info["cols"]:
            if j == 1 and default is not None and CONSTANT_DEFAULT.match(default) and not pk \
                    and name not in info["unique"]:
                continue  # the first row takes a constant DEFAULT (never CURRENT_TIMESTAMP: the clocks differ)
            m = re.search(r"\((\d+)\)", ctype)
            n = rnd * 1000 + tno * 10 + j
            if name in info["checks"]:
                allowed = info["checks"][name]
                row[name] = allowed[0 if j == 1 else -1]
                continue
            if j == 3 and not notnull and not pk and name not in info["unique"]:
                row[name] = "NULL"
                continue
            row[name] = literal(value(table, name, ctype, n, min(j, 2), int(m.group(1)) if m else None))
        for f, fk in enumerate(info["fks"]):
            ref = schema.parent_row(fk[0][0], [to for _, _, to in fk], j + f)
            for k, (_, frm, _) in enumerate(fk):
                v = ref[k] if ref else None
                if row.get(frm, "NULL") != "NULL" and (v is not None or not _notnull(info, frm)):
                    row[frm] = literal(v)
        sql = "INSERT INTO %s (%s) VALUES (%s);" % (q(table), ", ".join(q(c) for c in row), ", ".join(row.values()))
        if not row:
            sql = "INSERT INTO %s DEFAULT VALUES;" % q(table)
        try:
            schema.con.execute(sql)
            out.append(sql)
        except sqlite3.Error as e:
            print("seed: left out (%s): %s" % (e, sql), file=sys.stderr)
    return out


def _notnull(info, col):
    return any(c[1] == col and c[3] for c in info["cols"])


def seed(db_path, rnd, edge):
    """The seed SQL of one round for the database as it is, applied to it."""
    with closing(sqlite3.connect(db_path)) as con:
        schema = Schema(con)
        stmts = []
        for tno, table in enumerate(schema.order()):
            stmts += seed_table(schema, table, rnd, tno, edge)
        con.commit()
    return "\n".join(stmts)


class Failed(Exception):
    pass


def seeded_steps(duo, steps, k=1, n=1):
    """The seeded scenario (share K of N) for a scenario's STEPS, and how many rows it inserts."""
    prefix, ups = walk(steps)
    start, end = share(ups, k, n)
    parent = lambda i: ups[i - 1] if i > 0 else "base"
    real = Real(duo)
    out, rnd, marks, plain = [], 0, [], set()

    def do(step, blame=True):
        out.append(step)
        if step[0] == "files":
            duo.write(real.root, step[1])
        elif step[0] == "db" and step[1].split()[0] not in READ_ONLY and real.run(step[1]):
            if blame and any(m[2] not in plain for m in marks):
                raise Failed()
            print("seed: real Flask-Migrate fails `db %s` here, %s (the comparison goes on)" % (step[1], real.error),
                  file=sys.stderr)

    def rows_now(t):
        nonlocal rnd
        rnd += 1
        snapshot = "%s.%d" % (real.db_path, rnd)
        shutil.copyfile(real.db_path, snapshot)
        marks.append((t, len(out), rnd, snapshot))
        sql = seed(real.db_path, rnd, edge=rnd not in plain)
        if sql:
            out.append(("sql", sql))

    def again(i):
        """Down and up again, over the rows, where real Alembic can: a revision whose downgrade does not undo it
        (`pass`) fails its second upgrade there, with a traceback, and its database half changed."""
        keep = real.db_path + ".keep"
        shutil.copyfile(real.db_path, keep)
        if real.run("downgrade " + parent(i)) or real.run("upgrade " + ups[i]):
            shutil.copyfile(keep, real.db_path)
            if marks[-1][2] not in plain:
                raise Failed()
            print("seed: %s is not run again (real Flask-Migrate fails to: %s)" % (ups[i], real.error), file=sys.stderr)
        else:
            out.extend([("db", "downgrade " + parent(i)), ("db", "upgrade " + ups[i])])

    for step in prefix:
        if step[0] == "sql":
            raise SystemExit("seed.py: a scenario's own sql steps before the upgrades are not handled")
        do(step, blame=False)
    if start > 0:
        do(("db", "upgrade " + parent(start)), blame=False)
    # Tasks: seed (then down and up again) after the upgrade to ups[i]; i == start - 1 only seeds.
    tasks = ([("seed", start - 1)] if start > 0 else []) + [(w, i) for i in range(start, end) for w in ("up", "seed")]
    t = 0
    while t < len(tasks):
        what, i = tasks[t]
        try:
            if what == "up":
                do(("db", "upgrade " + ups[i]))
            else:
                rows_now(t)
                if i >= start:
                    again(i)
            t += 1
        except Failed:
            # Real Alembic cannot take the rows with NULLs of the latest round that has them (a loop that calls
            # a method on every value, say): that round goes again without them.
            while marks[-1][2] in plain:
                marks.pop()
            t, size, rnd, snapshot = marks.pop()
            del out[size:]
            shutil.copyfile(snapshot, real.db_path)
            plain.add(rnd)
            rnd -= 1
            print("seed: round %d without its rows with NULLs (real Flask-Migrate fails on them: %s)"
                  % (rnd + 1, real.error), file=sys.stderr)
    do(("db", "downgrade " + parent(start)), blame=False)
    shutil.rmtree(real.root, ignore_errors=True)
    return out, sum(s[1].count("\n") + 1 for s in out if s[0] == "sql")
