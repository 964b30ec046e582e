# A data migration on table()/column(): select, update, insert, delete with where/values/order_by/limit/join/func/case
import sqlalchemy as sa

engine = sa.create_engine("sqlite:///t.db")
conn = engine.connect()
conn.execute(sa.text("CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR, plan VARCHAR, balance INTEGER)"))
conn.execute(sa.text("CREATE TABLE invoice (id INTEGER PRIMARY KEY, account_id INTEGER, amount INTEGER, paid BOOLEAN)"))
account = sa.table("account", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("plan", sa.String),
                   sa.column("balance", sa.Integer))
invoice = sa.table("invoice", sa.column("id", sa.Integer), sa.column("account_id", sa.Integer),
                   sa.column("amount", sa.Integer), sa.column("paid", sa.Boolean))
conn.execute(account.insert(), [{"name": "acme", "plan": "free", "balance": 0}, {"name": "globex", "plan": "pro", "balance": 5},
                                {"name": "initech", "plan": None, "balance": 7}])
conn.execute(invoice.insert().values([{"account_id": 1, "amount": 10, "paid": True}, {"account_id": 1, "amount": 5, "paid": False},
                                      {"account_id": 2, "amount": 30, "paid": False}]))
conn.execute(account.update().where(account.c.plan.is_(None)).values(plan="free"))
conn.execute(account.update().values(plan=sa.case((account.c.balance > 4, "paid"), else_=account.c.plan)))
owed = (sa.select(invoice.c.account_id, sa.func.sum(invoice.c.amount).label("owed"))
        .where(sa.not_(invoice.c.paid)).group_by(invoice.c.account_id))
for account_id, amount in conn.execute(owed).fetchall():
    conn.execute(account.update().where(account.c.id == account_id).values(balance=account.c.balance - amount))
q = (sa.select(account.c.name, sa.func.count(invoice.c.id).label("n"))
     .select_from(account.outerjoin(invoice, invoice.c.account_id == account.c.id))
     .group_by(account.c.name).order_by(sa.desc("n"), account.c.name))
print(conn.execute(q).fetchall())
print(conn.execute(sa.select(account).order_by(account.c.id)).fetchall())
top = conn.execute(sa.select(account.c.name).order_by(account.c.balance.desc()).limit(1)).scalar()
print("top", top)
n = conn.execute(invoice.delete().where(sa.and_(invoice.c.paid == True, invoice.c.amount < 20))).rowcount  # noqa: E712
print("deleted", n)
print(conn.execute(sa.select(sa.func.count()).select_from(invoice)).scalar())
print(conn.execute(sa.select(account.c.id).where(sa.or_(account.c.name.like("%ex%"), account.c.balance < 0))
                   .order_by(account.c.id)).scalars().all())
print(conn.execute(sa.select(sa.func.coalesce(sa.func.max(invoice.c.amount), 0))).scalar())
