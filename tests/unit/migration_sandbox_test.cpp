// Hostile revision files against the demo at its head, with rows: a revision id that carries SQL,
// an endless query, SQL that ends the command's transaction or reaches for a file, several
// statements in one op.execute(). Each must end in a clear error (or, for the id, plain success)
// with the database exactly as it was.
#include "support.hpp"

#include "runtime/version_table.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using revlab::testing::TestProject;
using revlab::sqlite::Value;

namespace {

// A revision file after the demo's head; `id` goes between double quotes, `body` is upgrade()'s.
std::string revision_file(const std::string& id, const std::string& body) {
    return "\"\"\"hostile\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
           "revision = \"" + id + "\"\ndown_revision = '44e3cc49892c'\nbranch_labels = None\ndepends_on = None\n\n"
           "def upgrade():\n" + body + "\n\ndef downgrade():\n    pass\n";
}

// The demo at its head with two rows.
void upgrade_with_rows(TestProject& p) {
    REQUIRE(p.run("flask db upgrade").exit_code == 0);
    p.database().exec("INSERT INTO user_visits (ip_address, user_agent, visit_count) VALUES "
                      "('10.0.0.1', 'curl', 3), ('10.0.0.2', NULL, 1)");
}

std::int64_t visits(TestProject& p) {
    return std::get<std::int64_t>(p.database().query("SELECT count(*) FROM user_visits")[0][0]);
}

} // namespace

TEST_CASE("a revision id carrying SQL is stored as text, and drops nothing", "[runtime]") {
    const std::string id = "x'; DROP TABLE user_visits; /*";
    TestProject p;
    upgrade_with_rows(p);
    p.files.write("migrations/versions/inject.py", revision_file(id, "    pass"));

    // stamp inserts nothing here but updates the row: the id is a bound value.
    auto r = p.run("flask db stamp head");
    INFO(r.text());
    CHECK(r.exit_code == 0);
    CHECK(visits(p) == 2);
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{id});
    CHECK(p.run("flask db current").stdout_lines == std::vector<std::string>{id + " (head)"});

    // downgrade (delete and update paths), upgrade, and a branch of its own (insert).
    CHECK(p.run("flask db downgrade").exit_code == 0);
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{"44e3cc49892c"});
    CHECK(p.run("flask db upgrade").exit_code == 0);
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{id});
    CHECK(p.run("flask db stamp base").exit_code == 0);
    CHECK(p.run("flask db stamp head").exit_code == 0);
    CHECK(revlab::runtime::read_heads(p.database()) == std::vector<std::string>{id});
    CHECK(visits(p) == 2);

    // Offline, the id is a quoted literal, as SQLAlchemy renders a string.
    r = p.run("flask db upgrade 44e3cc49892c:head --sql");
    CHECK(r.text().find("UPDATE alembic_version SET version_num='x''; DROP TABLE user_visits; /*' WHERE "
                        "alembic_version.version_num = '44e3cc49892c';") != std::string::npos);
}

TEST_CASE("a revision id with Alembic's refused characters names its assignment", "[runtime]") {
    TestProject p;
    upgrade_with_rows(p);
    p.files.write("migrations/versions/bad.py", revision_file("a@b", "    pass"));
    auto r = p.run("flask db stamp head");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("migrations/versions/bad.py:5:12: Character(s) '@' not allowed in revision identifier 'a@b'") !=
          std::string::npos);
}

TEST_CASE("an endless query in op.execute ends at the step budget, and changes nothing", "[runtime]") {
    TestProject p;
    upgrade_with_rows(p);
    p.db.set_step_budget(5'000'000);
    p.files.write("migrations/versions/endless.py",
                  revision_file("e0e000000001", "    op.execute('DELETE FROM user_visits')\n"
                                                "    op.execute('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 "
                                                "FROM c) SELECT count(*) FROM c')"));
    const std::string before = p.db.bytes();
    const auto start = std::chrono::steady_clock::now();
    auto r = p.run("flask db upgrade");
    INFO(r.text());
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("migrations/versions/endless.py:12:5: the SQL statement ran more than 5,000,000 steps and was "
                        "stopped") != std::string::npos);
    CHECK(r.text().find("the database is unchanged") != std::string::npos);
    CHECK(p.db.bytes() == before);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
    // The endless write is undone whole too (SQLite rolls back an interrupted write's transaction).
    p.files.write("migrations/versions/endless.py",
                  revision_file("e0e000000001", "    op.execute('DELETE FROM user_visits')\n"
                                                "    op.execute('INSERT INTO user_visits (ip_address, visit_count) "
                                                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
                                                "SELECT x, 1 FROM c')"));
    r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("ran more than 5,000,000 steps") != std::string::npos);
    CHECK(p.db.bytes() == before);
}

TEST_CASE("a step cannot end the command's transaction, so a failing step loses nothing", "[runtime]") {
    // Before: COMMIT (or journal_mode=OFF) passed, DROP TABLE followed, the next statement failed,
    // and the step said "the database is unchanged" with the table gone.
    for (const std::string escape : {"COMMIT", "BEGIN", "ROLLBACK", "END TRANSACTION", "SAVEPOINT mine",
                                     "RELEASE revlab_step", "ROLLBACK TO revlab_step", "PRAGMA journal_mode=OFF",
                                     "PRAGMA synchronous=OFF", "VACUUM"}) {
        INFO(escape);
        TestProject p;
        upgrade_with_rows(p);
        const std::string before = p.db.bytes();
        p.files.write("migrations/versions/escape.py",
                      revision_file("e5c000000001", "    op.execute('" + escape + "')\n"
                                                    "    op.execute('DROP TABLE user_visits')\n"
                                                    "    op.execute('SELECT * FROM no_such_table')"));
        auto r = p.run("flask db upgrade");
        INFO(r.text());
        CHECK(r.exit_code == 1);
        CHECK(r.text().find("migrations/versions/escape.py:11:5: ") != std::string::npos);
        CHECK(r.text().find(" is refused") != std::string::npos);
        CHECK(p.db.bytes() == before);
        CHECK(visits(p) == 2);
    }
}

TEST_CASE("SQL in a step touches no file outside the project", "[runtime]") {
    TestProject p;
    upgrade_with_rows(p);
    const std::string before = p.db.bytes();
    p.files.write("migrations/versions/attach.py",
                  revision_file("a77ac0000001", "    op.execute(\"ATTACH DATABASE 'elsewhere/outside.db' AS x\")\n"
                                                "    op.execute('CREATE TABLE x.t (a)')"));
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("migrations/versions/attach.py:11:5: ATTACH is refused: it opens another database file, and "
                        "Revlab's sandbox promises") != std::string::npos);
    CHECK(p.db.bytes() == before);
}

TEST_CASE("several statements in one op.execute are refused, as Flask-Migrate refuses them", "[runtime]") {
    TestProject p;
    upgrade_with_rows(p);
    const std::string before = p.db.bytes();
    p.files.write("migrations/versions/two.py",
                  revision_file("7a0000000001", "    op.execute('CREATE TABLE a (x INTEGER); CREATE TABLE b (y INTEGER)')"));
    auto r = p.run("flask db upgrade");
    INFO(r.text());
    CHECK(r.exit_code == 1);
    // Flask-Migrate's traceback ends: sqlalchemy.exc.ProgrammingError: (sqlite3.ProgrammingError)
    // You can only execute one statement at a time. / [SQL: CREATE TABLE a ...]
    CHECK(r.text().find("migrations/versions/two.py:11:5: (sqlite3.ProgrammingError) You can only execute one statement "
                        "at a time.\n[SQL: CREATE TABLE a (x INTEGER); CREATE TABLE b (y INTEGER)]") != std::string::npos);
    CHECK(p.db.bytes() == before);
    // The bind connection is the same connection.
    p.files.write("migrations/versions/two.py",
                  revision_file("7a0000000001", "    op.get_bind().execute(sa.text('DELETE FROM user_visits; SELECT 1'))"));
    r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("You can only execute one statement at a time.") != std::string::npos);
    CHECK(visits(p) == 2);
    // One statement with a trailing semicolon and comment is one statement.
    p.files.write("migrations/versions/two.py",
                  revision_file("7a0000000001", "    op.execute('CREATE TABLE a (x INTEGER); -- the only one')"));
    CHECK(p.run("flask db upgrade").exit_code == 0);
    CHECK(p.database().table_exists("a"));
}

TEST_CASE("the console's sqlite3 runs every statement, within the budget, and ends an open transaction", "[command]") {
    TestProject p;
    upgrade_with_rows(p);
    auto r = p.run("sqlite3 app.db \"SELECT 1; SELECT 2, 'x'\"");
    CHECK(r.exit_code == 0);
    CHECK(r.stdout_lines == std::vector<std::string>{"1", "2|x"});
    // BEGIN without COMMIT: the shell's line ends, and the transaction with it.
    r = p.run("sqlite3 app.db \"BEGIN; DELETE FROM user_visits\"");
    CHECK(r.exit_code == 0);
    CHECK(visits(p) == 2);
    CHECK(p.run("sqlite3 app.db \"BEGIN; DELETE FROM user_visits; COMMIT\"").exit_code == 0);
    CHECK(visits(p) == 0);
    p.db.set_step_budget(3'000'000);
    r = p.run("sqlite3 app.db \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c\"");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("Error: the SQL statement ran more than 3,000,000 steps") != std::string::npos);
    r = p.run("sqlite3 app.db \"ATTACH 'elsewhere.db' AS x\"");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("Error: ATTACH is refused") != std::string::npos);
    // A result too large for the page ends with what to do, not with the page's memory.
    r = p.run("sqlite3 app.db \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 10000) "
              "SELECT printf('%.*c', 100000, 'x') FROM c\"");
    CHECK(r.exit_code == 1);
    CHECK(r.lines.back() == "Error: the result is larger than 16 MB; add a LIMIT (or select fewer columns)");
    CHECK(r.lines.size() < 200);
}

TEST_CASE("a versions path that is a file is an error, as Alembic's os.listdir makes it", "[command]") {
    TestProject p("");
    p.files.write("migrations/env.py", "");
    p.files.write("migrations/versions", "not a folder\n");
    auto r = p.run("flask db history");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("Error: [Errno 20] Not a directory: '/backend/migrations/versions'") != std::string::npos);
    r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    // The empty env.py configures nothing: Revlab says so and goes on as Flask-Migrate's own env.py
    // would, whose two context lines come first: the map is read when it is needed.
    REQUIRE(r.lines.size() >= 4);
    CHECK(r.lines[0].find("WARNI [revlab.env] migrations/env.py: env.py never called context.configure()") == 0);
    CHECK(r.lines[1] == "INFO  [alembic.runtime.migration] Context impl SQLiteImpl.");
}
