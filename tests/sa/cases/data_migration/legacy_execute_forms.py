# SQLAlchemy 1.4's legacy forms that older data migrations use: execute() of a plain string, text() with keyword params, table.select(), update().values({col: other_col}), MetaData(bind=conn) + autoload=True, select([...]).select_from(outerjoin), rows by key and index
import json
import re

import sqlalchemy as sa
from sqlalchemy.sql import table, text

engine = sa.create_engine("sqlite:///t.db")
with engine.connect() as conn:
    conn.execute("CREATE TABLE ds (id INTEGER PRIMARY KEY, type VARCHAR(20))")
    conn.execute("CREATE TABLE q (id INTEGER PRIMARY KEY, name VARCHAR(50), query TEXT, query_hash VARCHAR(10), "
                 "options TEXT, schedule VARCHAR(10), old_schedule VARCHAR(10), data_source_id INTEGER, tags TEXT)")
    conn.execute("INSERT INTO ds VALUES (1, 'pg'), (2, NULL)")
    conn.execute("INSERT INTO q (id, name, query, options, schedule, data_source_id) VALUES "
                 "(1, 'Sales: #weekly report', 'SELECT 1', '{\"parameters\": [{\"name\": \"a\", \"value\": 1}]}', '3600', 1), "
                 "(2, 'plain', 'SELECT  2 /* c */', NULL, '12:30', 2), (3, 'orphan', 'x', '{}', NULL, 9)")
    tags_regex = re.compile(r"^([\w\s]+):|#([\w-]+)", re.I | re.U)
    update_query = text("UPDATE q SET tags = :tags WHERE id = :id")
    for row in conn.execute("SELECT id, name FROM q ORDER BY id"):
        tags = [t for pair in tags_regex.findall(row[1]) for t in pair if t]
        if tags:
            conn.execute(update_query, tags=json.dumps(tags), id=row[0])
    print(conn.execute("SELECT id, tags FROM q ORDER BY id").fetchall())

    queries = table("q", sa.Column("schedule", sa.String(length=10)), sa.Column("old_schedule", sa.String(length=10)))
    conn.execute(queries.update().values({"old_schedule": queries.c.schedule}))
    queries = table("q", sa.Column("id", sa.Integer, primary_key=True), sa.Column("schedule", sa.Text()),
                    sa.Column("old_schedule", sa.String(length=10)))
    for query in conn.execute(queries.select()):
        schedule = {"interval": None, "time": None}
        if query.old_schedule is not None:
            if ":" in query.old_schedule:
                schedule["interval"] = 86400
                schedule["time"] = query.old_schedule
            else:
                schedule["interval"] = int(query.old_schedule)
        conn.execute(queries.update().where(queries.c.id == query.id).values(schedule=json.dumps(schedule)))
    print(conn.execute("SELECT id, schedule, old_schedule FROM q ORDER BY id").fetchall())

    metadata = sa.MetaData(bind=conn)
    q = sa.Table("q", metadata, autoload=True)
    ds = sa.Table("ds", metadata, autoload=True)
    joined = q.outerjoin(ds, q.c.data_source_id == ds.c.id)
    stmt = sa.select([q.c.id.label("query_id"), q.c.query, q.c.query_hash, q.c.options, ds.c.id.label("data_source_id"),
                      ds.c.type]).select_from(joined).order_by(q.c.id)
    for record in conn.execute(stmt):
        options = json.loads(record["options"]) if record["options"] else {}
        params = {p["name"]: p.get("value") for p in options.get("parameters", [])} if record.options else {}
        print(record["query_id"], record["type"], record.data_source_id, params, any(params), tuple(record))
        conn.execute(q.update().where(q.c.id == record["query_id"]).values(query_hash="".join(record["query"].split())[:10]))
    print(conn.execute(sa.select([q.c.id, q.c.query_hash]).order_by(q.c.id)).fetchall())
    print(sorted(c.name for c in q.columns), [type(c.type).__name__ for c in ds.columns])
