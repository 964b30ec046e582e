"""Tracebacks as text, as the traceback module formats them.

Here: format_exception, format_exception_only, format_exc, print_exception, print_exc, print_last
(no last exception: nothing), format_tb/extract_tb over the frames an exception passed through
(with their source lines when the file is at hand), format_stack/extract_stack/print_stack,
FrameSummary, StackSummary, TracebackException (format, format_exception_only, from_exception).
Revlab has no frame or traceback objects: exc.__traceback__ is None, and these functions read the
frames through the sandbox instead. The frames shown start at the function that handles the
exception, as Python's do.
"""

import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "clear_frames", "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

try:
    import _revlab_frames
except ImportError:
    _revlab_frames = None

_sentinel = object()


class FrameSummary:
    """One frame: filename, lineno, name and the source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals", "end_lineno", "colno", "end_colno")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        return (self._line or "").strip()


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(cls, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for frame in self:
            row = '  File "%s", line %s, in %s\n' % (frame.filename, frame.lineno, frame.name)
            if frame.line:
                row += "    %s\n" % frame.line
            result.append(row)
        return result


def _frames_of(exc):
    """The FrameSummaries of the frames exc passed through, from the one that handles it."""
    if _revlab_frames is None or exc is None:
        return StackSummary()
    entries = _revlab_frames.traceback(exc)
    # Python's traceback starts at the frame whose try caught the exception: drop the frames
    # outside it (the ones still running below this module's functions).
    outer = 0
    depth = _revlab_frames.depth()
    for k in range(depth):
        info = _revlab_frames.caller(k)
        if info is not None and info[3] not in (__name__, "logging", "warnings"):
            outer = depth - 1 - k
            break
    if 0 <= outer < len(entries):
        entries = entries[outer:]
    return StackSummary.from_list([(f, l, n, t) for f, l, n, t in entries])


def _exception_name(etype):
    module = getattr(etype, "__module__", None)
    qualname = getattr(etype, "__qualname__", None) or etype.__name__
    if module not in ("__main__", "builtins", None):
        return module + "." + qualname
    return qualname


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


def format_exception_only(exc, /, value=_sentinel):
    """The last line of a traceback: 'ValueError: message'."""
    if value is _sentinel:
        value = exc
        etype = type(value)
    else:
        etype = exc
    if value is None and etype is None:
        return ["NoneType: None\n"]
    if etype is None:
        etype = type(value)
    name = _exception_name(etype)
    if value is None:
        return [name + "\n"]
    text = _some_str(value)
    lines = [name + ": " + text + "\n" if text else name + "\n"]
    for note in getattr(value, "__notes__", None) or ():
        lines.append(str(note) + "\n")
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The traceback lines Python prints for an exception (with its cause or context first)."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return TracebackException.from_exception(value, limit=limit).format_lines(chain=chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    exc = sys.exc_info()[1]
    if exc is None:
        return "NoneType: None\n"
    return "".join(format_exception(exc, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(format_exc(limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    raise ValueError("no last exception")


def extract_tb(tb, limit=None):
    return StackSummary()


def format_tb(tb, limit=None):
    return []


def print_tb(tb, limit=None, file=None):
    pass


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def extract_stack(f=None, limit=None):
    """The frames running now, outermost first (without this function's own)."""
    if _revlab_frames is None:
        return StackSummary()
    frames = []
    depth = _revlab_frames.depth()
    for k in range(depth - 1, 0, -1):
        info = _revlab_frames.caller(k)
        if info is not None:
            frames.append((info[0], info[1], info[2], info[4]))
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary.from_list(frames)


def format_stack(f=None, limit=None):
    return extract_stack(limit=limit).format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_stack(limit=limit):
        file.write(line)


def walk_stack(f):
    return iter(())


def walk_tb(tb):
    return iter(())


def clear_frames(tb):
    pass


class TracebackException:
    """An exception ready to be formatted: its frames, type, text, cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False,
                 compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self.stack = _frames_of(exc_value)
        if limit is not None:
            self.stack = StackSummary(self.stack[-limit:] if limit >= 0 else self.stack[:-limit])
        self._str = _some_str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(getattr(exc_value, "__suppress_context__", False))
        cause = getattr(exc_value, "__cause__", None)
        context = getattr(exc_value, "__context__", None)
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, None, limit=limit, _seen=_seen)
        if context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context, None, limit=limit, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        return format_exception_only(self.exc_type, self._value)

    def format_lines(self, *, chain=True):
        lines = []
        if chain:
            if self.__cause__ is not None:
                lines.extend(self.__cause__.format_lines(chain=chain))
                lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
            elif self.__context__ is not None and not self.__suppress_context__:
                lines.extend(self.__context__.format_lines(chain=chain))
                lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
        if self.stack:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(self.stack.format())
        lines.extend(self.format_exception_only())
        return lines

    def format(self, *, chain=True):
        return iter(self.format_lines(chain=chain))
