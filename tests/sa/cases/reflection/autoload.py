# Table(name, metadata, autoload_with=conn) and MetaData.reflect(): columns, keys and their use in statements
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
with engine.connect() as c:
    c.execute(sa.text("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL, joined DATETIME, "
                      "active BOOLEAN DEFAULT 1, meta JSON)"))
    c.execute(sa.text("CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT)"))
    c.execute(sa.text("CREATE INDEX ix_posts_user ON posts (user_id)"))
    c.execute(sa.text("INSERT INTO users (name, joined, active, meta) VALUES "
                      "('ann', '2020-01-02 03:04:05.000000', 1, '{\"k\": [1, 2]}'), ('bob', NULL, 0, NULL)"))
    c.execute(sa.text("INSERT INTO posts (user_id, title) VALUES (1, 'hello'), (1, 'again'), (2, 'hi')"))
    m = sa.MetaData()
    users = sa.Table("users", m, autoload_with=c)
    print([(col.name, repr(col.type), col.nullable, col.primary_key) for col in users.c])
    print(users.c.active.server_default.arg.text, users.primary_key.columns.keys())
    posts = sa.Table("posts", m, autoload_with=c)
    print([repr(col) for col in posts.c], sorted(ix.name for ix in posts.indexes))
    print([fk.target_fullname for fk in posts.c.user_id.foreign_keys])
    print(sorted(m.tables), [t.name for t in m.sorted_tables])
    for row in c.execute(sa.select(users).order_by(users.c.id)):
        print(row)
    print(c.execute(sa.select(users.c.name, sa.func.count(posts.c.id)).join(posts).group_by(users.c.name)
                    .order_by(users.c.name)).fetchall())
    c.execute(users.update().where(users.c.name == "bob").values(active=True, meta={"x": None}))
    print(c.execute(sa.select(users.c.active, users.c.meta).where(users.c.name == "bob")).first())
    m2 = sa.MetaData()
    m2.reflect(bind=c)
    print(sorted(m2.tables), [col.name for col in m2.tables["posts"].c])
    try:
        sa.Table("nope", sa.MetaData(), autoload_with=c)
    except sa.exc.NoSuchTableError as e:
        print(type(e).__name__, e)
