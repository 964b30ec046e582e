#!/usr/bin/python3
"""A fork server for `python -m flask db ...`: the real Flask-Migrate, without paying Python's start per command.

A `flask db` command spends almost all of its time starting Python and importing Flask, Flask-SQLAlchemy,
Flask-Migrate, Alembic and SQLAlchemy (0.70 of the 0.77 CPU seconds of `flask db current`, measured on the
conformance machine). This process imports those libraries once and then waits. For each command it forks: the
child is a new process that runs `python -m flask` exactly as the interpreter's `-m` does
(runpy._run_module_as_main), in the project folder, with its own file descriptors 0, 1 and 2, and it exits with the
code the interpreter would have. So each command, as in a fresh process:
  - imports main.py, app/models.py and every revision file afresh, and runs migrations/env.py (which configures
    logging from alembic.ini); nothing of one command survives into the next, because every child is forked from
    this pristine parent, which never imported anything of a project;
  - writes stdout and stderr to two separate files (real file descriptors, so even C-level writes land right);
  - ends as the interpreter ends: SystemExit(None/int/other) gives 0/int/1 (printing a non-integer code), an
    uncaught exception prints its traceback through sys.excepthook (the frames start at runpy, as under
    `python -m`) and gives 1, then threads are joined, atexit functions run (logging.shutdown) and the streams are
    flushed; a failed flush of stdout gives 120.
What a fork cannot make fresh: the library modules are already imported (a fresh process imports the same ones while
running the command), and every child shares this process's hash seed, so set iteration order does not change from
command to command as it does between real processes (the suites compare such output in any order anyway).
conformance.fork_vs_subprocess runs whole scenarios through both and requires identical results.

Protocol, one JSON object per line on stdin; one answer per line on stdout:
  {"cwd": FOLDER, "args": ["db", "current"], "env": {...}, "timeout": 60}
  -> {"code": 0 | -SIGNAL | "timeout after 60 s", "stdout": BASE64, "stderr": BASE64}
The server's own errors go to its stderr. It ends when stdin closes.
"""
import atexit
import base64
import json
import os
import select
import signal
import sys
import tempfile
import threading

# What `flask db <verb>` imports on its way, imported once here. Nothing here touches a project.
import flask.cli  # noqa: F401
import flask_migrate  # noqa: F401
import flask_sqlalchemy  # noqa: F401
import alembic.autogenerate  # noqa: F401
import alembic.command  # noqa: F401
import alembic.config  # noqa: F401
import alembic.runtime.migration  # noqa: F401
import alembic.script  # noqa: F401
import logging.config  # noqa: F401
import runpy
import sqlalchemy.dialects.sqlite  # noqa: F401
import types


def exit_code(exc):
    """The exit code the interpreter gives a SystemExit (Python/pythonrun.c, _Py_HandleSystemExit)."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    try:
        sys.stderr.write(str(code) + '\n')
    except Exception:
        pass
    return 1


def child(request, out_path, err_path, keep):
    """In the forked child: become `python -m flask ARGS` in the project folder, then exit as it would."""
    code = 1
    try:
        for fd in keep:
            os.close(fd)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        for fd, path in ((1, out_path), (2, err_path)):
            f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(f, fd)
            os.close(f)
        os.chdir(request['cwd'])
        os.environ.clear()
        os.environ.update(request['env'])
        # As the interpreter sets them up for `-m`: the folder first on sys.path, '-m' in argv[0] until runpy
        # replaces it with flask/__main__.py, and an empty __main__ module for runpy to run flask's code in.
        sys.path[0] = os.getcwd()
        sys.argv = ['-m'] + list(request['args'])
        sys.orig_argv = [sys.executable, '-m', 'flask'] + list(request['args'])
        sys.modules['__main__'] = types.ModuleType('__main__')
        try:
            runpy._run_module_as_main('flask')
            code = 0
        except SystemExit as e:
            code = exit_code(e)
        except BaseException as e:  # what the interpreter does with an uncaught exception: PyErr_Print
            # Leave out this function's frame: the interpreter's traceback starts at runpy. The default hook
            # prints the traceback the exception carries, so it is the exception's that must start there.
            tb = e.__traceback__.tb_next
            e.__traceback__ = tb
            sys.last_type, sys.last_value, sys.last_traceback = type(e), e, tb
            sys.excepthook(type(e), e, tb)
            code = 1
        # Py_FinalizeEx: wait for threads, run atexit functions, flush the standard streams.
        threading._shutdown()
        atexit._run_exitfuncs()
        try:
            sys.stdout.flush()
        except Exception:
            code = 120
        try:
            sys.stderr.flush()
        except Exception:
            pass
    except BaseException:
        import traceback
        os.write(2, ('flask_forkserver: the child failed to run the command\n'
                     + traceback.format_exc()).encode('utf-8', 'replace'))
        code = 125
    finally:
        os._exit(code & 0xFF if isinstance(code, int) else 1)


def wait(pid, timeout):
    """Wait for the child; past the timeout kill it. Returns its exit code as subprocess would, or a text."""
    pidfd = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([pidfd], [], [], timeout)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return 'timeout after %g s' % timeout
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status)
    finally:
        os.close(pidfd)


def startup_mismatch(env):
    """Python reads its PYTHON* variables (I/O encoding, bytecode, hash seed, path...) once, at start: a command
    that needs other values than this process started with cannot be run faithfully by a fork of it."""
    keys = {k for k in list(env) + list(STARTUP_ENV) if k.startswith('PYTHON')}
    return sorted(k for k in keys if env.get(k) != STARTUP_ENV.get(k))


STARTUP_ENV = dict(os.environ)


def serve():
    # The protocol uses copies of fds 0 and 1: the children get fresh 0, 1 and 2 of their own. Anything this
    # process itself might print goes to stderr, not into the answers.
    requests = os.fdopen(os.dup(0), 'rb')
    answers = os.fdopen(os.dup(1), 'wb')
    os.dup2(2, 1)
    keep = [requests.fileno(), answers.fileno()]
    scratch = tempfile.mkdtemp(prefix='revlab-forkserver-')
    out_path, err_path = os.path.join(scratch, 'stdout'), os.path.join(scratch, 'stderr')
    try:
        for line in requests:
            request = json.loads(line)
            differ = startup_mismatch(request['env'])
            if differ:
                message = 'flask_forkserver: started with other values of %s than this command asks for\n' % differ
                answers.write(json.dumps({'code': 125, 'stdout': '', 'stderr': base64.b64encode(
                    message.encode()).decode('ascii')}).encode('ascii') + b'\n')
                answers.flush()
                continue
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                child(request, out_path, err_path, keep)
            code = wait(pid, request.get('timeout', 60))
            answer = {'code': code}
            for key, path in (('stdout', out_path), ('stderr', err_path)):
                with open(path, 'rb') as f:
                    answer[key] = base64.b64encode(f.read()).decode('ascii')
            answers.write(json.dumps(answer).encode('ascii') + b'\n')
            answers.flush()
    finally:
        for path in (out_path, err_path):
            if os.path.exists(path):
                os.remove(path)
        os.rmdir(scratch)


if __name__ == '__main__':
    serve()
