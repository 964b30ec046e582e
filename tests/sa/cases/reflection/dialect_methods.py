# Reflection through the dialect, as scripts call it: op.get_bind().dialect.has_table(conn, name), get_columns(conn, t), ...; has_table wants a Connection
import sqlalchemy as sa
engine = sa.create_engine("sqlite:///t.db")
with engine.connect() as conn:
    conn.execute(sa.text("CREATE TABLE t (id INTEGER PRIMARY KEY, v VARCHAR(20) NOT NULL, p INTEGER REFERENCES t (id))"))
    conn.execute(sa.text("CREATE INDEX ix_t_v ON t (v)"))
    d = conn.dialect
    print(d.has_table(conn, 't'), d.has_table(conn, 'nope'))
    print(d.get_table_names(conn))
    print([(c['name'], repr(c['type']), c['nullable']) for c in d.get_columns(conn, 't')])
    print(d.get_pk_constraint(conn, 't'), d.get_foreign_keys(conn, 't'))
    print(d.get_indexes(conn, 't'), d.get_unique_constraints(conn, 't'), d.get_view_names(conn))
    try:
        d.has_table(engine, 't')
    except Exception as e:
        print(type(e).__name__, str(e))
