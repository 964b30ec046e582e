# logging.config.fileConfig with alembic.ini's logging sections: Alembic's format on stderr.
import logging
import configparser
from logging.config import fileConfig
INI = """
[alembic]
script_location = migrations

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
"""
early = logging.getLogger("myapp.early")
cp = configparser.ConfigParser()
cp.read_string(INI)
fileConfig(cp)
log = logging.getLogger("alembic.runtime.migration")
log.info("Context impl SQLiteImpl.")
log.info("Will assume non-transactional DDL.")
log.info("Running upgrade  -> ae1027a6acf0, add users table")
logging.getLogger("alembic.env").debug("not shown")
logging.getLogger("sqlalchemy.engine.Engine").info("not shown either")
logging.getLogger("sqlalchemy.engine.Engine").warning("a warning")
logging.getLogger("flask_migrate").error("Error: Can't locate revision identified by 'abc'")
early.warning("disabled by fileConfig")
print(early.disabled, log.getEffectiveLevel(), logging.getLogger().level, logging.getLogger("alembic").propagate)
print(cp.get("alembic", "script_location"), cp.get("formatter_generic", "datefmt", raw=True))
