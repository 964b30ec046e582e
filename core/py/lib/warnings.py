"""Warnings, as the warnings module issues and filters them.

Here: warn (printed to sys.stderr as "<file>:<line>: Category: message" and the source line, the
first time for each place, as Python's default filter does), warn_explicit, showwarning,
formatwarning, filterwarnings, simplefilter, resetwarnings, catch_warnings (record=True too),
filters and Python's default filters (DeprecationWarning shown only when __main__ triggers it).
Message and module patterns are regular expressions when the re module is there, else prefixes.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

try:
    import _revlab_frames
except ImportError:
    _revlab_frames = None

_actions = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}
_registry = {}
_filters_version = 1


def _pattern(text, flags_ignorecase):
    if not text:
        return None
    try:
        import re
    except ImportError:
        return text
    return re.compile(text, re.I) if flags_ignorecase else re.compile(text)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        # without re: a module pattern "name\Z" matches that name, a message pattern its prefix
        if pattern.endswith("\\Z"):
            return text == pattern[:-2]
        return text.startswith(pattern)
    return pattern.match(text) is not None


def _add_filter(item, append):
    global _filters_version
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version += 1
    _registry.clear()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: action for warnings whose text, category, module and line match."""
    if action not in _actions:
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    regex_module = (module + "\\Z") if module else ""
    _add_filter((action, _pattern(message, True), category, _pattern(regex_module, False), lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of a category."""
    if action not in _actions:
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter (the defaults too)."""
    global _filters_version
    filters.clear()
    _filters_version += 1
    _registry.clear()


class WarningMessage:
    """One warning, as catch_warnings(record=True) collects it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning: "file:line: Category: message" and the stripped source line."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _caller(stacklevel):
    """(filename, lineno, module name, source line) of the code stacklevel frames above warn()'s caller."""
    if _revlab_frames is not None:
        # depth 0 is warn's own frame (or warn_explicit's caller chain); 1 its caller
        info = _revlab_frames.caller(stacklevel + 1)
        if info is not None:
            filename, lineno, _function, module, line = info
            return filename, lineno, module or "<string>", line
    return "sys", 1, "sys", ""


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (printed once per place by default; raised under an "error" filter)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % (type(category).__name__,))
    filename, lineno, module, line = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module, None, None, source, _line=line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None, _line=None):
    """Issues a warning for an explicit place."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = _registry.setdefault(module, {})
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, _line, source))


class catch_warnings:
    """Saves the filters and showwarning on entry and puts them back on exit; record=True collects
    the warnings into the list that `as` gives."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules.get("warnings") if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_showwarning = showwarning
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record_show(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record_show
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters.clear()
        filters.extend(self._saved_filters)
        _registry.clear()
        showwarning = self._saved_showwarning


# Python's default filters (a release build, no -W options).
filters.extend([
    ("default", None, DeprecationWarning, _pattern("__main__\\Z", False), 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
])


def _processoptions(args):
    """The interpreter's -W options and PYTHONWARNINGS ("action:message:category:module:lineno")."""
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            import sys

            print("Invalid -W option ignored:", msg, file=sys.stderr)


class _OptionError(Exception):
    pass


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append("")
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re

    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r"\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _actions:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins as m

        klass = category
    else:
        module, _, klass = category.rpartition(".")
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat
