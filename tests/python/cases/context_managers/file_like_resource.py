# A resource class that closes itself, used with with and without an exception.
class Connection:
    open_count = 0
    def __init__(self, url):
        self.url = url
        self.closed = False
        self.statements = []
    def __enter__(self):
        Connection.open_count += 1
        return self
    def execute(self, sql):
        if self.closed:
            raise RuntimeError("connection closed")
        self.statements.append(sql)
    def __exit__(self, exc_type, exc, tb):
        self.closed = True
        Connection.open_count -= 1
        if exc_type is not None:
            self.statements.append(f"ROLLBACK ({exc})")
with Connection("sqlite://") as conn:
    conn.execute("CREATE TABLE t (id INTEGER)")
print(conn.closed, conn.statements, Connection.open_count)
try:
    with Connection("sqlite://") as c2:
        c2.execute("INSERT")
        raise ValueError("bad row")
except ValueError:
    pass
print(c2.closed, c2.statements, Connection.open_count)
try:
    conn.execute("SELECT 1")
except RuntimeError as e:
    print("RuntimeError:", e)
