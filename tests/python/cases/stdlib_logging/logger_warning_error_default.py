# Without configuration a named logger prints warnings and errors (message only) to stderr; info and debug are dropped.
import logging
log = logging.getLogger("alembic.runtime.migration")
log.debug("debug is not shown")
log.info("info is not shown")
log.warning("Revision %s has no down_revision", "ae1027a6acf0")
log.error("failed: %s", "table exists")
log.critical("critical message")
print("stdout continues")
log.warning("%d rows updated", 42)
log.warning("no args %s")
log.warning("dict arg %(n)s", {"n": 5})
