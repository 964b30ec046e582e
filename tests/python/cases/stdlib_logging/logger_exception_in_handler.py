# Logging inside except blocks; log.exception would add a traceback, so only the message forms are used.
import logging
log = logging.getLogger(__name__)
for value in ["1", "x", "3"]:
    try:
        n = int(value)
    except ValueError as e:
        log.error("skipping %r: %s", value, e)
        continue
    print("parsed", n)
log.warning("processed %d values", 3)
