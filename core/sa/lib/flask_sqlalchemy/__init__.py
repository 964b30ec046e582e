"""Flask-SQLAlchemy 3.0 (Debian's 3.0.3), as a project's models and revision scripts use it under
`flask db`: SQLAlchemy(metadata=, session_options=, query_class=, model_class=, engine_options=),
db.Model (table names from the class name, Model.query, its repr), db.Table (the metadata chosen
for you), db.session, db.engine, db.metadata, create_all/drop_all/reflect, relationship/backref/
dynamic_loader with the extension's Query class, and every name of `sqlalchemy` and
`sqlalchemy.orm` as an attribute (db.Column, db.Integer, db.ForeignKey, ...).

The engine is the command's database: db.engine, db.session and op.get_bind() all reach the
connection the migration runs on (Flask-Migrate's env.py gives Alembic the same app engine).
"""

from .extension import SQLAlchemy
from .extension import _revlab_command_db  # noqa: F401

__version__ = "3.0.3"

__all__ = ["SQLAlchemy"]
