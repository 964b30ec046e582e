# sqlalchemy.inspect(conn): tables, columns, keys, indexes, constraints as SQLAlchemy's SQLite dialect gives them
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
with engine.connect() as c:
    c.execute(sa.text("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL DEFAULT 'x', "
                      "n NUMERIC(10, 2), d DATETIME, j JSON, b BLOB, f FLOAT, flag BOOLEAN, u VARCHAR(5) UNIQUE, "
                      "e VARCHAR(3) CONSTRAINT ck_e CHECK (e IN ('a', 'b')), created DATETIME DEFAULT (CURRENT_TIMESTAMP), "
                      "big BIGINT, sm SMALLINT, txt TEXT, r REAL, dec DECIMAL(5, 1), ch CHAR(2), dt DATE, tm TIME)"))
    c.execute(sa.text("CREATE TABLE a (id INTEGER NOT NULL, tid INTEGER, other INTEGER, "
                      "CONSTRAINT pk_a PRIMARY KEY (id), CONSTRAINT fk_t FOREIGN KEY(tid) REFERENCES t (id) ON DELETE CASCADE, "
                      "FOREIGN KEY(other) REFERENCES t (id), CONSTRAINT uq_x UNIQUE (id, tid))"))
    c.execute(sa.text("CREATE INDEX ix_a ON a (tid)"))
    c.execute(sa.text("CREATE UNIQUE INDEX ix_b ON a (other)"))
    i = sa.inspect(c)
    print(type(i).__name__, i.get_table_names(), i.get_view_names(), i.has_table("t"), i.has_table("zz"))
    for col in i.get_columns("t"):
        print(col)
    print(i.get_pk_constraint("t"), i.get_pk_constraint("a"))
    print(i.get_foreign_keys("a"))
    print(i.get_indexes("a"), i.get_indexes("t"))
    print(i.get_unique_constraints("a"), i.get_unique_constraints("t"))
    print(i.get_check_constraints("t"))
    print(i.default_schema_name, i.get_schema_names())
    try:
        i.get_columns("nope")
    except sa.exc.NoSuchTableError as e:
        print(type(e).__name__, e)
    print(sa.inspect(engine).get_table_names())
    print(sa.engine.reflection.Inspector.from_engine(c).get_table_names())
    print([(t, sorted(f for f in fks if f)) for t, fks in i.get_sorted_table_and_fkc_names() if t])
