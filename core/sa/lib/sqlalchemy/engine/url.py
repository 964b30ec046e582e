"""Database URLs (make_url, URL), after SQLAlchemy 1.4's engine/url.py: the parts of
`dialect+driver://user:password@host:port/database?query`. Revlab connects to SQLite URLs only, but
any URL parses (env.py files read them from configuration)."""
from .. import exc


class URL:
    def __init__(self, drivername, username=None, password=None, host=None, port=None, database=None, query=None):
        self.drivername = drivername
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.query = dict(query or {})

    @classmethod
    def create(cls, drivername, username=None, password=None, host=None, port=None, database=None, query=None):
        return cls(drivername, username, password, host, port, database, query)

    def set(self, **kw):
        values = dict(drivername=self.drivername, username=self.username, password=self.password, host=self.host,
                      port=self.port, database=self.database, query=self.query)
        values.update(kw)
        return URL(**values)

    def get_backend_name(self):
        return self.drivername.split("+")[0]

    def get_driver_name(self):
        if "+" in self.drivername:
            return self.drivername.split("+")[1]
        return "pysqlite" if self.get_backend_name() == "sqlite" else None

    def render_as_string(self, hide_password=True):
        s = self.drivername + "://"
        if self.username is not None:
            s += self.username
            if self.password is not None:
                s += ":" + ("***" if hide_password else str(self.password))
            s += "@"
        if self.host is not None:
            s += self.host
        if self.port is not None:
            s += ":" + str(self.port)
        if self.database is not None:
            s += "/" + self.database
        if self.query:
            s += "?" + "&".join("%s=%s" % (k, v) for k, v in sorted(self.query.items()))
        return s

    def __str__(self):
        return self.render_as_string(hide_password=False)

    def __repr__(self):
        return self.render_as_string()

    def __eq__(self, other):
        return isinstance(other, URL) and str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def get_dialect(self):
        from ..dialects.sqlite.base import SQLiteDialect

        if self.get_backend_name() != "sqlite":
            raise exc.NoSuchModuleError("Can't load plugin: sqlalchemy.dialects:%s" % self.drivername.replace("+", "."))
        return SQLiteDialect

    def translate_connect_args(self, names=None, **kw):
        out = {}
        for name in ("host", "database", "username", "password", "port"):
            value = getattr(self, name)
            if value is not None:
                out[kw.get(name, name)] = value
        return out


def make_url(name_or_url):
    if isinstance(name_or_url, URL):
        return name_or_url
    text = str(name_or_url)
    i = text.find("://")
    if i < 0:
        raise exc.ArgumentError("Could not parse SQLAlchemy URL from string '%s'" % text)
    drivername = text[0:i]
    rest = text[i + 3:]
    query = {}
    if "?" in rest:
        rest, q = rest.split("?", 1)
        for part in q.split("&"):
            if "=" in part:
                k, v = part.split("=", 1)
                query[k] = v
    username = password = host = port = None
    slash = rest.find("/")
    netloc = rest if slash < 0 else rest[0:slash]
    database = None if slash < 0 else rest[slash + 1:]
    if database == "":
        database = None
    if "@" in netloc:
        userinfo, netloc = netloc.rsplit("@", 1)
        if ":" in userinfo:
            username, password = userinfo.split(":", 1)
        else:
            username = userinfo
    if netloc:
        if ":" in netloc:
            host, port_text = netloc.rsplit(":", 1)
            port = int(port_text) if port_text.isdigit() else None
        else:
            host = netloc
    return URL(drivername, username, password, host, port, database, query)
