"""Flask-SQLAlchemy's Session: bound to the extension's engine (the command's database)."""

import sqlalchemy.orm


class Session(sqlalchemy.orm.Session):
    def __init__(self, db, **kwargs):
        if kwargs.get("bind") is None:
            kwargs["bind"] = db.engine
        super().__init__(**kwargs)
        self._db = db
