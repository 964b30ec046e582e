"""How the conformance suites run the reference: the real `flask db` (Flask-Migrate 4.0.4 on /usr/bin/python3).

Three ways, chosen with --reference (every suite that runs `flask db` takes it):
  fork        (default) through flask_forkserver.py: one long-lived Python per suite process, which has imported
              Flask and Alembic once and forks a fresh child per command (see that file for what the child is);
  subprocess  a new `python -m flask db ...` process per command, as a user runs it (0.7 s of start-up each);
  both        every command through both, each in its own copy of the project made just before the command,
              and the two results must be identical: exit code, stdout, stderr (the folder masked, and
              `Create Date:` values, which are clocks), every file of the folder, and the database's schema
              and rows.
              Orders that differ between any two processes are settled first: the lines of a command whose
              output comes in an accidental order (AnyOrder steps) are sorted, as are the two revisions an
              error names for a shared branch label, and the database's schema is listed by name.
              Differences are printed as `FAIL reference: ...` and counted by finish().
Both ways keep the two streams apart and give the real exit code: in either, the command runs in its own process
with its own file descriptors.
"""
import base64
import difflib
import json
import os
import random
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing

PYTHON = '/usr/bin/python3'
FLASK_DB = [PYTHON, '-m', 'flask', 'db']
MODES = ('fork', 'subprocess', 'both')
TIMEOUT = 60
HERE = os.path.dirname(os.path.abspath(__file__))


def environment():
    """One environment for both tools: Flask finds main.py, and neither leaves bytecode in versions/."""
    env = dict(os.environ, FLASK_APP='main.py', PYTHONDONTWRITEBYTECODE='1', PYTHONIOENCODING='utf-8')
    for key in ('FLASK_RUN_FROM_CLI', 'FLASK_DB_DIRECTORY', 'FLASK_DEBUG'):
        env.pop(key, None)
    if _state['hash_seed'] is not None:
        env['PYTHONHASHSEED'] = _state['hash_seed']
    return env


_state = {'mode': 'fork', 'hash_seed': None, 'server': None, 'compared': 0, 'mismatches': 0}


def add_option(parser):
    """The --reference option, for a suite's argparse parser."""
    parser.add_argument('--reference', choices=MODES, default='fork',
                        help='how to run the real flask db: one forking Python (fork, the default), a process per '
                             'command (subprocess), or both, compared (both)')


def configure(mode):
    """Choose the way. `both` fixes the hash seed of every Python it starts, so that two runs of one command order
    their sets alike (a fork's children share their parent's seed; a process's is random)."""
    _state['mode'] = mode
    if mode == 'both':
        _state['hash_seed'] = str(random.randrange(1, 2 ** 32))


def run_subprocess(folder, args, argv=None):
    """`python -m flask db ARGS` in its own process; a hang counts as a result, not a stuck suite."""
    try:
        p = subprocess.run((argv or FLASK_DB) + list(args), cwd=folder, env=environment(), capture_output=True,
                           timeout=TIMEOUT)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return 'timeout after %d s' % TIMEOUT, '', ''


class ForkServer:
    """The client of flask_forkserver.py. One per process, started on first use; commands go one at a time."""

    def __init__(self):
        self.lock = threading.Lock()
        self.proc = None

    def run(self, folder, args):
        with self.lock:
            if self.proc is None:
                self.proc = subprocess.Popen([PYTHON, os.path.join(HERE, 'flask_forkserver.py')],
                                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment())
            request = {'cwd': folder, 'args': ['db'] + list(args), 'env': environment(), 'timeout': TIMEOUT}
            self.proc.stdin.write(json.dumps(request).encode('utf-8') + b'\n')
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError('flask_forkserver.py ended (exit %s); its stderr is above' % self.proc.wait())
            answer = json.loads(line)
            return (answer['code'], base64.b64decode(answer['stdout']).decode('utf-8', 'replace'),
                    base64.b64decode(answer['stderr']).decode('utf-8', 'replace'))

    def close(self):
        with self.lock:
            if self.proc is not None:
                self.proc.stdin.close()
                self.proc.wait()
                self.proc = None


def server():
    if _state['server'] is None:
        _state['server'] = ForkServer()
    return _state['server']


def flask_db(folder, args, any_order=False):
    """Run `flask db ARGS` in the project folder the configured way. Returns (exit code, stdout, stderr)."""
    mode = _state['mode']
    if mode == 'subprocess':
        return run_subprocess(folder, args)
    if mode == 'fork':
        return server().run(folder, args)
    # both: the subprocess in a copy of the folder as it is now, with a name of the same length
    twin = os.path.join(os.path.dirname(folder), os.path.basename(folder)[:-1] + '~')
    shutil.rmtree(twin, ignore_errors=True)
    shutil.copytree(folder, twin, symlinks=True)
    try:
        real = run_subprocess(twin, args)
        forked = server().run(folder, args)
        expected, actual = state(twin, real, any_order), state(folder, forked, any_order)
    finally:
        shutil.rmtree(twin, ignore_errors=True)
    _state['compared'] += 1
    if expected != actual:
        _state['mismatches'] += 1
        lines = difflib.unified_diff(expected, actual, 'subprocess', 'forkserver', lineterm='')
        print('FAIL reference: flask db %s differs between a process and the fork server (PYTHONHASHSEED=%s)\n%s'
              % (' '.join(args), _state['hash_seed'], '\n'.join('     ' + line for line in lines)), flush=True)
    return forked


def masked(text, folder):
    text = text.replace(folder, '<tmp>')
    return [re.sub(r'Create Date: .*', 'Create Date: <date>', line) for line in text.splitlines()]


# An order that differs between any two processes, not only between a process and a fork: Alembic names the two
# revisions that share a branch label in the order of a set of revisions, hashed by address (workflow_vs_flask
# masks it too). Seen in branch_labels' `heads` and `downgrade shopping@5a0000000000`.
SAME_LABEL = re.compile(r"(Branch name '[^']*') in revision (\w+) already used by revision (\w+)")


def settled(line):
    return SAME_LABEL.sub(lambda m: '%s in revisions %s' % (m.group(1), ' and '.join(sorted(m.group(2, 3)))), line)


def state(folder, result, any_order):
    """Everything one run of a command shows and leaves behind, as lines."""
    code, out, err = result
    out, err = [settled(line) for line in masked(out, folder)], [settled(line) for line in masked(err, folder)]
    if any_order:
        out, err = sorted(out), sorted(err)
    lines = ['[exit %s]' % code, '[stdout]'] + out + ['[stderr]'] + err
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            if name.endswith('.db'):
                lines += ['[database %s]' % rel] + database(path)
            else:
                with open(path, 'rb') as f:
                    lines += ['[file %s]' % rel] + masked(f.read().decode('utf-8', 'replace'), folder)
    return lines


def database(path):
    """Schema and rows. sqlite_master sorted by name, not in its own order: the order in which a batch rebuild
    makes a table's indexes again comes from a Python set of objects hashed by address, which differs between
    any two processes (autogenerate_vs_flask's step 08 made ix_user_email and ix_user_score in either order)."""
    with closing(sqlite3.connect('file:%s?mode=ro' % path, uri=True)) as conn:
        q = lambda sql: conn.execute(sql).fetchall()
        lines = ['%s %s on %s: %s' % row
                 for row in q('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY 1, 2')]
        for (table,) in q("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            rows = q('SELECT * FROM "%s"' % table.replace('"', '""'))
            lines += ['rows of %s' % table] + sorted(repr(row) for row in rows)
    return lines


def finish(passed, failed):
    """The end of a suite: the fork server stopped, the `both` comparison's verdict, the totals, and on failure the
    command that runs this suite (or the part of it chosen) alone. Returns the exit code."""
    close()
    if _state['mode'] == 'both':
        n, bad = _state['compared'], _state['mismatches']
        if bad:
            print('FAIL reference: %d of %d commands differ between a process and the fork server' % (bad, n))
            failed += 1
        else:
            print('ok   reference: %d commands gave identical results in a process and in the fork server' % n)
            passed += 1
    print('%d passed, %d failed' % (passed, failed))
    if failed:
        print('to run this alone: ' + shlex.join([PYTHON, os.path.abspath(sys.argv[0])] + sys.argv[1:]))
    return 1 if failed else 0


def close():
    if _state['server'] is not None:
        _state['server'].close()
