// Failure injection: a revision step that fails at any operation, a read-only, locked or full
// database, a damaged database image. Each must end in a clear error and leave the database
// exactly as it was: same schema, same rows, same alembic_version, and (in memory) the same bytes.
#include "support.hpp"

#include "api.hpp"
#include "runtime/version_table.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#ifndef __EMSCRIPTEN__
#include <filesystem>
#include <unistd.h>
#endif

using revlab::testing::RunResult;
using revlab::testing::TestProject;
namespace sqlite = revlab::sqlite;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The database as a whole: every sqlite_master row, the rows of every table, the schema and user
// version cookies. Two equal dumps mean nothing a user could see has changed.
std::string full_dump(sqlite::Database& db) {
    std::string out;
    for (const auto& row : db.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")) {
        for (const auto& v : row) out += sqlite::to_sql_literal(v) + " ";
        out += "\n";
    }
    for (const auto& row : db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        const std::string table = std::get<std::string>(row[0]);
        for (const auto& r : db.query("SELECT * FROM " + sqlite::force_quote(table) + " ORDER BY rowid")) {
            out += table + ":";
            for (const auto& v : r) out += " " + sqlite::to_sql_literal(v);
            out += "\n";
        }
    }
    for (const char* pragma : {"schema_version", "user_version", "page_count", "freelist_count"})
        out += std::string(pragma) + "=" + sqlite::to_sql_literal(db.query(std::string("PRAGMA ") + pragma)[0][0]) + "\n";
    return out;
}

// Operations that each succeed on the demo at its head, in an order where each still applies
// after those before it. A step is built from the first N of them.
const std::vector<std::string> kUpgradeOps = {
    "op.create_table('audit', sa.Column('id', sa.Integer(), nullable=False), sa.Column('note', sa.String(50)), "
    "sa.PrimaryKeyConstraint('id'))",
    "op.execute(\"INSERT INTO audit (id, note) VALUES (1, 'first')\")",
    "op.add_column('user_visits', sa.Column('email', sa.String(120), nullable=True))",
    "op.execute(\"UPDATE user_visits SET email = 'a@example.com', visit_count = visit_count + 1\")",
    "with op.batch_alter_table('user_visits', schema=None) as batch_op:\n        batch_op.drop_column('user_agent')",
    "op.create_index('ix_audit_note', 'audit', ['note'], unique=False)",
    "op.rename_table('audit', 'audit_log')",
    "op.execute(\"DELETE FROM user_visits WHERE ip_address = '10.0.0.2'\")",
    "with op.batch_alter_table('user_visits', schema=None) as batch_op:\n"
    "        batch_op.alter_column('ip_address', new_column_name='ip', existing_type=sa.String(length=45))",
};

// Ways an operation fails: an SQL error, a constraint violation in data, an op on a table that
// does not exist, and a batch whose rebuild fails half-way (after the copy table is made).
const std::vector<std::string> kFailures = {
    "op.execute('UPDATE no_such_table SET x = 1')",
    "op.execute(\"INSERT INTO user_visits (id, ip_address, visit_count) VALUES (1, 'dup', 1)\")",
    "op.drop_table('no_such_table')",
    "with op.batch_alter_table('user_visits', schema=None) as batch_op:\n        batch_op.drop_column('no_such_column')",
};

// The line of each failure that its error names, from the operation's first line.
const std::vector<int> kFailureLineOffset = {0, 0, 0, 1};

std::string revision_script(const std::string& id, const std::string& down, const std::vector<std::string>& upgrade,
                            const std::vector<std::string>& downgrade) {
    auto body = [](const std::vector<std::string>& ops) {
        std::string b;
        for (const auto& op : ops) b += "    " + op + "\n";
        return b.empty() ? std::string("    pass\n") : b;
    };
    return "\"\"\"injected\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = '" + id +
           "'\ndown_revision = '" + down + "'\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n" +
           body(upgrade) + "\n\ndef downgrade():\n" + body(downgrade);
}

// The demo at its head with a few rows, as a user has it before trying a new revision.
void prepare(TestProject& p) {
    REQUIRE(p.run("flask db upgrade").exit_code == 0);
    p.database().exec("INSERT INTO user_visits (ip_address, user_agent, visit_count) VALUES "
                      "('10.0.0.1', 'curl', 3), ('10.0.0.2', NULL, 1), ('10.0.0.3', 'firefox', 7)");
}

} // namespace

TEST_CASE("an upgrade step failing at any operation leaves the database byte-identical", "[runtime]") {
    for (size_t n = 0; n <= kUpgradeOps.size(); n += 3) {
        for (size_t k = 0; k <= n; ++k) {
            for (size_t f = 0; f < kFailures.size(); ++f) {
                std::vector<std::string> ops(kUpgradeOps.begin(), kUpgradeOps.begin() + static_cast<long>(n));
                ops.insert(ops.begin() + static_cast<long>(k), kFailures[f]);
                INFO("operations " << n << ", failing at " << k << ": " << kFailures[f]);
                TestProject p;
                prepare(p);
                const std::string before = full_dump(p.database());
                const std::string bytes = p.db.bytes();
                p.files.write("migrations/versions/fa11ed000001_injected.py",
                              revision_script("fa11ed000001", "44e3cc49892c", ops, {}));
                RunResult r = p.run("flask db upgrade");
                CHECK(r.exit_code == 1);
                // upgrade()'s body starts on line 12; a batch block takes two lines.
                int line = 12;
                for (size_t i = 0; i < k; ++i) line += static_cast<int>(std::count(ops[i].begin(), ops[i].end(), '\n')) + 1;
                line += kFailureLineOffset[f];
                CHECK(contains(r.text(), "Running upgrade 44e3cc49892c -> fa11ed000001, injected failed at "
                                         "migrations/versions/fa11ed000001_injected.py:" +
                                             std::to_string(line) + ":"));
                CHECK(contains(r.text(), "stays at 44e3cc49892c."));
                CHECK(full_dump(p.database()) == before);
                CHECK(p.db.bytes() == bytes);
            }
        }
    }
}

TEST_CASE("a downgrade step failing at any operation leaves the database byte-identical", "[runtime]") {
    // Applied by the upgrade below, undone by the downgrade in reverse order.
    const std::vector<std::string> up = {kUpgradeOps[0], kUpgradeOps[1], kUpgradeOps[2], kUpgradeOps[5]};
    const std::vector<std::string> down = {
        "op.drop_index('ix_audit_note', table_name='audit')",
        "with op.batch_alter_table('user_visits', schema=None) as batch_op:\n        batch_op.drop_column('email')",
        "op.execute('DELETE FROM audit')",
        "op.drop_table('audit')",
    };
    for (size_t k = 0; k <= down.size(); ++k) {
        for (size_t f = 0; f < kFailures.size(); ++f) {
            std::vector<std::string> ops = down;
            ops.insert(ops.begin() + static_cast<long>(k), kFailures[f]);
            INFO("failing at " << k << ": " << kFailures[f]);
            TestProject p;
            prepare(p);
            p.files.write("migrations/versions/fa11ed000002_injected.py",
                          revision_script("fa11ed000002", "44e3cc49892c", up, ops));
            REQUIRE(p.run("flask db upgrade").exit_code == 0);
            const std::string before = full_dump(p.database());
            const std::string bytes = p.db.bytes();
            RunResult r = p.run("flask db downgrade");
            CHECK(r.exit_code == 1);
            CHECK(contains(r.text(), "Running downgrade fa11ed000002 -> 44e3cc49892c, injected failed at"));
            CHECK(contains(r.text(), "stays at fa11ed000002."));
            CHECK(full_dump(p.database()) == before);
            CHECK(p.db.bytes() == bytes);
        }
    }
}

TEST_CASE("a multi-step upgrade keeps the steps before the failing one, and only those", "[runtime]") {
    TestProject p;
    REQUIRE(p.run("flask db upgrade 2472b4e8b68e").exit_code == 0);
    p.files.write("migrations/versions/fa11ed000003_injected.py",
                  revision_script("fa11ed000003", "44e3cc49892c", {kUpgradeOps[0], kFailures[0]}, {}));
    // What the database looks like after the good step alone.
    TestProject q;
    REQUIRE(q.run("flask db upgrade").exit_code == 0);
    RunResult r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(contains(r.text(), "stays at 44e3cc49892c."));
    CHECK(full_dump(p.database()) == full_dump(q.database()));
}

TEST_CASE("a database that cannot be written to fails cleanly: full, read-only", "[runtime]") {
    SECTION("full: PRAGMA max_page_count stands for a full disk") {
        TestProject p;
        prepare(p);
        // Room for nothing more than what is there now.
        const auto pages = std::get<std::int64_t>(p.database().query("PRAGMA page_count")[0][0]);
        p.database().query("PRAGMA max_page_count = " + std::to_string(pages));
        const std::string before = full_dump(p.database());
        p.files.write("migrations/versions/fa11ed000004_injected.py",
                      revision_script("fa11ed000004", "44e3cc49892c",
                                      {kUpgradeOps[0], "op.execute(\"INSERT INTO audit (id, note) VALUES (1, "
                                                       "printf('%.100000c', 'x'))\")",
                                       kUpgradeOps[2]},
                                      {}));
        RunResult r = p.run("flask db upgrade");
        CHECK(r.exit_code == 1);
        CHECK(contains(r.text(), "database or disk is full"));
        // SQLite ends the transaction itself on SQLITE_FULL (this once hid the error behind
        // "no such savepoint"): the message says the whole command was undone.
        CHECK(contains(r.text(), "SQLite rolled back the whole command; the database is unchanged and stays at "
                                 "44e3cc49892c."));
        CHECK(full_dump(p.database()) == before);
    }
    SECTION("read-only: PRAGMA query_only refuses every write") {
        TestProject p;
        prepare(p);
        p.database().exec("PRAGMA query_only = 1");
        const std::string before = full_dump(p.database());
        p.files.write("migrations/versions/fa11ed000005_injected.py",
                      revision_script("fa11ed000005", "44e3cc49892c", {kUpgradeOps[2]}, {}));
        RunResult r = p.run("flask db upgrade");
        CHECK(r.exit_code == 1);
        CHECK(contains(r.text(), "attempt to write a readonly database"));
        CHECK(full_dump(p.database()) == before);
        CHECK(p.run("flask db current").exit_code == 0);
    }
}

TEST_CASE("a damaged database image is refused with a clear error and replaces nothing", "[runtime]") {
    TestProject good;
    prepare(good);
    const std::string bytes = good.db.bytes();
    REQUIRE(bytes.size() > 4096);
    // Half the pages gone; every page but the first overwritten; not SQLite at all.
    std::string truncated = bytes.substr(0, bytes.size() / 2);
    std::string scrambled = bytes;
    for (size_t i = 4096; i < scrambled.size(); ++i) scrambled[i] = static_cast<char>(0xA5);
    std::string not_sqlite = "this is not a database" + std::string(5000, '\n');

    for (const std::string* image : {&truncated, &scrambled, &not_sqlite}) {
        // The wasm boundary's restore: an error reply, and the project keeps its database.
        revlab::wasm::Project project(nlohmann::json{{"example", "visits"}});
        REQUIRE(project.call({{"cmd", "run"}, {"line", "flask db upgrade"}})["exit_code"] == 0);
        const auto before = project.call({{"cmd", "snapshot"}})["database"];
        auto reply = project.call({{"cmd", "restore"}, {"database", revlab::wasm::base64_encode(*image)}});
        CHECK(reply["ok"] == false);
        CHECK(contains(reply["error"].get<std::string>(), "damaged"));
        CHECK(project.call({{"cmd", "snapshot"}})["database"] == before);

        // The core's own restore: an Error naming the problem.
        revlab::command::MemoryDatabase db("/backend/app.db");
        try {
            db.restore(*image);
            sqlite::Database& d = db.open();
            d.query("PRAGMA quick_check");
            d.query("SELECT count(*) FROM user_visits");
            FAIL("a damaged image was accepted");
        } catch (const revlab::Error& e) {
            CHECK_FALSE(e.message().empty());
        }
    }
}

#ifndef __EMSCRIPTEN__

namespace {

// A database file in a fresh temporary folder, removed at the end of the test.
struct TempDatabase {
    TempDatabase() {
        static int counter = 0; // unique per test in this process; the pid separates processes
        dir = std::filesystem::temp_directory_path() /
              ("revlab-failure-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        std::filesystem::create_directories(dir);
    }
    ~TempDatabase() {
        std::error_code ec;
        std::filesystem::permissions(dir / "app.db", std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(dir, ec);
    }
    std::string path() const { return (dir / "app.db").string(); }
    std::filesystem::path dir;
};

// The demo's files in memory over a database file on disk, as the CLI has them.
struct FileProject {
    explicit FileProject(const std::string& path) : db(path), ctx(files, db) {
        revlab::project::load_example("visits", files);
        ctx.new_revision_id = [] { return std::string("fa11ed0000ff"); };
        ctx.now = [] { return std::string("2026-11-24 18:37:05.025036"); };
    }
    RunResult run(const std::string& line) {
        revlab::Output out;
        RunResult r;
        r.exit_code = revlab::command::run_console_line(ctx, line, out);
        for (const auto& l : out.lines()) r.lines.push_back(l.text);
        return r;
    }
    revlab::project::MemoryFileTree files{"/backend"};
    revlab::command::FileDatabase db;
    revlab::command::Context ctx;
};

std::string file_dump(const std::string& path) {
    sqlite::Database db(path);
    return full_dump(db);
}

} // namespace

TEST_CASE("a locked database file fails with a clear error and no partial state", "[runtime]") {
    TempDatabase tmp;
    {
        FileProject p(tmp.path());
        REQUIRE(p.run("flask db upgrade 2472b4e8b68e").exit_code == 0);
    }
    const std::string before = file_dump(tmp.path());
    FileProject p(tmp.path());
    sqlite::Database other(tmp.path());
    SECTION("another connection holds the write lock") {
        other.exec("BEGIN IMMEDIATE");
        RunResult r = p.run("flask db upgrade");
        CHECK(r.exit_code == 1);
        CHECK(contains(r.text(), "database is locked"));
        CHECK(contains(r.text(), "stays at 2472b4e8b68e."));
        other.exec("ROLLBACK");
    }
    SECTION("another connection holds an exclusive lock") {
        other.exec("BEGIN EXCLUSIVE");
        RunResult r = p.run("flask db upgrade");
        CHECK(r.exit_code == 1);
        CHECK(contains(r.text(), "Error: database is locked"));
        other.exec("ROLLBACK");
    }
    CHECK(file_dump(tmp.path()) == before);
    // Once the lock is gone, the same command goes through.
    CHECK(p.run("flask db upgrade").exit_code == 0);
}

TEST_CASE("a read-only or full database file fails with a clear error and no partial state", "[runtime]") {
    TempDatabase tmp;
    {
        FileProject p(tmp.path());
        REQUIRE(p.run("flask db upgrade 2472b4e8b68e").exit_code == 0);
    }
    const std::string before = file_dump(tmp.path());
    SECTION("read-only") {
        // Root ignores file modes, so a root run makes the connection read-only instead.
        std::filesystem::permissions(tmp.path(), std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                                     std::filesystem::perms::others_read);
        FileProject p(tmp.path());
        if (::geteuid() == 0) p.db.open().exec("PRAGMA query_only = 1");
        RunResult r = p.run("flask db upgrade");
        CHECK(r.exit_code == 1);
        CHECK(contains(r.text(), "attempt to write a readonly database"));
        CHECK(p.run("flask db current").exit_code == 0);
    }
    SECTION("full: PRAGMA max_page_count stands for a full disk") {
        FileProject p(tmp.path());
        sqlite::Database& db = p.db.open();
        const auto pages = std::get<std::int64_t>(db.query("PRAGMA page_count")[0][0]);
        db.query("PRAGMA max_page_count = " + std::to_string(pages));
        // The demo's second step rebuilds user_visits, which needs pages there are none of.
        RunResult r = p.run("flask db upgrade");
        CHECK(r.exit_code == 1);
        CHECK(contains(r.text(), "Running upgrade 2472b4e8b68e -> 44e3cc49892c, add visit_count field failed at"));
        CHECK(contains(r.text(), "database or disk is full"));
        CHECK(contains(r.text(), "stays at 2472b4e8b68e."));
    }
    CHECK(file_dump(tmp.path()) == before);
}

TEST_CASE("a damaged database file gives a clear error and is left alone", "[runtime]") {
    TempDatabase tmp;
    {
        FileProject p(tmp.path());
        REQUIRE(p.run("flask db upgrade").exit_code == 0);
    }
    std::string bytes;
    {
        std::FILE* f = std::fopen(tmp.path().c_str(), "r+b");
        REQUIRE(f);
        // Scramble the header's magic string: SQLite no longer recognizes the file.
        std::fwrite("NOT A DATABASE!", 1, 15, f);
        std::fclose(f);
    }
    FileProject p(tmp.path());
    RunResult r = p.run("flask db current");
    CHECK(r.exit_code == 1);
    CHECK(contains(r.text(), "file is not a database"));
    r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(contains(r.text(), "file is not a database"));
}

#endif
