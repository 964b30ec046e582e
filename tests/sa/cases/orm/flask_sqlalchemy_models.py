# Flask-SQLAlchemy 3.0 as a project's models and data migrations use it: db.Model's table names, db.Table, db.session, Model.query, db.engine, current_app
from flask import Flask, current_app
from flask_sqlalchemy import SQLAlchemy
import sqlalchemy as sa

app = Flask("main")
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///t.db"
db = SQLAlchemy(app)

roles_users = db.Table(
    "roles_users",
    db.Column("user_id", db.Integer(), db.ForeignKey("user_account.id")),
    db.Column("role_id", db.Integer(), db.ForeignKey("role.id")),
)


class Role(db.Model):
    id = db.Column(db.Integer(), primary_key=True)
    name = db.Column(db.String(80), unique=True)


class UserAccount(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255))
    kind = db.Column(db.String(20))
    roles = db.relationship("Role", secondary=roles_users, backref=db.backref("users", lazy="dynamic"))


class AdminUser(UserAccount):
    level = db.Column(db.Integer)


class HTTPLog(db.Model):
    __tablename__ = "http_log"
    id = db.Column(db.Integer, primary_key=True)


print(Role.__tablename__, UserAccount.__tablename__, HTTPLog.__tablename__)
print(AdminUser.__table__ is UserAccount.__table__, "__tablename__" in AdminUser.__dict__)
print(type(roles_users).__name__, isinstance(roles_users, sa.Table), roles_users.metadata is db.metadata)
print(sorted(db.metadata.tables))
print(db.Integer is sa.Integer, db.relationship.__name__, db.session.__class__.__name__)
print(db.metadata.info, db.Model.metadata is db.metadata)
try:
    db.nonexistent
except AttributeError as e:
    print("AttributeError", e)

with app.app_context():
    print(current_app.name, current_app.config["SQLALCHEMY_TRACK_MODIFICATIONS"], sorted(current_app.extensions))
    print(repr(current_app), current_app.extensions["sqlalchemy"] is db)
    db.create_all()
    print(sa.inspect(db.engine).get_table_names())
    r1, r2 = Role(name="admin"), Role(name="user")
    u = UserAccount(email="a@example.com", kind="plain", roles=[r1])
    db.session.add_all([r2, u])
    print(repr(r1).split(" ")[0], repr(r1).split(" ")[1][:9])
    db.session.commit()
    print(repr(r1), repr(u))
    print(UserAccount.query.count(), type(UserAccount.query).__name__, type(UserAccount.query).__module__)
    q = Role.query.filter_by(name="user")
    print(type(q).__name__, q.first(), q.first_or_404())
    print(db.session.get(Role, 1), Role.query.get(2), db.get_or_404(Role, 1))
    print([x.name for x in Role.query.order_by(Role.name.desc()).all()])
    print(db.session.execute(sa.select(UserAccount.email)).all())
    Role.query.filter(Role.name == "user").update({"name": "member"})
    db.session.commit()
    print(db.session.execute(sa.text("select name from role order by id")).fetchall())
    page = Role.query.order_by(Role.id).paginate(page=1, per_page=1)
    print(page.total, page.pages, page.has_next, [r.name for r in page.items])
    try:
        Role.query.filter_by(name="nobody").first_or_404()
    except Exception as e:
        print(type(e).__name__, getattr(e, "code", None))
