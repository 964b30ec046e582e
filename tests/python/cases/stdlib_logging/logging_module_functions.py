# The module-level logging.warning() configures the root logger itself: its format is LEVEL:root:message.
import logging
logging.getLogger("named").warning("before: message only")
logging.warning("root warning %s", 1)
logging.info("root info is below WARNING")
logging.error("root error")
logging.getLogger("named").warning("after: now through the root handler")
print("done")
