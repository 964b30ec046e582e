// The runtime suite: the version table, one transaction per command with a savepoint per step,
// and what a failing step leaves behind (nothing).
#include "support.hpp"

#include "runtime/version_table.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using revlab::testing::TestProject;
using revlab::sqlite::Value;

namespace {

// Every table's SQL and rows: a database compared as a whole.
std::string dump(revlab::sqlite::Database& db) {
    std::string out;
    for (const auto& row : db.query("SELECT name, sql FROM sqlite_master ORDER BY name")) {
        out += std::get<std::string>(row[0]) + ": " + (std::holds_alternative<std::string>(row[1]) ? std::get<std::string>(row[1]) : "") + "\n";
    }
    for (const auto& row : db.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
        std::string t = std::get<std::string>(row[0]);
        for (const auto& r : db.query("SELECT * FROM \"" + t + "\"")) {
            out += t + ":";
            for (const auto& v : r) out += " " + revlab::sqlite::to_sql_literal(v);
            out += "\n";
        }
    }
    return out;
}

const char* kFailing = "\"\"\"adds a column then fails\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                       "revision = 'ffff00000009'\ndown_revision = '44e3cc49892c'\nbranch_labels = None\ndepends_on = None\n\n"
                       "def upgrade():\n"
                       "    op.create_table('audit', sa.Column('id', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('id'))\n"
                       "    op.execute(\"INSERT INTO audit (id) VALUES (1)\")\n"
                       "    with op.batch_alter_table('user_visits') as batch_op:\n"
                       "        batch_op.drop_column('user_agent')\n"
                       "    op.execute(\"INSERT INTO audit (id) VALUES (1)\")\n\n"
                       "def downgrade():\n    op.drop_table('audit')\n";

} // namespace

TEST_CASE("alembic_version is Alembic's table, one row per head", "[runtime]") {
    TestProject p;
    p.run("flask db upgrade");
    auto sql = p.database().query("SELECT sql FROM sqlite_master WHERE name='alembic_version'");
    REQUIRE(sql.size() == 1);
    CHECK(std::get<std::string>(sql[0][0]) ==
          "CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT alembic_version_pkc PRIMARY "
          "KEY (version_num)\n)");
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{"44e3cc49892c"});
}

TEST_CASE("current never creates the version table; upgrade does even with nothing to run", "[runtime]") {
    TestProject p;
    p.run("flask db current");
    CHECK_FALSE(p.database().table_exists("alembic_version"));
    p.run("flask db upgrade base");
    CHECK(p.database().table_exists("alembic_version"));
}

TEST_CASE("a step that fails at any point leaves the database byte-identical", "[runtime]") {
    TestProject p;
    p.run("flask db upgrade");
    p.database().exec("INSERT INTO user_visits (ip_address, user_agent, visit_count) VALUES ('1.1.1.1', 'ua', 3)");
    std::string before = dump(p.database());
    p.files.write("migrations/versions/ffff00000009_fails.py", kFailing);
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(dump(p.database()) == before);
    CHECK(r.text().find("UNIQUE constraint failed: audit.id") != std::string::npos);
}

TEST_CASE("steps before a failing one stay applied", "[runtime]") {
    TestProject p;
    p.files.write("migrations/versions/ffff00000009_fails.py", kFailing);
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{"44e3cc49892c"});
    CHECK_FALSE(p.database().table_exists("audit"));
}

TEST_CASE("stamp writes the version table without running migrations", "[runtime]") {
    TestProject p;
    auto r = p.run("flask db stamp head");
    CHECK(r.exit_code == 0);
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{"44e3cc49892c"});
    CHECK_FALSE(p.database().table_exists("user_visits"));
    p.run("flask db stamp base");
    CHECK(revlab::runtime::read_heads(p.database()).empty());
    p.run("flask db stamp 2472b4e8b68e");
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{"2472b4e8b68e"});
    r = p.run("flask db stamp head --purge");
    CHECK(r.exit_code == 0);
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{"44e3cc49892c"});
}

TEST_CASE("a batch primary key over a table that has one warns as SQLAlchemy does, once a command", "[runtime]") {
    // Checked against Debian's Flask-Migrate 4.0.4 / SQLAlchemy 1.4.46 / Python 3.11 with this file.
    TestProject p;
    p.files.write("migrations/versions/ffff00000010_pk.py",
                  "\"\"\"pk\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                  "revision = 'ffff00000010'\ndown_revision = '44e3cc49892c'\nbranch_labels = None\ndepends_on = None\n\n"
                  "def upgrade():\n"
                  "    for _ in range(2):\n"
                  "        with op.batch_alter_table('user_visits', schema=None) as batch_op:\n"
                  "            batch_op.create_primary_key('pk_user_visits', ['ip_address', 'id'])\n"
                  "    with op.batch_alter_table('user_visits', schema=None) as batch_op:\n"
                  "        batch_op.add_column(sa.Column('x', sa.Integer()))\n\n"
                  "def downgrade():\n    pass\n");
    auto r = p.run("flask db upgrade");
    REQUIRE(r.exit_code == 0);
    const auto lines = r.lines;
    auto at = std::find(lines.begin(), lines.end(),
                        "INFO  [alembic.runtime.migration] Running upgrade 44e3cc49892c -> ffff00000010, pk");
    REQUIRE(at != lines.end());
    REQUIRE(lines.end() - at == 3); // the second batch finds that key in place: no second warning
    CHECK(at[1] == "/usr/lib/python3.11/contextlib.py:144: SAWarning: Table '_alembic_tmp_user_visits' specifies "
                   "columns 'id' as primary_key=True, not matching locally specified columns 'ip_address', 'id'; "
                   "setting the current primary key columns to 'ip_address', 'id'. This warning may become an "
                   "exception in a future release");
    CHECK(at[2] == "  next(self.gen)");
    // Replacing a key by one with the same columns, or giving a table without a key one, says nothing.
    auto sql = p.database().query("SELECT sql FROM sqlite_master WHERE name = 'user_visits'");
    CHECK(std::get<std::string>(sql[0][0]).find("CONSTRAINT pk_user_visits PRIMARY KEY (ip_address, id)") != std::string::npos);
}
