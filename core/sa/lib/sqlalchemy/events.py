"""sqlalchemy.events: the event classes' names (events are recorded, never fired: see event/)."""


class DDLEvents:
    pass


class DialectEvents:
    pass


class PoolEvents:
    pass


class ConnectionEvents:
    pass
