// Column types in revision scripts: a UserDefinedType's get_col_spec(), TypeDecorators (impl,
// load_dialect_impl, process_bind_param), sa.Enum of a Python enum class, and the third-party types
// Revlab builds in (sqlmodel, fastapi_users_db_sqlalchemy; sqlalchemy_utils is held against the real
// package by the ops corpus, 78_sqlalchemy_utils_types.py). The expected SQL is what Alembic 1.8.1
// on SQLAlchemy 1.4.46 ran for the same scripts (for sqlmodel and fastapi-users, with their types
// as their sources at the commits named in core/sa/lib define them).
#include "operations/executor.hpp"
#include "operations/script_host.hpp"
#include "py/parser.hpp"
#include "sqlite/database.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace revlab;

namespace {

const char* kHeader = "from alembic import op\n"
                      "import sqlalchemy as sa\n"
                      "import enum\n"
                      "import uuid\n"
                      "from sqlalchemy.types import CHAR, TypeDecorator, UserDefinedType\n"
                      "\n"
                      "class Point(UserDefinedType):\n"
                      "    cache_ok = True\n"
                      "    def get_col_spec(self, **kw):\n"
                      "        return 'POINT'\n"
                      "\n"
                      "class GUID(TypeDecorator):\n"
                      "    impl = CHAR\n"
                      "    cache_ok = True\n"
                      "    def load_dialect_impl(self, dialect):\n"
                      "        return dialect.type_descriptor(CHAR(32))\n"
                      "    def process_bind_param(self, value, dialect):\n"
                      "        return None if value is None else '%.32x' % uuid.UUID(str(value)).int\n"
                      "\n"
                      "class Color(enum.Enum):\n"
                      "    red = 1\n"
                      "    greenish = 2\n"
                      "\n"
                      "def upgrade():\n";

// Runs `body` (one statement per line, indented by four) as a revision's upgrade() on `db`, and
// returns the statements it ran.
std::vector<std::string> upgrade(sqlite::Database& db, const std::string& body) {
    auto module = std::make_shared<const py::Module>(py::parse(kHeader + body, "migrations/versions/x.py"));
    operations::Executor ex(db);
    std::vector<std::string> ran;
    ex.trace([&ran](const std::string& sql) { ran.push_back(sql); });
    operations::ScriptHost host(nullptr, {}, {});
    host.run(ex, module, "upgrade");
    return ran;
}

std::string table_sql(sqlite::Database& db, const std::string& name) {
    auto rows = db.query("SELECT sql FROM sqlite_master WHERE name = ?", {name});
    return rows.empty() ? "" : std::get<std::string>(rows[0][0]);
}

} // namespace

TEST_CASE("a UserDefinedType renders get_col_spec(), a TypeDecorator its load_dialect_impl, an Enum "
          "class its longest name",
          "[operations]") {
    sqlite::Database db(":memory:");
    auto ran = upgrade(db, "    t = op.create_table('things', sa.Column('id', GUID(), primary_key=True),\n"
                           "        sa.Column('at', Point()), sa.Column('color', sa.Enum(Color)),\n"
                           "        sa.Column('checked', sa.Enum(Color, create_constraint=True)))\n"
                           "    op.add_column('things', sa.Column('owner', GUID()))\n");
    REQUIRE(ran.size() == 2);
    CHECK(ran[0] == "\nCREATE TABLE things (\n\tid CHAR(32) NOT NULL, \n\tat POINT, \n\tcolor VARCHAR(8), "
                    "\n\tchecked VARCHAR(8), \n\tPRIMARY KEY (id), \n\tCONSTRAINT color CHECK (checked IN "
                    "('red', 'greenish'))\n)\n\n");
    CHECK(ran[1] == "ALTER TABLE things ADD COLUMN owner CHAR(32)");
}

TEST_CASE("bulk_insert binds values through process_bind_param and stores Enum members by name",
          "[operations]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE things (id CHAR(32), color VARCHAR(8))");
    auto ran = upgrade(
        db, "    t = sa.table('things', sa.column('id', GUID()), sa.column('color', sa.Enum(Color)))\n"
            "    op.bulk_insert(t, [{'id': uuid.UUID(int=5), 'color': Color.greenish},\n"
            "                       {'id': None, 'color': None}])\n");
    CHECK(ran == std::vector<std::string>{
                     "INSERT INTO things (id, color) VALUES ('00000000000000000000000000000005', 'greenish')",
                     "INSERT INTO things (id, color) VALUES (NULL, NULL)"});
}

TEST_CASE("a value a column type cannot bind fails at the script's line, naming the type's error",
          "[operations]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE things (id CHAR(32), color VARCHAR(8))");
    try {
        upgrade(db,
                "    t = sa.table('things', sa.column('id', GUID()), sa.column('color', sa.Enum(Color)))\n"
                "    op.bulk_insert(t, [{'id': 'not-a-uuid'}])\n");
        FAIL("bulk_insert of a malformed UUID ran");
    } catch (const Error& e) {
        REQUIRE(e.where());
        // The script's own process_bind_param raised (inside uuid.UUID): its line, then the call.
        CHECK(e.where()->str() == "migrations/versions/x.py:18:53");
        CHECK_THAT(e.message(), Catch::StartsWith("ValueError: badly formed hexadecimal UUID string"));
        CHECK_THAT(e.message(), Catch::Contains("upgrade at migrations/versions/x.py:26:5"));
    }
    CHECK_THROWS_WITH(
        upgrade(db, "    t = sa.table('things', sa.column('color', sa.Enum(Color, validate_strings=True)))\n"
                    "    op.bulk_insert(t, [{'color': 'blue'}])\n"),
        Catch::Contains("x.py:26:5: LookupError: 'blue' is not among the defined enum values. "
                        "Enum name: color. Possible values: red, greenish"));
}

TEST_CASE("sqlmodel and fastapi-users types are built in, with their packages' DDL and storage",
          "[operations]") {
    sqlite::Database db(":memory:");
    upgrade(db, "    import sqlmodel\n"
                "    import fastapi_users_db_sqlalchemy\n"
                "    from fastapi_users_db_sqlalchemy.generics import GUID as UsersGUID\n"
                "    t = op.create_table('users', sa.Column('id', fastapi_users_db_sqlalchemy.GUID(), "
                "primary_key=True),\n"
                "        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),\n"
                "        sa.Column('nick', sqlmodel.AutoString(length=20)),\n"
                "        sa.Column('ref', sqlmodel.sql.sqltypes.GUID()), sa.Column('friend', UsersGUID()))\n"
                "    op.bulk_insert(t, [{'id': uuid.UUID(int=5), 'name': 'x', 'ref': uuid.UUID(int=6),\n"
                "                        'friend': '00000000000000000000000000000007'}])\n");
    CHECK(table_sql(db, "users") ==
          "CREATE TABLE users (\n\tid CHAR(36) NOT NULL, \n\tname VARCHAR NOT NULL, "
          "\n\tnick VARCHAR(20), \n\tref CHAR(32), \n\tfriend CHAR(36), \n\tPRIMARY "
          "KEY (id)\n)");
    auto rows = db.query("SELECT id, name, ref, friend FROM users");
    REQUIRE(rows.size() == 1);
    // fastapi-users stores str(uuid) (hyphens), sqlmodel's GUID the 32 hex digits.
    CHECK(std::get<std::string>(rows[0][0]) == "00000000-0000-0000-0000-000000000005");
    CHECK(std::get<std::string>(rows[0][2]) == "00000000000000000000000000000006");
    CHECK(std::get<std::string>(rows[0][3]) == "00000000-0000-0000-0000-000000000007");
}
