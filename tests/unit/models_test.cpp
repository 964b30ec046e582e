// models/: reading app/models.py into the MetaData that Flask-SQLAlchemy 3.0.3 on SQLAlchemy
// 1.4.46 builds from it. Unless a test says otherwise, each expected value was printed by
// tests/conformance/models_reference.py from the very same source under Debian's real
// Flask-SQLAlchemy 3.0.3 / SQLAlchemy 1.4.46 (dump() below prints Revlab's MetaData in the format
// that script prints SQLAlchemy's). The mapped_column() tests follow SQLAlchemy 2.0's documented
// rules instead, since 1.4 has no mapped_column.
#include "error.hpp"
#include "models/models.hpp"
#include "schema/ddl.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using revlab::models::MetaData;

MetaData load(const std::string& source) {
    return revlab::models::load_models(source, "app/models.py");
}

std::string error_of(const std::string& source) {
    try {
        load(source);
    } catch (const revlab::Error& e) {
        return e.what();
    }
    return "(no error)";
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string named(const std::optional<std::string>& name) {
    return name ? " name=" + *name : "";
}

std::string foreign_key_line(const revlab::schema::ForeignKey& fk) {
    std::string line = "  FOREIGN KEY" + named(fk.name) + " (" + join(fk.columns) + ") -> " +
                       fk.referred_table + "(" + join(fk.referred_columns) + ")";
    if (fk.ondelete) line += " ON DELETE " + *fk.ondelete;
    if (fk.onupdate) line += " ON UPDATE " + *fk.onupdate;
    return line;
}

// The text models_reference.py prints for a MetaData. Constraints come in SQLAlchemy's creation
// order, which is the order ddl.cpp renders them in: the explicit ones, then for each column its
// UNIQUE, its type's CHECK and its foreign keys. Indexes are sorted by name (a set in SQLAlchemy).
std::string dump(const MetaData& m) {
    using namespace revlab::schema;
    std::string out;
    auto line = [&](const std::string& l) { out += (out.empty() ? "" : "\n") + l; };
    for (const Table& t : m.tables) {
        line("TABLE " + t.name + (t.sqlite_autoincrement ? " sqlite_autoincrement" : ""));
        for (const Column& c : t.columns) {
            std::string l = "  " + c.name + " " + (c.type.name == "NullType" ? "NULL" : c.type.ddl()) +
                            (c.nullable ? " NULL" : " NOT NULL");
            if (c.primary_key) l += " PK";
            if (c.server_default) l += " DEFAULT " + server_default_sql(*c.server_default);
            if (c.autoincrement) l += std::string(" AUTOINCREMENT=") + (*c.autoincrement ? "True" : "False");
            line(l);
        }
        auto pk = t.primary_key_columns();
        if (!pk.empty())
            line("  PRIMARY KEY" + named(t.primary_key ? t.primary_key->name : std::nullopt) + " (" +
                 join(pk) + ")");
        for (const Constraint& c : t.constraints) {
            if (c.kind == Constraint::Kind::Unique)
                line("  UNIQUE" + named(c.unique.name) + " (" + join(c.unique.columns) + ")");
            else if (c.kind == Constraint::Kind::ForeignKey)
                line(foreign_key_line(c.foreign_key));
            else
                line("  CHECK" + named(c.check.name) + " (" + render_text_clause(c.check.sqltext) + ")");
        }
        for (const Column& c : t.columns) {
            if (c.unique && !c.index) line("  UNIQUE (" + c.name + ")");
            if (c.type.create_constraint && (c.type.name == "Boolean" || c.type.name == "Enum")) {
                std::string values;
                for (const auto& v : c.type.enum_values)
                    values += (values.empty() ? "'" : ", '") + v + "'";
                line("  CHECK" + named(c.type.enum_name) + " (" + c.name + " IN (" +
                     (c.type.name == "Boolean" ? std::string("0, 1") : values) + "))");
            }
            for (auto fk : c.foreign_keys) {
                if (fk.columns.empty()) fk.columns = {c.name};
                line(foreign_key_line(fk));
            }
        }
        std::vector<Index> indexes = t.indexes;
        std::sort(indexes.begin(), indexes.end(),
                  [](const Index& a, const Index& b) { return a.name < b.name; });
        for (const Index& i : indexes)
            line("  INDEX " + i.name + (i.unique ? " UNIQUE" : "") + " (" + join(i.expressions) + ")" +
                 (i.where ? " WHERE " + *i.where : ""));
    }
    return out;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

TEST_CASE("the demo's models.py is the user_visits table", "[models]") {
    MetaData m = load(read_file(std::string(REVLAB_SOURCE_DIR) + "/migrations/visits/app/models.py"));
    CHECK(dump(m) == R"(TABLE user_visits
  id INTEGER NOT NULL PK
  ip_address VARCHAR(45) NOT NULL
  user_agent VARCHAR(255) NULL
  visited_at DATETIME NULL
  visit_count INTEGER NOT NULL
  PRIMARY KEY (id)
  INDEX ix_user_visits_ip_address (ip_address))");
    // What sa.schema.CreateTable / CreateIndex compile to for SQLite.
    REQUIRE(m.tables.size() == 1);
    CHECK(revlab::schema::create_table_sql(m.tables[0]) ==
          "\nCREATE TABLE user_visits (\n\tid INTEGER NOT NULL, \n\tip_address VARCHAR(45) NOT NULL, \n\t"
          "user_agent VARCHAR(255), \n\tvisited_at DATETIME, \n\tvisit_count INTEGER NOT NULL, \n\t"
          "PRIMARY KEY (id)\n)\n\n");
    REQUIRE(m.tables[0].indexes.size() == 1);
    CHECK(revlab::schema::create_index_sql(m.tables[0].indexes[0]) ==
          "CREATE INDEX ix_user_visits_ip_address ON user_visits (ip_address)");
}

TEST_CASE("unique, index and foreign keys are represented once, as operations::build_table does",
          "[models]") {
    MetaData m = load(R"py(from app import db


class T(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    a = db.Column(db.String(5), unique=True)
    b = db.Column(db.String(5), unique=True, index=True)
    c = db.Column(db.Integer, db.ForeignKey('t.id'), unique=True)
    __table_args__ = (db.CheckConstraint('a <> b', name='ck_t_ab'),)
)py");
    REQUIRE(m.find("t") != nullptr);
    CHECK(m.find("nope") == nullptr);
    const auto& t = *m.find("t");
    // Column(unique=True): the flag, no Constraint (ddl.cpp renders it after the explicit ones).
    CHECK(t.find_column("a")->unique);
    CHECK_FALSE(t.find_column("a")->index);
    // Column(unique=True, index=True): a unique ix_ index and no UNIQUE constraint.
    CHECK(t.find_column("b")->index);
    REQUIRE(t.indexes.size() == 1);
    CHECK(t.indexes[0].name == "ix_t_b");
    CHECK(t.indexes[0].unique);
    CHECK(t.indexes[0].expressions == std::vector<std::string>{"b"});
    // Column(ForeignKey(...)): on the column.
    REQUIRE(t.find_column("c")->foreign_keys.size() == 1);
    CHECK(t.find_column("c")->foreign_keys[0].referred_table == "t");
    // Only the explicit constraint is a table constraint.
    REQUIRE(t.constraints.size() == 1);
    CHECK(t.constraints[0].kind == revlab::schema::Constraint::Kind::Check);
    // ...and CREATE TABLE comes out as SQLAlchemy compiles it.
    CHECK(revlab::schema::create_table_sql(t) ==
          "\nCREATE TABLE t (\n\tid INTEGER NOT NULL, \n\ta VARCHAR(5), \n\tb VARCHAR(5), \n\tc INTEGER, \n\t"
          "PRIMARY KEY (id), \n\tCONSTRAINT ck_t_ab CHECK (a <> b), \n\tUNIQUE (a), \n\tUNIQUE (c), \n\t"
          "FOREIGN KEY(c) REFERENCES t (id)\n)\n\n");
    CHECK(revlab::schema::create_index_sql(t.indexes[0]) == "CREATE UNIQUE INDEX ix_t_b ON t (b)");
}

TEST_CASE("a blog: db.* and plain SQLAlchemy names, relationships, helpers, a module-level Index",
          "[models]") {
    const char* source =
        R"py("""A small blog: plain SQLAlchemy imports next to db.*, relationships and helpers."""
from datetime import datetime
import enum
import sqlalchemy as sa
from sqlalchemy import Column, Integer, String, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import relationship, backref, validates
from sqlalchemy.ext.associationproxy import association_proxy
from sqlalchemy.ext.hybrid import hybrid_property
from werkzeug.security import generate_password_hash, check_password_hash
from flask_login import UserMixin
from .extensions import db


class Role(enum.Enum):
    ADMIN = "admin"
    EDITOR = "editor"
    READER = "reader"


post_tags = db.Table(
    'post_tags',
    db.Column('post_id', db.Integer, db.ForeignKey('posts.id', ondelete='CASCADE'), primary_key=True),
    db.Column('tag_id', db.Integer, db.ForeignKey('tag.id'), primary_key=True),
)


class User(UserMixin, db.Model):
    """A user."""
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    username = db.Column(db.String(64), index=True, unique=True, nullable=False)
    email = db.Column(db.String(120), unique=True)
    password_hash = db.Column(db.String(128))
    role = db.Column(db.Enum(Role), nullable=False, server_default='READER')
    about_me = db.Column(db.Text, default='')
    last_seen = db.Column(db.DateTime, default=lambda: datetime.utcnow())
    is_active_flag = db.Column('active', db.Boolean, nullable=False, server_default=sa.true())
    posts = db.relationship('Post', backref='author', lazy='dynamic')
    tags = association_proxy('posts', 'tags')

    def set_password(self, password):
        self.password_hash = generate_password_hash(password)

    def check_password(self, password):
        return check_password_hash(self.password_hash, password)

    @hybrid_property
    def display(self):
        return f"{self.username} <{self.email}>"

    @validates('email')
    def validate_email(self, key, value):
        for bad in ('@@', ' '):
            if bad in value:
                raise ValueError(f"bad email {value!r}")
        return value

    def to_dict(self):
        try:
            return {c.name: getattr(self, c.name) for c in self.__table__.columns}
        except Exception:
            return {}

    def __repr__(self):
        return f'<User {self.username}>'


class Post(db.Model):
    __tablename__ = 'posts'
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(140), nullable=False)
    body = db.Column(Text)
    timestamp = db.Column(db.DateTime, index=True, default=datetime.utcnow, server_default=db.func.now())
    user_id = db.Column(db.Integer, db.ForeignKey(User.id), nullable=False)
    tags = relationship('Tag', secondary=post_tags, backref=backref('posts', lazy='dynamic'))
    __table_args__ = (
        UniqueConstraint('user_id', 'title', name='uq_posts_user_title'),
        db.CheckConstraint('length(title) > 0', name='ck_posts_title'),
        db.Index('ix_posts_user_time', 'user_id', 'timestamp'),
    )


class Tag(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(50), nullable=False, unique=True)
    weight = db.Column(db.Numeric(5, 2), server_default=db.text('1.0'))


db.Index('ix_tag_weight', Tag.weight, sqlite_where=db.text('weight > 0')))py";
    CHECK(dump(load(source)) == R"(TABLE post_tags
  post_id INTEGER NOT NULL PK
  tag_id INTEGER NOT NULL PK
  PRIMARY KEY (post_id, tag_id)
  FOREIGN KEY (post_id) -> posts(id) ON DELETE CASCADE
  FOREIGN KEY (tag_id) -> tag(id)
TABLE users
  id INTEGER NOT NULL PK
  username VARCHAR(64) NOT NULL
  email VARCHAR(120) NULL
  password_hash VARCHAR(128) NULL
  role VARCHAR(6) NOT NULL DEFAULT 'READER'
  about_me TEXT NULL
  last_seen DATETIME NULL
  active BOOLEAN NOT NULL DEFAULT (1)
  PRIMARY KEY (id)
  UNIQUE (email)
  INDEX ix_users_username UNIQUE (username)
TABLE posts
  id INTEGER NOT NULL PK
  title VARCHAR(140) NOT NULL
  body TEXT NULL
  timestamp DATETIME NULL DEFAULT (CURRENT_TIMESTAMP)
  user_id INTEGER NOT NULL
  PRIMARY KEY (id)
  UNIQUE name=uq_posts_user_title (user_id, title)
  CHECK name=ck_posts_title (length(title) > 0)
  FOREIGN KEY (user_id) -> users(id)
  INDEX ix_posts_timestamp (timestamp)
  INDEX ix_posts_user_time (user_id, timestamp)
TABLE tag
  id INTEGER NOT NULL PK
  name VARCHAR(50) NOT NULL
  weight NUMERIC(5, 2) NULL DEFAULT 1.0
  PRIMARY KEY (id)
  UNIQUE (name)
  INDEX ix_tag_weight (weight) WHERE weight > 0)");
}

TEST_CASE("mixins, abstract bases, overrides, single- and joined-table inheritance, column order",
          "[models]") {
    const char* source = R"py(from datetime import datetime
from app import db


class TimestampMixin(object):
    created_at = db.Column(db.DateTime, nullable=False, server_default=db.func.current_timestamp())
    updated_at = db.Column(db.DateTime, onupdate=datetime.utcnow)


class BaseModel(db.Model):
    __abstract__ = True
    id = db.Column(db.Integer, primary_key=True)

    def save(self):
        db.session.add(self)
        db.session.commit()


class Named:
    __tablename__ = 'things'
    name = db.Column(db.String(30), unique=True)


class Thing(BaseModel, Named, TimestampMixin):
    color = db.Column(db.String(10))
    created_at = db.Column(db.Date)


class APIKey(TimestampMixin, BaseModel):
    key = db.Column(db.String(40), nullable=False, index=True)


class Employee(TimestampMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    kind = db.Column(db.String(20), nullable=False)
    __mapper_args__ = {'polymorphic_on': kind, 'polymorphic_identity': 'employee'}


class Manager(Employee):
    budget = db.Column(db.Integer)
    __mapper_args__ = {'polymorphic_identity': 'manager'}


class EngineerProfile(Employee):
    id = db.Column(db.Integer, db.ForeignKey('employee.id'), primary_key=True)
    language = db.Column(db.String(20), index=True)
    __mapper_args__ = {'polymorphic_identity': 'engineer'}


class SeniorEngineer(EngineerProfile):
    mentor_id = db.Column(db.ForeignKey('employee.id')))py";
    CHECK(dump(load(source)) == R"(TABLE things
  updated_at DATETIME NULL
  id INTEGER NOT NULL PK
  name VARCHAR(30) NULL
  color VARCHAR(10) NULL
  created_at DATE NULL
  PRIMARY KEY (id)
  UNIQUE (name)
TABLE api_key
  created_at DATETIME NOT NULL DEFAULT (CURRENT_TIMESTAMP)
  updated_at DATETIME NULL
  id INTEGER NOT NULL PK
  key VARCHAR(40) NOT NULL
  PRIMARY KEY (id)
  INDEX ix_api_key_key (key)
TABLE employee
  created_at DATETIME NOT NULL DEFAULT (CURRENT_TIMESTAMP)
  updated_at DATETIME NULL
  id INTEGER NOT NULL PK
  kind VARCHAR(20) NOT NULL
  budget INTEGER NULL
  PRIMARY KEY (id)
TABLE engineer_profile
  id INTEGER NOT NULL PK
  language VARCHAR(20) NULL
  mentor_id INTEGER NULL
  PRIMARY KEY (id)
  FOREIGN KEY (id) -> employee(id)
  FOREIGN KEY (mentor_id) -> employee(id)
  INDEX ix_engineer_profile_language (language))");
}

TEST_CASE("mixins of mixins, __table_args__ from a mixin, a mixin shared by two models", "[models]") {
    const char* source = R"py(from app import db


class IdMixin:
    id = db.Column(db.Integer, primary_key=True)


class AuditMixin(IdMixin):
    created_by = db.Column(db.String(40), nullable=False, server_default='system')
    __table_args__ = (db.CheckConstraint("created_by <> ''", name='ck_created_by'),
                      {'sqlite_autoincrement': True})


class Invoice(AuditMixin, db.Model):
    total = db.Column(db.Numeric(12, 2), nullable=False)


class Receipt(AuditMixin, db.Model):
    __tablename__ = 'receipts'
    invoice_id = db.Column(db.Integer, db.ForeignKey('invoice.id'), nullable=False, index=True)
    created_by = db.Column(db.String(80))


class Plain(IdMixin, db.Model):
    __table_args__ = {})py";
    CHECK(dump(load(source)) == R"(TABLE invoice sqlite_autoincrement
  id INTEGER NOT NULL PK
  created_by VARCHAR(40) NOT NULL DEFAULT 'system'
  total NUMERIC(12, 2) NOT NULL
  PRIMARY KEY (id)
  CHECK name=ck_created_by (created_by <> '')
TABLE receipts sqlite_autoincrement
  id INTEGER NOT NULL PK
  invoice_id INTEGER NOT NULL
  created_by VARCHAR(80) NULL
  PRIMARY KEY (id)
  CHECK name=ck_created_by (created_by <> '')
  FOREIGN KEY (invoice_id) -> invoice(id)
  INDEX ix_receipts_invoice_id (invoice_id)
TABLE plain
  id INTEGER NOT NULL PK
  PRIMARY KEY (id))");
}

TEST_CASE("a later attribute replaces an earlier one, as in Python", "[models]") {
    const char* source = R"py(from app import db


class A(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(10))
    title = db.Column(db.String(10))
    name = db.Column(db.String(20), nullable=False)
    extra = db.Column(db.Integer)

    def title(self):
        return 'x'

    extra = None)py";
    CHECK(dump(load(source)) == R"(TABLE a
  id INTEGER NOT NULL PK
  name VARCHAR(20) NOT NULL
  PRIMARY KEY (id))");
}

TEST_CASE("__table_args__ forms, composite keys, SQLAlchemy() in the file, sa.Table(db.metadata)",
          "[models]") {
    const char* source = R"py(import sqlalchemy as sa
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Account(db.Model):
    __table_args__ = {'sqlite_autoincrement': True, 'comment': 'accounts', 'mysql_engine': 'InnoDB'}
    id = db.Column(db.Integer, primary_key=True)
    number = db.Column(db.String(20), nullable=False)


class Membership(db.Model):
    __tablename__ = 'membership'
    account_id = db.Column(db.Integer, nullable=False)
    group_id = db.Column(db.Integer, nullable=False)
    since = db.Column(db.Date, server_default=sa.text("(date('now'))"))
    note = db.Column(db.String(200), server_default="it's")
    __table_args__ = (
        db.PrimaryKeyConstraint('account_id', 'group_id', name='pk_membership'),
        db.ForeignKeyConstraint(['account_id'], ['account.id'], ondelete='CASCADE', onupdate='CASCADE',
                                name='fk_m_acc'),
        db.UniqueConstraint('group_id', 'since'),
        db.Index('ix_membership_note', 'note', unique=True),
        {'sqlite_autoincrement': False},
    )


class Pair(db.Model):
    left = db.Column(db.Integer, primary_key=True, autoincrement=False)
    right = db.Column(db.Integer, primary_key=True)
    label = db.Column(db.Unicode(10), index=True, nullable=True)
    amount = db.Column(db.Float, server_default='0', nullable=False)


audit = sa.Table('audit', db.metadata,
                 sa.Column('id', sa.Integer, primary_key=True),
                 sa.Column('account_id', sa.ForeignKey('account.id')),
                 sa.Column('pair_left', sa.Integer),
                 sa.Column('payload', sa.JSON),
                 sa.ForeignKeyConstraint(['pair_left'], ['pair.left']),
                 sa.UniqueConstraint('account_id', 'pair_left', name='uq_audit')))py";
    CHECK(dump(load(source)) == R"(TABLE account sqlite_autoincrement
  id INTEGER NOT NULL PK
  number VARCHAR(20) NOT NULL
  PRIMARY KEY (id)
TABLE membership
  account_id INTEGER NOT NULL PK
  group_id INTEGER NOT NULL PK
  since DATE NULL DEFAULT (date('now'))
  note VARCHAR(200) NULL DEFAULT 'it''s'
  PRIMARY KEY name=pk_membership (account_id, group_id)
  FOREIGN KEY name=fk_m_acc (account_id) -> account(id) ON DELETE CASCADE ON UPDATE CASCADE
  UNIQUE (group_id, since)
  INDEX ix_membership_note UNIQUE (note)
TABLE pair
  left INTEGER NOT NULL PK AUTOINCREMENT=False
  right INTEGER NOT NULL PK
  label VARCHAR(10) NULL
  amount FLOAT NOT NULL DEFAULT '0'
  PRIMARY KEY (left, right)
  INDEX ix_pair_label (label)
TABLE audit
  id INTEGER NOT NULL PK
  account_id INTEGER NULL
  pair_left INTEGER NULL
  payload JSON NULL
  PRIMARY KEY (id)
  FOREIGN KEY (pair_left) -> pair(left)
  UNIQUE name=uq_audit (account_id, pair_left)
  FOREIGN KEY (account_id) -> account(id))");
}

TEST_CASE("columns referred to as Model.attr, __table__.c, table.c, untyped ForeignKeys", "[models]") {
    const char* source = R"py(from typing import TYPE_CHECKING
from app.extensions import db

if TYPE_CHECKING:
    from app.services import Mailer
else:
    Mailer = None


class Country(db.Model):
    code = db.Column(db.String(2), primary_key=True)
    name = db.Column(db.String(80), nullable=False)


class City(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    country_code = db.Column(db.ForeignKey(Country.code), nullable=False)
    name = db.Column(db.String(80))
    __table_args__ = (db.UniqueConstraint(country_code, name),)


class Address(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    city_id = db.Column(db.ForeignKey(City.__table__.c.id, ondelete='SET NULL'))
    country = db.Column(db.ForeignKey('city.country_code'))
    street = db.Column(db.String(120))


db.Index('ix_address_street_city', Address.street, Address.city_id)

favorites = db.Table('favorites', db.metadata,
                     db.Column('address_id', db.ForeignKey(Address.id), primary_key=True),
                     db.Column('rank', db.SmallInteger, nullable=False, server_default='1'))


class Visit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    favorite_id = db.Column(db.ForeignKey(favorites.c.address_id), index=True))py";
    CHECK(dump(load(source)) == R"(TABLE country
  code VARCHAR(2) NOT NULL PK
  name VARCHAR(80) NOT NULL
  PRIMARY KEY (code)
TABLE city
  id INTEGER NOT NULL PK
  country_code VARCHAR(2) NOT NULL
  name VARCHAR(80) NULL
  PRIMARY KEY (id)
  UNIQUE (country_code, name)
  FOREIGN KEY (country_code) -> country(code)
TABLE address
  id INTEGER NOT NULL PK
  city_id INTEGER NULL
  country VARCHAR(2) NULL
  street VARCHAR(120) NULL
  PRIMARY KEY (id)
  FOREIGN KEY (city_id) -> city(id) ON DELETE SET NULL
  FOREIGN KEY (country) -> city(country_code)
  INDEX ix_address_street_city (street, city_id)
TABLE favorites
  address_id INTEGER NOT NULL PK
  rank SMALLINT NOT NULL DEFAULT '1'
  PRIMARY KEY (address_id)
  FOREIGN KEY (address_id) -> address(id)
TABLE visit
  id INTEGER NOT NULL PK
  favorite_id INTEGER NULL
  PRIMARY KEY (id)
  FOREIGN KEY (favorite_id) -> favorites(address_id)
  INDEX ix_visit_favorite_id (favorite_id))");
}

TEST_CASE("Python enums, column types and server defaults", "[models]") {
    const char* source = R"py(import enum
import sqlalchemy as sa
from sqlalchemy import Column, Integer
from app import db


class Size(str, enum.Enum):
    small = "s"
    medium = "m"
    _internal = "i"
    EXTRA_LARGE = "xl"
    __private = "p"

    def label(self):
        return self.value.upper()


SIZES = ('S', 'M', 'L')


class Shirt(db.Model):
    id = Column(Integer, primary_key=True, autoincrement=False)
    size = db.Column(db.Enum(Size), nullable=False)
    size_checked = db.Column(sa.Enum(Size, name='shirt_size', create_constraint=True))
    label = db.Column(db.Enum(*SIZES, name='label'))
    loose = db.Column(db.Enum('a', 'bb', native_enum=False, length=20))
    price = db.Column(db.Numeric(10, 2), server_default='0')
    weight = db.Column(db.Float(precision=2), server_default=db.text('1.5'))
    made_at = db.Column(db.DateTime(timezone=True), server_default=sa.func.current_timestamp())
    on_sale = db.Column(db.Boolean, nullable=False, server_default=sa.false(), default=False)
    in_stock = db.Column(db.Boolean(create_constraint=True), server_default=db.literal_column('1'))
    data = db.Column(db.JSON)
    picture = db.Column(db.LargeBinary)
    pickled = db.Column(db.PickleType)
    wash_time = db.Column(db.Interval)
    opens = db.Column(db.Time)
    since = db.Column(db.Date, server_default=db.func.current_date())
    stock = db.Column(db.BigInteger, default=0)
    shelf = db.Column(db.SmallInteger)
    notes = db.Column(db.UnicodeText)
    sku = db.Column(db.CHAR(8), unique=True, index=True)
    code = db.Column(db.String(collation='NOCASE')))py";
    CHECK(dump(load(source)) == R"(TABLE shirt
  id INTEGER NOT NULL PK AUTOINCREMENT=False
  size VARCHAR(11) NOT NULL
  size_checked VARCHAR(11) NULL
  label VARCHAR(1) NULL
  loose VARCHAR(20) NULL
  price NUMERIC(10, 2) NULL DEFAULT '0'
  weight FLOAT NULL DEFAULT 1.5
  made_at DATETIME NULL DEFAULT (CURRENT_TIMESTAMP)
  on_sale BOOLEAN NOT NULL DEFAULT (0)
  in_stock BOOLEAN NULL DEFAULT (1)
  data JSON NULL
  picture BLOB NULL
  pickled BLOB NULL
  wash_time DATETIME NULL
  opens TIME NULL
  since DATE NULL DEFAULT (CURRENT_DATE)
  stock BIGINT NULL
  shelf SMALLINT NULL
  notes TEXT NULL
  sku CHAR(8) NULL
  code VARCHAR COLLATE "NOCASE" NULL
  PRIMARY KEY (id)
  CHECK name=shirt_size (size_checked IN ('small', 'medium', '_internal', 'EXTRA_LARGE'))
  CHECK (in_stock IN (0, 1))
  INDEX ix_shirt_sku UNIQUE (sku))");
}

TEST_CASE("table names, inherited __tablename__, inheritance without a primary key", "[models]") {
    const char* source = R"py(from app import db


class HTTPServerLog(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class OAuth2Token(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class APIKey(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class user_Profile(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class IPv6Address(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class NamedMixin:
    __tablename__ = 'from_mixin'
    id = db.Column(db.Integer, primary_key=True)


class UsesMixinName(NamedMixin, db.Model):
    pass


class AbstractNamed(db.Model):
    __abstract__ = True
    __tablename__ = 'from_abstract'
    id = db.Column(db.Integer, primary_key=True)


class UsesAbstractName(AbstractNamed):
    extra = db.Column(db.Text)


class Parent(db.Model):
    __tablename__ = 'parents'
    id = db.Column(db.Integer, primary_key=True)


class ChildWithOwnTable(Parent):
    id = db.Column(db.Integer, db.ForeignKey('parents.id'), primary_key=True)


class ChildInParentTable(Parent):
    __tablename__ = 'ignored_without_primary_key'
    note = db.Column(db.String(10)))py";
    CHECK(dump(load(source)) == R"(TABLE http_server_log
  id INTEGER NOT NULL PK
  PRIMARY KEY (id)
TABLE o_auth2_token
  id INTEGER NOT NULL PK
  PRIMARY KEY (id)
TABLE api_key
  id INTEGER NOT NULL PK
  PRIMARY KEY (id)
TABLE user__profile
  id INTEGER NOT NULL PK
  PRIMARY KEY (id)
TABLE i_pv6_address
  id INTEGER NOT NULL PK
  PRIMARY KEY (id)
TABLE from_mixin
  id INTEGER NOT NULL PK
  PRIMARY KEY (id)
TABLE from_abstract
  id INTEGER NOT NULL PK
  extra TEXT NULL
  PRIMARY KEY (id)
TABLE parents
  id INTEGER NOT NULL PK
  note VARCHAR(10) NULL
  PRIMARY KEY (id)
TABLE child_with_own_table
  id INTEGER NOT NULL PK
  PRIMARY KEY (id)
  FOREIGN KEY (id) -> parents(id))");
}

TEST_CASE("method bodies (f-strings, loops, try) are read and ignored", "[models]") {
    const char* source = R"py(from app import db
from sqlalchemy.ext.hybrid import hybrid_property


def helper(x): return [i * 2 for i in x]


class Item(db.Model):
    '''Docstring with "quotes"
and a line that looks like code:
def nope(): pass
'''
    id = db.Column(db.Integer, primary_key=True)

    def long_method(self, values=(1, 2),
                    other={'a': [1,
                                 2]}):
        """Doc.
Dedented text in a docstring.
        """
        total = 0
        for v in values:
            try:
                total += v
            except TypeError:
                continue
        text = f"""
{total}
"""
        def inner():
            while True:
                break
        return text  # comment

# a comment at column 0 inside the class
    name = db.Column(db.String(30), default=lambda: 'x')

    @hybrid_property
    def upper(self): return self.name.upper() if self.name else None

    @upper.expression
    def upper(cls):
        return db.func.upper(cls.name)

    def tabbed(self):
	    return [x for x in 'abc' \
	            if x]

    price = db.Column(db.Numeric(10, 2))

    def __repr__(self):
        return f'<Item {self.name!r}>'


class Other(db.Model):
    id = db.Column(db.Integer, primary_key=True))py";
    CHECK(dump(load(source)) == R"(TABLE item
  id INTEGER NOT NULL PK
  name VARCHAR(30) NULL
  price NUMERIC(10, 2) NULL
  PRIMARY KEY (id)
TABLE other
  id INTEGER NOT NULL PK
  PRIMARY KEY (id))");
}

TEST_CASE("deferred() and column_property() around a Column are columns", "[models]") {
    const char* source = R"py(from sqlalchemy import select, func
from sqlalchemy.orm import column_property, deferred
from app import db


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, index=True)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    first = db.Column(db.String(20))
    last = db.Column(db.String(20))
    bio = deferred(db.Column(db.Text))
    counter = column_property(db.Column(db.Integer, server_default='0'), deferred=True)
    full_name = column_property(first + " " + last)
    post_count = column_property(select(func.count(Post.id)).where(Post.user_id == id).scalar_subquery())
    query_class = None
    LIMIT = 10 ** 2)py";
    CHECK(dump(load(source)) == R"(TABLE post
  id INTEGER NOT NULL PK
  user_id INTEGER NULL
  PRIMARY KEY (id)
  INDEX ix_post_user_id (user_id)
TABLE user
  id INTEGER NOT NULL PK
  first VARCHAR(20) NULL
  last VARCHAR(20) NULL
  bio TEXT NULL
  counter INTEGER NULL DEFAULT '0'
  PRIMARY KEY (id))");
}

TEST_CASE("camel_to_snake_case is Flask-SQLAlchemy's", "[models]") {
    // Pairs printed by flask_sqlalchemy.model.camel_to_snake_case.
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"User", "user"},
        {"UserVisit", "user_visit"},
        {"HTTPServerLog", "http_server_log"},
        {"HTTPResponseCodeXYZ", "http_response_code_xyz"},
        {"APIKey", "api_key"},
        {"OAuth2Token", "o_auth2_token"},
        {"Model2Thing", "model2_thing"},
        {"_Hidden", "hidden"},
        {"__Dunder", "dunder"},
        {"ABC", "abc"},
        {"aB", "a_b"},
        {"abc", "abc"},
        {"CamelCASE", "camel_case"},
        {"Camel_Case", "camel__case"},
        {"My_HTTP_Thing", "my_http__thing"},
        {"X", "x"},
        {"Tab1e2", "tab1e2"},
        {"ABCdef", "ab_cdef"},
        {"IPv6Address", "i_pv6_address"},
        {"S3Bucket", "s3_bucket"},
        {"lowerUpper", "lower_upper"},
        {"Class_", "class_"},
        {"_a_B", "a_b"},
    };
    for (const auto& [name, expected] : cases) {
        INFO(name);
        CHECK(revlab::models::camel_to_snake_case(name) == expected);
    }
}

// SQLAlchemy 1.4.46, the reference, has no mapped_column(): these follow SQLAlchemy 2.0's
// documented rules (type from the Mapped[...] annotation when mapped_column has none;
// nullable=... wins, else primary key -> NOT NULL, Optional -> NULL, otherwise NOT NULL).
TEST_CASE("SQLAlchemy 2.0's Mapped[...] and mapped_column()", "[models]") {
    MetaData m = load(R"py(from __future__ import annotations
import datetime
import decimal
import enum
from typing import List, Optional, TYPE_CHECKING
from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship
from app.extensions import db

if TYPE_CHECKING:
    from app.other import Thing


class Status(enum.Enum):
    DRAFT = 1
    PUBLISHED = 2


class Author(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    bio: Mapped[Optional[str]] = mapped_column(Text)
    nickname: Mapped[str | None]
    born: Mapped[datetime.date]
    rating: Mapped[decimal.Decimal] = mapped_column(server_default="0")
    active: Mapped[bool] = mapped_column(default=True)
    score: Mapped["float"]
    avatar: Mapped[Optional[bytes]]
    joined: Mapped[datetime.datetime] = mapped_column(server_default=db.func.now())
    status: Mapped[Status]
    plain = mapped_column(db.Integer)
    email: Mapped[Optional[str]] = mapped_column(String(120), nullable=False, unique=True, index=True)
    books: Mapped[List["Book"]] = relationship(back_populates="author")


class Book(db.Model):
    id: Mapped[Optional[int]] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    editor_id = mapped_column(ForeignKey("author.id"))
    title: Mapped[str] = mapped_column("book_title", String(200))
    author: Mapped["Author"] = relationship(back_populates="books")
)py");
    CHECK(dump(m) == R"(TABLE author
  id INTEGER NOT NULL PK
  name VARCHAR(50) NOT NULL
  bio TEXT NULL
  nickname VARCHAR NULL
  born DATE NOT NULL
  rating NUMERIC NOT NULL DEFAULT '0'
  active BOOLEAN NOT NULL
  score FLOAT NOT NULL
  avatar BLOB NULL
  joined DATETIME NOT NULL DEFAULT (CURRENT_TIMESTAMP)
  status VARCHAR(9) NOT NULL
  plain INTEGER NULL
  email VARCHAR(120) NOT NULL
  PRIMARY KEY (id)
  INDEX ix_author_email UNIQUE (email)
TABLE book
  id INTEGER NOT NULL PK
  author_id INTEGER NOT NULL
  editor_id INTEGER NULL
  book_title VARCHAR(200) NOT NULL
  PRIMARY KEY (id)
  FOREIGN KEY (author_id) -> author(id)
  FOREIGN KEY (editor_id) -> author(id))");
    const auto& status = m.find("author")->find_column("status")->type;
    CHECK(status.name == "Enum");
    CHECK(status.enum_values == std::vector<std::string>{"DRAFT", "PUBLISHED"});
    CHECK(status.enum_name == "status");
}

TEST_CASE("mapped_column() in mixins keeps its ForeignKey and SQLAlchemy 1.4's creation order", "[models]") {
    // SQLAlchemy 2.0 allows a ForeignKey on a mixin's mapped_column() (not on a Column); the
    // column order stays 1.4's (by creation), where 2.0 would put the class's own columns first.
    MetaData m = load(R"py(from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column
from app import db


class Owned:
    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id"))
    created: Mapped[str] = mapped_column(db.String(20), server_default="now")


class Owner(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)


class Pet(Owned, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
)py");
    CHECK(dump(m) == R"(TABLE owner
  id INTEGER NOT NULL PK
  PRIMARY KEY (id)
TABLE pet
  owner_id INTEGER NOT NULL
  created VARCHAR(20) NOT NULL DEFAULT 'now'
  id INTEGER NOT NULL PK
  name VARCHAR NOT NULL
  PRIMARY KEY (id)
  FOREIGN KEY (owner_id) -> owner(id))");
}

namespace {

struct ErrorCase {
    const char* source;
    const char* where;  // "line:col"
    const char* phrase; // part of the message
};

void check_errors(const std::vector<ErrorCase>& cases) {
    for (const auto& c : cases) {
        INFO(c.source);
        std::string error = error_of(c.source);
        CHECK_THAT(error, Catch::Matchers::StartsWith(std::string("app/models.py:") + c.where + ": ") &&
                              Catch::Matchers::Contains(c.phrase));
    }
}

} // namespace

TEST_CASE("what SQLAlchemy itself refuses is refused at its place, in SQLAlchemy's words", "[models]") {
    // Each of these fails under the real Flask-SQLAlchemy too, with the message quoted (as
    // models_reference.py printed it), at import or when Alembic sorts the tables.
    check_errors({
        {"from app import db\nclass A(db.Model):\n    x = db.Column(db.Integer)", "2:1",
         "Mapper mapped class A->a could not assemble any primary key columns for mapped table 'a'"},
        {"from app import db\nclass M:\n    uid = db.Column(db.ForeignKey('a.id'))\n"
         "class A(db.Model, M):\n    id = db.Column(db.Integer, primary_key=True)",
         "3:11", "Columns with foreign keys to other columns must be declared as @declared_attr callables"},
        {"from app import db\nclass M:\n    r = db.relationship('A')\n"
         "class A(db.Model, M):\n    id = db.Column(db.Integer, primary_key=True)",
         "3:9", "Mapper properties (i.e. deferred,column_property(), relationship(), etc.) must be declared"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "class B(A):\n    y = db.Column(db.Integer)\n    __table_args__ = (db.UniqueConstraint('y'),)",
         "4:1", "Can't place __table_args__ on an inherited class with no table."},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "class B(db.Model):\n    __tablename__ = 'a'\n    id = db.Column(db.Integer, primary_key=True)",
         "5:21", "Table 'a' is already defined for this MetaData instance."},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    b = db.Column(db.Integer, db.ForeignKey('nope.id'))",
         "4:31",
         "Foreign key associated with column 'a.b' could not find table 'nope' with which to generate a "
         "foreign key to target column 'id'"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    b = db.Column(db.Integer, db.ForeignKey('a.nope'))",
         "4:31",
         "Could not initialize target column for ForeignKey 'a.nope' on table 'a': table 'a' has no "
         "column named 'nope'"},
        {"from app import db\nclass A(db.Model):\n    __tablename__ = None\n    x = db.Column(db.Integer)",
         "2:1",
         "Class A does not have a __table__ or __tablename__ specified and does not inherit from an existing "
         "table-mapped class."},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "class B(A):\n    __tablename__ = None\n    z = db.Column(db.Integer, primary_key=True)",
         "6:9", "Can't place primary key columns on an inherited class with no table."},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    y = db.Column(db.Integer)\nclass B(A):\n    y = db.Column(db.String)",
         "6:9", "Column 'y' on class B conflicts with existing column 'a.y'"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    __table_args__ = [db.UniqueConstraint('id')]",
         "4:22", "__table_args__ value must be a tuple, dict, or None"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    __table_args__ = (db.UniqueConstraint('nope'),)",
         "4:43", "table 'a' has no column named 'nope'"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(Integer, primary_key=True)", "3:20",
         "name 'Integer' is not defined"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    x = db.Column(db.Integer, nullabel=False)",
         "4:40", "unknown argument 'nullabel'"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    a = db.Column('x', db.Integer)\n    b = db.Column('x', db.String)",
         "5:9", "column 'x' appears twice in table 'a'"},
        {"from app import db\nclass A(db.Model):\n    metadata = db.Column(db.Integer, primary_key=True)",
         "3:5", "Attribute name 'metadata' is reserved"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    x = db.Column('x', db.Integer, name='y')",
         "4:41", "May not pass name positionally and as a keyword."},
        // Python's own syntax errors, found in method bodies too (which are otherwise not parsed)
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    def f(self):\n        return 'unterminated\n    y = db.Column(db.Integer)",
         "5:16", "unterminated string literal"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    def f(self):\n        return foo(1,\nclass B(db.Model):\n    id = db.Column(db.Integer, "
         "primary_key=True)",
         "5:19", "'(' was never closed"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    def f(self):\n        return [1, 2)\n",
         "5:21", "closing parenthesis ')' does not match opening parenthesis '['"},
    });
}

TEST_CASE("what Revlab cannot interpret is refused at its place, with what to do instead", "[models]") {
    check_errors({
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    if True:\n        x = db.Column(db.Integer)",
         "4:5", "does not read an 'if' in a class body"},
        {"from app import db\nimport os\nif os.environ.get('X'):\n    pass", "3:1",
         "does not read an 'if' at the top level"},
        {"from app import db\nfrom sqlalchemy_utils import UUIDType\nclass A(db.Model):\n"
         "    id = db.Column(UUIDType(binary=False), primary_key=True)",
         "4:20", "UUIDType(...) is not a column type Revlab knows"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    tags = db.Column(db.ARRAY(db.String))",
         "4:22", "ARRAY(...) is not a column type Revlab knows"},
        {"from app import db\nfrom sqlalchemy.orm import declared_attr\nclass M:\n    @declared_attr\n"
         "    def uid(cls):\n        return db.Column(db.ForeignKey('a.id'))",
         "4:6", "does not read @declared_attr"},
        {"from app import db\nfrom app.mixins import TimestampMixin\nclass A(db.Model, TimestampMixin):\n"
         "    id = db.Column(db.Integer, primary_key=True)",
         "3:19", "cannot see inside the base class TimestampMixin"},
        {"from app import db\nfrom app.enums import Color\nclass A(db.Model):\n"
         "    id = db.Column(db.Integer, primary_key=True)\n    c = db.Column(db.Enum(Color))",
         "2:23", "Revlab reads the members of an enum.Enum class defined in this file"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "    x = db.Column(db.Integer),",
         "4:9", "remove the trailing comma"},
        {"from sqlalchemy.orm import declarative_base\nimport sqlalchemy as sa\nBase = declarative_base()\n"
         "class A(Base):\n    __tablename__ = 'a'\n    id = sa.Column(sa.Integer, primary_key=True)",
         "4:9", "keeps its tables out of db.metadata"},
        {"from app import db\nfor i in range(3):\n    pass", "2:1",
         "Revlab reads imports, assignments, classes and functions at the top level of models.py"},
        {"from app import db\nfrom sqlalchemy.orm import mapped_column\nclass A(db.Model):\n"
         "    id = mapped_column(primary_key=True)",
         "4:10", "mapped_column() needs a type"},
        {"from typing import List\nfrom app import db\nfrom sqlalchemy.orm import Mapped, mapped_column\n"
         "class A(db.Model):\n    id: Mapped[int] = mapped_column(primary_key=True)\n    bs: "
         "Mapped[List['B']]",
         "6:16", "relationship()"},
        {"from app import db\nfrom sqlalchemy.orm import Mapped, mapped_column\nclass A(db.Model):\n"
         "    id: Mapped[int] = mapped_column(primary_key=True)\n    data: Mapped[dict]",
         "5:18", "Revlab cannot tell a column type from this annotation"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "db.Index('ix_a', 'id')",
         "4:1", "this Index is not attached to any table"},
        {"from app import db\nclass A(db.Model):\n    __bind_key__ = 3\n"
         "    id = db.Column(db.Integer, primary_key=True)",
         "3:20", "__bind_key__"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, db.CheckConstraint('id > "
         "0'), "
         "primary_key=True)",
         "3:32", "put it in the class's __table_args__"},
        {"import sqlalchemy as sa\nfrom app import db\nmeta = sa.MetaData()\n"
         "t = sa.Table('t', meta, sa.Column('id', sa.Integer))",
         "4:19", "this table is not in db.metadata"},
        {"from app import db\nMAX = 2 ** 8\nclass A(db.Model):\n    id = db.Column(db.Integer, "
         "primary_key=True)\n"
         "    x = db.Column(db.String(MAX))",
         "2:7", "'MAX' is used in the models, but Revlab cannot read its value"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True, "
         "key='ident')",
         "3:50", "Column(key=...)"},
        {"from app import db\nclass A(db.Model):\n    __table_args__ = {'schema': 'other'}\n"
         "    id = db.Column(db.Integer, primary_key=True)",
         "3:33", "table option schema"},
        {"from sqlalchemy import *\nfrom app import db", "1:24", "import them by name"},
        {"import sqlalchemy as sa\nfrom flask_sqlalchemy import SQLAlchemy\n"
         "db = SQLAlchemy(metadata=sa.MetaData(naming_convention={'ix': 'ix_%(column_0_label)s'}))",
         "3:26", "naming conventions are not supported yet"},
        {"from app import db\nclass A(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
         "A.extra = db.Column(db.Integer)",
         "4:1", "columns declared in a class body"},
    });
}

TEST_CASE("method bodies are hidden from the parser, and locations after them stay exact", "[models]") {
    std::string error = error_of(R"py(from app import db


class A(db.Model):
    id = db.Column(db.Integer, primary_key=True)

    def describe(self):
        parts = [f"{k}={v!r}" for k, v in vars(self).items()]
        try:
            return ", ".join(parts)
        except Exception:
            raise

    def short(self): return f"<A {self.id}>"

    name = db.Column(db.String(20), nulable=True)
)py");
    CHECK(error ==
          "app/models.py:16:45: unknown argument 'nulable' to sa.Column() (it takes nullable, primary_key, "
          "server_default, autoincrement, unique, index, default, comment, ...)");
}
