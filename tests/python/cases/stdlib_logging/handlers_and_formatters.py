# StreamHandler with a Formatter, levels on handlers and loggers, propagation, basicConfig(format=...).
import logging
import sys
logging.basicConfig(level=logging.INFO, format="%(levelname)s|%(name)s|%(message)s")
log = logging.getLogger("app.db")
log.info("connected to %s", "sqlite")
log.debug("hidden")
quiet = logging.getLogger("app.quiet")
quiet.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[{levelname}] {message}", style="{"))
h.setLevel(logging.WARNING)
quiet.addHandler(h)
quiet.warning("to stdout only")
quiet.error("%d errors", 2)
quiet.info("below the handler's level")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("DEBUG"))
print(repr(log), log.parent.name, log.getChild("x").name, logging.getLogger("app") is log.parent)
adapter = logging.LoggerAdapter(log, {"user": "u1"})
adapter.warning("adapted")
f = logging.Formatter("%(name)s:%(levelno)d:%(message)s")
rec = logging.LogRecord("n", logging.ERROR, "p.py", 3, "hello %s %s", ("a", "b"), None)
print(f.format(rec), rec.getMessage(), rec.levelname, rec.filename, rec.module)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
