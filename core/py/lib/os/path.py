"""Path names as strings, as posixpath (os.path) handles them.

Here: join, split, splitext, basename, dirname, normpath, abspath (from the project root '/'),
relpath, isabs, commonprefix, commonpath, expanduser/expandvars (nothing to expand), normcase,
splitdrive, sep and friends; exists, isfile, lexists answer whether the project has that file;
isdir, islink and ismount answer False (the sandbox sees files, not folders); getsize and the
time functions are not available.
"""

import os as _os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "exists", "lexists", "isdir", "isfile", "islink", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir",
           "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p):
    return _os.fspath(p)


def _seps(p):
    return ("/", ".", "..", "") if isinstance(p, str) else (b"/", b".", b"..", b"")


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Joins path parts with '/'; an absolute part starts over."""
    a = _fspath(a)
    sep_ = _seps(a)[0]
    path_ = a
    for b in map(_fspath, p):
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep_):
            path_ = b
        elif not path_ or path_.endswith(sep_):
            path_ += b
        else:
            path_ += sep_ + b
    return path_


def split(p):
    """(head, tail): everything up to the last '/', and after it."""
    p = _fspath(p)
    sep_ = _seps(p)[0]
    i = p.rfind(sep_) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last '.suffix' of the last part ('' for dotfiles)."""
    p = _fspath(p)
    sep_ = _seps(p)[0]
    dot = "." if isinstance(p, str) else b"."
    sep_index = p.rfind(sep_)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    i = p.rfind(_seps(p)[0]) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    sep_ = _seps(p)[0]
    i = p.rfind(sep_) + 1
    head = p[:i]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """path without '.', 'a/..' and doubled separators."""
    path = _fspath(path)
    sep_, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep_) else 0
    if initial_slashes and path.startswith(sep_ * 2) and not path.startswith(sep_ * 3):
        initial_slashes = 2
    comps = path.split(sep_)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep_.join(new_comps)
    if initial_slashes:
        path = sep_ * initial_slashes + path
    return path or dot


def abspath(path):
    """path made absolute from the working directory (the project root, '/')."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _os.getcwd() if isinstance(path, str) else _os.getcwdb()
        path = join(cwd, path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep_, dot, dotdot, _ = _seps(path)
    if start is None:
        start = dot
    start_list = [x for x in abspath(start).split(sep_) if x]
    path_list = [x for x in abspath(path).split(sep_) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    sep_, dot = _seps(paths[0])[:2]
    split_paths = [p.split(sep_) for p in paths]
    try:
        isabs_, = set(p[:1] == sep_ for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep_ if isabs_ else sep_[:0]
    return prefix + sep_.join(common)


def expanduser(path):
    return _fspath(path)


def expandvars(path):
    """$NAME and ${NAME} replaced from os.environ (which starts empty)."""
    path = _fspath(path)
    if not isinstance(path, str) or "$" not in path:
        return path
    out = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == "$":
            if path.startswith("${", i):
                end = path.find("}", i + 2)
                if end > 0:
                    var = path[i + 2:end]
                    if var in _os.environ:
                        out.append(_os.environ[var])
                    else:
                        out.append(path[i:end + 1])
                    i = end + 1
                    continue
            else:
                j = i + 1
                while j < len(path) and (path[j].isalnum() or path[j] == "_"):
                    j += 1
                var = path[i + 1:j]
                if var and var in _os.environ:
                    out.append(_os.environ[var])
                    i = j
                    continue
        out.append(c)
        i += 1
    return "".join(out)


def _project_file(path):
    try:
        import _revlab_files
    except ImportError:
        return False
    p = normpath(abspath(path)).lstrip("/")
    try:
        _revlab_files.read(p)
    except (OSError, ValueError):
        return False
    return True


def exists(path):
    """Whether the project has this file (folders are not seen: False)."""
    return _project_file(_fspath(path))


lexists = exists
isfile = exists


def isdir(path):
    return False


def islink(path):
    return False


def ismount(path):
    return False


def isjunction(path):
    return False


def _refuse(name):
    def refused(*args, **kwargs):
        raise OSError("os.path.%s is not available in Revlab: the sandbox cannot read file metadata" % name)
    refused.__name__ = name
    return refused


getsize = _refuse("getsize")
getmtime = _refuse("getmtime")
getatime = _refuse("getatime")
getctime = _refuse("getctime")
samefile = _refuse("samefile")
sameopenfile = _refuse("sameopenfile")
samestat = _refuse("samestat")
