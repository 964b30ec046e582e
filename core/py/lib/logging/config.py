"""Configuring logging from a file or a dict, as logging.config does it.

Here: fileConfig (the [loggers], [handlers], [formatters] sections that alembic.ini has, read from
the project's file, a file-like object or a ConfigParser; handler `args` such as (sys.stderr,)),
dictConfig (version 1: formatters, filters, handlers, loggers, root, disable_existing_loggers,
ext:// streams).
Python evaluates a handler's class and args with eval(); Revlab has no eval, so they are read as
literals (strings, numbers, None/True/False, tuples, lists, dicts) and dotted names.
Not here: listen()/stopListening(), incremental dictConfig.
"""

import logging
import sys

__all__ = ["fileConfig", "dictConfig", "DEFAULT_LOGGING_CONFIG_PORT"]

DEFAULT_LOGGING_CONFIG_PORT = 9030


def _resolve(name):
    """The object a dotted name refers to, importing as needed."""
    parts = name.split(".")
    used = parts.pop(0)
    found = _import(used)
    for n in parts:
        used = used + "." + n
        try:
            found = getattr(found, n)
        except AttributeError:
            _import(used)
            found = getattr(found, n)
    return found


def _import(name):
    module = __import__(name)
    for part in name.split(".")[1:]:
        module = getattr(module, part)
    return module


def _strip_spaces(alist):
    return [x.strip() for x in alist]


class _LiteralReader:
    """Reads the Python literals and dotted names that handler sections use."""

    def __init__(self, text, namespace):
        self.text = text
        self.pos = 0
        self.namespace = namespace

    def error(self):
        return ValueError("Revlab reads handler arguments as literals and dotted names only: %r" % (self.text,))

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos:self.pos + 1]

    def read_all(self):
        value = self.value()
        if self.peek():
            raise self.error()
        return value

    def sequence(self, close):
        items = []
        trailing_comma = False
        while True:
            if self.peek() == close:
                self.pos += 1
                return items, trailing_comma
            items.append(self.value())
            c = self.peek()
            if c == ",":
                self.pos += 1
                trailing_comma = True
            elif c == close:
                trailing_comma = False
            else:
                raise self.error()

    def value(self):
        c = self.peek()
        if c == "(":
            self.pos += 1
            items, comma = self.sequence(")")
            if len(items) == 1 and not comma:
                return items[0]
            return tuple(items)
        if c == "[":
            self.pos += 1
            return self.sequence("]")[0]
        if c == "{":
            self.pos += 1
            result = {}
            while True:
                if self.peek() == "}":
                    self.pos += 1
                    return result
                key = self.value()
                if self.peek() != ":":
                    raise self.error()
                self.pos += 1
                result[key] = self.value()
                if self.peek() == ",":
                    self.pos += 1
        if c in ("'", '"'):
            return self.string()
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum() or self.text[self.pos] in "._+-"):
            self.pos += 1
        word = self.text[start:self.pos]
        if not word:
            raise self.error()
        if word == "None":
            return None
        if word == "True":
            return True
        if word == "False":
            return False
        try:
            return int(word)
        except ValueError:
            pass
        try:
            return float(word)
        except ValueError:
            pass
        parts = word.split(".")
        if parts[0] in self.namespace:
            obj = self.namespace[parts[0]]
            for p in parts[1:]:
                obj = getattr(obj, p)
            return obj
        return _resolve(word)

    def string(self):
        quote = self.text[self.pos]
        self.pos += 1
        out = []
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\" and self.pos + 1 < len(self.text):
                nxt = self.text[self.pos + 1]
                out.append({"n": "\n", "t": "\t", "\\": "\\", "'": "'", '"': '"'}.get(nxt, "\\" + nxt))
                self.pos += 2
                continue
            if ch == quote:
                self.pos += 1
                return "".join(out)
            out.append(ch)
            self.pos += 1
        raise self.error()


def _eval(text, namespace):
    return _LiteralReader(text, namespace).read_all()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configures logging from an .ini file's [loggers], [handlers] and [formatters] sections."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        cp = configparser.ConfigParser(defaults)
        if hasattr(fname, "readline"):
            cp.read_file(fname)
        else:
            cp.read(fname, encoding=encoding)
    formatters = _create_formatters(cp)
    _clearExistingHandlers()
    handlers = _install_handlers(cp, formatters)
    _install_loggers(cp, handlers, disable_existing_loggers)


def _create_formatters(cp):
    flist = cp["formatters"]["keys"]
    if not len(flist):
        return {}
    formatters = {}
    for form in _strip_spaces(flist.split(",")):
        sectname = "formatter_%s" % form
        fs = cp.get(sectname, "format", raw=True, fallback=None)
        dfs = cp.get(sectname, "datefmt", raw=True, fallback=None)
        stl = cp.get(sectname, "style", raw=True, fallback="%")
        c = logging.Formatter
        class_name = cp[sectname].get("class")
        if class_name:
            c = _resolve(class_name)
        formatters[form] = c(fs, dfs, stl)
    return formatters


def _install_handlers(cp, formatters):
    hlist = cp["handlers"]["keys"]
    if not len(hlist):
        return {}
    handlers = {}
    namespace = vars(logging)
    for hand in _strip_spaces(hlist.split(",")):
        section = cp["handler_%s" % hand]
        klass = section["class"]
        fmt = section.get("formatter", "")
        klass = _eval(klass, namespace)
        args = _eval(section.get("args", "()"), namespace)
        if not isinstance(args, tuple):
            args = (args,)
        kwargs = _eval(section.get("kwargs", "{}"), namespace)
        h = klass(*args, **kwargs)
        h.name = hand
        if "level" in section:
            h.setLevel(section["level"])
        if len(fmt):
            h.setFormatter(formatters[fmt])
        handlers[hand] = h
    return handlers


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _install_loggers(cp, handlers, disable_existing):
    llist = _strip_spaces(cp["loggers"]["keys"].split(","))
    llist.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for h in root.handlers[:]:
        root.removeHandler(h)
    hlist = section["handlers"]
    if len(hlist):
        for hand in _strip_spaces(hlist.split(",")):
            root.addHandler(handlers[hand])
    existing = sorted(root.manager.loggerDict.keys())
    child_loggers = []
    for log in llist:
        section = cp["logger_%s" % log]
        qn = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qn)
        if qn in existing:
            i = existing.index(qn) + 1
            prefixed = qn + "."
            pflen = len(prefixed)
            while i < len(existing):
                if existing[i][:pflen] == prefixed:
                    child_loggers.append(existing[i])
                i += 1
            existing.remove(qn)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        hlist = section["handlers"]
        if len(hlist):
            for hand in _strip_spaces(hlist.split(",")):
                logger.addHandler(handlers[hand])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    logging._handlerList.clear()


# ---- dictConfig -------------------------------------------------------------------------------


def _ext(value):
    if isinstance(value, str) and value.startswith("ext://"):
        return _resolve(value[6:])
    return value


def _configure_formatter(config):
    config = dict(config)
    if "()" in config:
        factory = config.pop("()")
        if isinstance(factory, str):
            factory = _resolve(factory)
        return factory(**config)
    fmt = config.get("format")
    dfmt = config.get("datefmt")
    style = config.get("style", "%")
    cname = config.get("class")
    c = _resolve(cname) if cname else logging.Formatter
    if "validate" in config:
        return c(fmt, dfmt, style, config["validate"])
    return c(fmt, dfmt, style)


def _configure_filter(config):
    config = dict(config)
    if "()" in config:
        factory = config.pop("()")
        if isinstance(factory, str):
            factory = _resolve(factory)
        return factory(**config)
    return logging.Filter(config.get("name", ""))


def _configure_handler(config, formatters, filters):
    config = dict(config)
    formatter = config.pop("formatter", None)
    level = config.pop("level", None)
    handler_filters = config.pop("filters", None)
    if "()" in config:
        factory = config.pop("()")
        if isinstance(factory, str):
            factory = _resolve(factory)
    else:
        cname = config.pop("class")
        factory = _resolve(cname) if "." in cname else getattr(logging, cname)
    kwargs = {k: _ext(v) for k, v in config.items() if k != "."}
    handler = factory(**kwargs)
    if formatter:
        handler.setFormatter(formatters[formatter])
    if level is not None:
        handler.setLevel(logging._checkLevel(level))
    for f in handler_filters or ():
        handler.addFilter(filters[f] if isinstance(f, str) else f)
    return handler


def _common_logger_config(logger, config, handlers, filters):
    level = config.get("level", None)
    if level is not None:
        logger.setLevel(logging._checkLevel(level))
    for h in logger.handlers[:]:
        logger.removeHandler(h)
    for name in config.get("handlers", ()):
        logger.addHandler(handlers[name])
    for f in config.get("filters", ()):
        logger.addFilter(filters[f] if isinstance(f, str) else f)


def dictConfig(config):
    """Configures logging from a dict (version 1 of the schema)."""
    if config.get("version") != 1:
        raise ValueError("Unsupported version: %s" % config.get("version"))
    if config.get("incremental"):
        raise ValueError("Revlab's dictConfig does not support incremental configuration")
    disable_existing = config.get("disable_existing_loggers", True)
    _clearExistingHandlers()
    formatters = {}
    for name, fconfig in config.get("formatters", {}).items():
        try:
            formatters[name] = _configure_formatter(fconfig)
        except Exception as e:
            raise ValueError("Unable to configure formatter %r" % name) from e
    filters = {}
    for name, fconfig in config.get("filters", {}).items():
        try:
            filters[name] = _configure_filter(fconfig)
        except Exception as e:
            raise ValueError("Unable to configure filter %r" % name) from e
    handlers = {}
    for name in sorted(config.get("handlers", {})):
        try:
            handler = _configure_handler(config["handlers"][name], formatters, filters)
            handler.name = name
            handlers[name] = handler
        except Exception as e:
            raise ValueError("Unable to configure handler %r" % name) from e
    root = logging.root
    existing = sorted(root.manager.loggerDict.keys())
    child_loggers = []
    for name, lconfig in config.get("loggers", {}).items():
        if name in existing:
            i = existing.index(name) + 1
            prefixed = name + "."
            while i < len(existing):
                if existing[i].startswith(prefixed):
                    child_loggers.append(existing[i])
                i += 1
            existing.remove(name)
        logger = logging.getLogger(name)
        _common_logger_config(logger, lconfig, handlers, filters)
        propagate = lconfig.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate
        logger.disabled = False
    _handle_existing_loggers(existing, child_loggers, disable_existing)
    root_config = config.get("root", None)
    if root_config:
        _common_logger_config(root, root_config, handlers, filters)
