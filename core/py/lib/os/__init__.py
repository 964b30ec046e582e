"""The operating-system interface, as far as a sandbox has one.

Here: environ (a dict-like that starts empty: setting and deleting work and change nothing
outside the script), getenv, putenv/unsetenv (no effect), os.path (pure string functions; exists
and isfile answer from the project's files), sep, altsep, extsep, pathsep, linesep, curdir, pardir,
devnull, name ('posix'), fspath, PathLike, urandom, cpu_count, getcwd ('/', the project root),
error/OSError.
Everything that touches files, processes or the machine (listdir, remove, system, popen, fork,
getpid, chdir, ...) is not available: using it raises an AttributeError that says so.
"""

from collections.abc import MutableMapping as _MutableMapping
from os import path

__all__ = ["environ", "getenv", "putenv", "unsetenv", "path", "sep", "altsep", "extsep", "pathsep", "linesep",
           "curdir", "pardir", "devnull", "defpath", "name", "fspath", "fsencode", "fsdecode", "PathLike",
           "urandom", "cpu_count", "getcwd", "error"]

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class _Environ(_MutableMapping):
    """os.environ: the sandbox's environment, empty at the start; changes stay inside the script."""

    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % (k, v) for k, v in self._data.items())

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ()


def getenv(key, default=None):
    """The environment variable key, or default (the sandbox's environment starts empty)."""
    return environ.get(key, default)


def putenv(name, value):
    """Has no effect: the sandbox has no process environment."""


def unsetenv(name):
    """Has no effect: the sandbox has no process environment."""


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    path_repr = getattr(type(p), "__fspath__", None)
    if path_repr is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    result = path_repr(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(result).__name__))
    return result


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8") if isinstance(filename, bytes) else filename


class PathLike:
    """The protocol of objects with a file-system path (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def urandom(size):
    """size random bytes from the host."""
    import _revlab
    return _revlab.urandom(size)


def cpu_count():
    return 1


def getcwd():
    """The project's root, which is where the sandbox runs."""
    return "/"


def getcwdb():
    return b"/"


_refused = {
    "system": "runs a shell command", "popen": "runs a process", "spawnl": "runs a process",
    "spawnv": "runs a process", "execv": "runs a process", "execl": "runs a process", "execvp": "runs a process",
    "execlp": "runs a process", "fork": "starts a process", "kill": "signals a process", "killpg": "signals a process",
    "getpid": "reads the process", "getppid": "reads the process", "getuid": "reads the process",
    "getlogin": "reads the machine", "uname": "reads the machine", "listdir": "reads the file system",
    "scandir": "reads the file system", "walk": "reads the file system", "stat": "reads the file system",
    "lstat": "reads the file system", "open": "opens a file", "remove": "changes the file system",
    "unlink": "changes the file system", "rmdir": "changes the file system", "removedirs": "changes the file system",
    "mkdir": "changes the file system", "makedirs": "changes the file system", "rename": "changes the file system",
    "renames": "changes the file system", "replace": "changes the file system", "chmod": "changes the file system",
    "chown": "changes the file system", "link": "changes the file system", "symlink": "changes the file system",
    "truncate": "changes the file system", "utime": "changes the file system", "chdir": "changes the directory",
    "chroot": "changes the directory", "access": "reads the file system", "readlink": "reads the file system",
    "startfile": "runs a program", "abort": "stops the process", "_exit": "stops the process",
    "getloadavg": "reads the machine", "times": "reads the process", "umask": "changes the process",
    "setuid": "changes the process", "setgid": "changes the process", "nice": "changes the process",
    "read": "reads a file descriptor", "write": "writes a file descriptor", "close": "closes a file descriptor",
    "dup": "duplicates a file descriptor", "dup2": "duplicates a file descriptor", "pipe": "opens a pipe",
    "environb": "reads the process environment", "get_terminal_size": "reads the terminal",
}


def __getattr__(attr):
    reason = _refused.get(attr)
    if reason is not None:
        raise AttributeError("os.%s is not available in Revlab: it %s, and the sandbox has no file system, "
                             "processes or machine to reach" % (attr, reason))
    raise AttributeError("module 'os' has no attribute %r" % (attr,))
