# Logger levels and isEnabledFor; the last-resort handler still drops records below WARNING.
import logging
log = logging.getLogger("myapp.migrations")
print(log.name, log.level, log.getEffectiveLevel(), logging.WARNING, logging.INFO, logging.DEBUG)
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING))
log.setLevel(logging.DEBUG)
print(log.level, log.isEnabledFor(logging.DEBUG))
log.info("still not shown: the last-resort handler's level is WARNING")
log.setLevel(logging.ERROR)
log.warning("dropped by the logger's own level")
log.error("shown at ERROR")
print(logging.getLogger("myapp.migrations") is log, logging.getLogger("myapp").name, log.parent.name)
print(logging.getLevelName(logging.ERROR), logging.getLevelName(10), logging.getLevelName("INFO"))
