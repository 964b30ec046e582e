// The SQL sandbox (core/sqlite/sandbox.hpp) on a bare connection: the step budget, the files SQL
// may not touch, the transaction user SQL may not end, Python's one-statement rule, and what a
// restored database image is checked for. The same rules through migrations are in
// migration_sandbox_test.cpp.
#include "sqlite/database.hpp"

#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>

using namespace revlab;
using sqlite::Value;

namespace {

const char* kEndless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c";

std::string error_of(const std::function<void()>& run) {
    try {
        run();
    } catch (const Error& e) {
        return e.message();
    }
    return "";
}

std::int64_t count(sqlite::Database& db, const std::string& sql) {
    return std::get<std::int64_t>(db.query(sql)[0][0]);
}

} // namespace

TEST_CASE("an endless recursive query ends at the step budget, with what to do", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.set_step_budget(2'000'000);
    const std::string message = error_of([&] { db.query(kEndless); });
    CHECK(message.rfind("the SQL statement ran more than 2,000,000 steps and was stopped; it may never end", 0) == 0);
    CHECK(message.find("Add a LIMIT") != std::string::npos);
    CHECK(message.find("--sql-steps") != std::string::npos);
    CHECK(message.find("[SQL: WITH RECURSIVE") != std::string::npos);
    // The connection is fine afterwards, and each statement gets the whole budget again.
    CHECK(count(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 1000) SELECT count(*) FROM c") ==
          1000);
    CHECK_THROWS_WITH(db.exec(kEndless), Catch::Contains("ran more than 2,000,000 steps"));
    CHECK_THROWS_WITH(db.execute_one(kEndless), Catch::Contains("ran more than 2,000,000 steps"));
    // The default lets real work through: a hundred thousand rows copied and counted.
    db.set_step_budget(sqlite::kDefaultStepBudget);
    db.exec("CREATE TABLE t (a, b); WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 100000) "
            "INSERT INTO t SELECT x, 'row ' || x FROM c; CREATE TABLE u AS SELECT * FROM t");
    CHECK(count(db, "SELECT count(*) FROM u") == 100000);
}

TEST_CASE("a write stopped by the budget inside a transaction leaves nothing behind", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (a); INSERT INTO t VALUES (1)");
    db.set_step_budget(1'000'000);
    {
        sqlite::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (2)");
        CHECK_THROWS_WITH(db.exec("INSERT INTO t WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
                                  "SELECT x FROM c"),
                          Catch::Contains("ran more than 1,000,000 steps"));
        // SQLite rolled the whole transaction back (an interrupted write does), and says so.
        CHECK_FALSE(db.in_transaction());
    }
    CHECK(count(db, "SELECT count(*) FROM t") == 1);
}

TEST_CASE("SQL touches no file: ATTACH, VACUUM INTO and load_extension are refused and say why", "[sqlite]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "revlab_sandbox_files";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string outside = (dir / "outside.db").string();
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (a); INSERT INTO t VALUES (1)");

    const std::string attach = error_of([&] { db.exec("ATTACH DATABASE '" + outside + "' AS x"); });
    CHECK(attach.rfind("ATTACH is refused: it opens another database file, and Revlab's sandbox promises that SQL "
                       "touches no file but the project's own database",
                       0) == 0);
    CHECK_THROWS_WITH(db.exec("CREATE TABLE x.t (a)"), Catch::Contains("unknown database x"));
    CHECK_THROWS_WITH(db.exec("ATTACH 'x' || '.db' AS y"), Catch::Contains("ATTACH is refused"));
    CHECK_THROWS_WITH(db.exec("VACUUM INTO '" + outside + "'"),
                      Catch::StartsWith("VACUUM INTO is refused: it writes a copy of the database to another file"));
    CHECK_THROWS_WITH(db.query("SELECT load_extension('/tmp/evil.so')"),
                      Catch::StartsWith("load_extension() is refused: it loads native code from a file"));
    CHECK_FALSE(fs::exists(outside));
    // VACUUM alone compacts in memory, and stays allowed outside a migration.
    db.exec("VACUUM");
    CHECK(count(db, "SELECT count(*) FROM t") == 1);
    fs::remove_all(dir);
}

TEST_CASE("while Revlab holds a transaction, user SQL may not end or escape it", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (a); INSERT INTO t VALUES (1)");
    sqlite::Transaction tx(db);
    sqlite::Savepoint sp(db, "revlab_step");
    for (const char* sql : {"COMMIT", "END", "ROLLBACK", "BEGIN", "SAVEPOINT mine", "RELEASE revlab_step",
                            "ROLLBACK TO revlab_step", "PRAGMA journal_mode=OFF", "PRAGMA main.journal_mode = MEMORY",
                            "PRAGMA synchronous=OFF", "VACUUM"}) {
        INFO(sql);
        const std::string message = error_of([&] { db.execute_one(sql); });
        CHECK(message.find(" is refused") != std::string::npos);
        CHECK(message.find(std::string("[SQL: ") + sql + "]") != std::string::npos);
    }
    CHECK_THROWS_WITH(db.execute_one("COMMIT"),
                      Catch::StartsWith("COMMIT is refused inside a migration: Revlab runs the whole command in one "
                                        "transaction and each step in a savepoint, so that a step that fails is undone "
                                        "completely. COMMIT would end or escape that transaction"));
    CHECK_THROWS_WITH(db.execute_one("PRAGMA journal_mode=OFF"),
                      Catch::StartsWith("PRAGMA journal_mode=OFF is refused: Revlab needs SQLite's journal"));
    // Reading the settings is harmless.
    CHECK(db.query("PRAGMA journal_mode")[0][0] == Value{std::string("memory")});
    db.query("PRAGMA synchronous");
    // Nothing escaped: the transaction and the savepoint are still Revlab's to undo.
    db.exec("DELETE FROM t");
    sp.rollback();
    CHECK(count(db, "SELECT count(*) FROM t") == 1);
    CHECK(db.in_transaction());
}

TEST_CASE("outside Revlab's transactions, user SQL may use its own, but not turn the journal off", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (a)");
    db.exec("BEGIN; INSERT INTO t VALUES (1); COMMIT; SAVEPOINT s; INSERT INTO t VALUES (2); RELEASE s");
    db.exec("PRAGMA synchronous=OFF");
    CHECK(count(db, "SELECT count(*) FROM t") == 2);
    CHECK_THROWS_WITH(db.exec("PRAGMA journal_mode=OFF"), Catch::Contains("is refused"));
    db.exec("BEGIN; INSERT INTO t VALUES (3)");
    db.rollback_user_transaction(); // what the console does when the shell's line ends
    CHECK_FALSE(db.in_transaction());
    CHECK(count(db, "SELECT count(*) FROM t") == 2);
}

TEST_CASE("one statement at a time, as Python's sqlite3 runs it under Flask-Migrate", "[sqlite]") {
    sqlite::Database db(":memory:");
    // Each case as Python 3.11's sqlite3 answers it (checked live): blanks and comments may follow.
    for (const char* ok : {"CREATE TABLE a (x);", "CREATE TABLE b (x); -- done", "CREATE TABLE c (x); /* x */  ",
                           "CREATE TABLE d (x) /* unterminated", "   ", "-- only a comment"})
        CHECK_NOTHROW(db.execute_one(ok));
    for (const char* several : {"CREATE TABLE e (x); CREATE TABLE f (x)", "CREATE TABLE g (x);;",
                                "CREATE TABLE h (x);\n;", "SELECT 1; DROP TABLE a"}) {
        INFO(several);
        CHECK(error_of([&] { db.execute_one(several); }) ==
              std::string("(sqlite3.ProgrammingError) You can only execute one statement at a time.\n[SQL: ") + several +
                  "]");
        CHECK_THROWS_WITH(db.query(several), Catch::Contains("You can only execute one statement at a time."));
    }
    // Refused before anything ran.
    CHECK_FALSE(db.table_exists("e"));
    CHECK_FALSE(db.table_exists("g"));
    CHECK(db.table_exists("a"));
    CHECK(db.table_exists("d"));
}

TEST_CASE("a WAL-mode database restores as a database, not as damage", "[sqlite]") {
    // A WAL-mode file's header says so in bytes 18 and 19 (2, 2); a database in memory has no WAL,
    // and SQLite (built without WAL in the browser) called such an image "not a database".
    sqlite::Database source(":memory:");
    source.exec("CREATE TABLE t (a); INSERT INTO t VALUES ('kept')");
    std::string image = source.serialize();
    image[18] = image[19] = 2;
    sqlite::Database db(":memory:");
    db.deserialize(image);
    CHECK(db.query("SELECT a FROM t")[0][0] == Value{std::string("kept")});
}

#ifndef __EMSCRIPTEN__ // the browser's SQLite has no WAL to make such a file with
TEST_CASE("a WAL-mode database file, as SQLite writes it, restores", "[sqlite]") {
    namespace fs = std::filesystem;
    const fs::path file = fs::temp_directory_path() / "revlab_wal_test.db";
    fs::remove(file);
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(file.string().c_str(), &raw) == SQLITE_OK);
        sqlite3_exec(raw, "PRAGMA journal_mode=WAL; CREATE TABLE t (a); INSERT INTO t VALUES ('kept');", nullptr, nullptr,
                     nullptr);
        sqlite3_close(raw); // the last connection checkpoints the WAL into the file
    }
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string image = bytes.str();
    REQUIRE(image.size() >= 100);
    REQUIRE(image[18] == 2); // a WAL-mode header
    sqlite::Database db(":memory:");
    db.deserialize(image);
    CHECK(db.query("SELECT a FROM t")[0][0] == Value{std::string("kept")});
    fs::remove(file);
}
#endif

namespace {
void count_calls(sqlite3_context* ctx, int, sqlite3_value**) {
    ++*static_cast<int*>(sqlite3_user_data(ctx));
    sqlite3_result_int(ctx, 1);
}
} // namespace

TEST_CASE("restoring an image checks its pages, not its CHECK constraints, within a budget", "[sqlite]") {
    // A CHECK is the schema's own rule, however slow: restoring a database whose CHECK formatted a
    // long string for each row took 24 s. The rows here count how often the check runs.
    int calls = 0;
    auto with_counter = [&calls] {
        auto db = std::make_unique<sqlite::Database>(":memory:");
        sqlite3_create_function(db->handle(), "counted", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &calls, &count_calls, nullptr, nullptr);
        return db;
    };
    auto source = with_counter();
    source->exec("CREATE TABLE t (a INTEGER NOT NULL CHECK (counted(a)), b INTEGER AS (counted(a)) VIRTUAL);"
                 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 100000) INSERT INTO t(a) SELECT x FROM c");
    const std::string image = source->serialize();
    calls = 0;
    auto restored = with_counter();
    restored->set_step_budget(200'000);
    restored->deserialize(image);
    // The generated column is computed by quick_check's type checks, but only within the budget;
    // the CHECK never runs. Before: 200,000 calls (both, every row).
    CHECK(calls < 100000);
    CHECK(count(*restored, "SELECT count(*) FROM t") == 100000);
    // Damage is still damage.
    std::string broken = image;
    for (size_t i = 4096; i < broken.size(); i += 97) broken[i] = static_cast<char>(broken[i] ^ 0x5a);
    CHECK_THROWS_WITH(with_counter()->deserialize(broken), Catch::Contains("not a usable SQLite database"));
}

TEST_CASE("a statement kept prepared for reuse runs under the same rules as a fresh one", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (a)");
    auto run = [&](const std::string& sql, std::vector<Value> params = {}) {
        sqlite::Statement st = db.prepare_cached(sql);
        for (std::size_t i = 0; i < params.size(); ++i) st.bind(static_cast<int>(i + 1), params[i]);
        std::int64_t rows = 0;
        while (st.step()) ++rows;
        return rows;
    };
    // The same UPDATE a thousand times, each with its own parameters, as a data migration's loop runs it.
    for (std::int64_t i = 0; i < 1000; ++i) run("INSERT INTO t VALUES (?)", {Value{i}});
    for (std::int64_t i = 0; i < 1000; ++i) run("UPDATE t SET a = ? WHERE rowid = ?", {Value{i * 2}, Value{i + 1}});
    CHECK(count(db, "SELECT sum(a) FROM t") == 999 * 1000);
    // A kept statement whose table changed is prepared again by SQLite; one whose table is gone fails as
    // a fresh one would.
    db.exec("ALTER TABLE t ADD COLUMN b");
    CHECK(run("SELECT * FROM t WHERE a = ?", {Value{std::int64_t{4}}}) == 1);
    db.exec("DROP TABLE t");
    CHECK_THROWS_WITH(run("SELECT * FROM t WHERE a = ?", {Value{std::int64_t{4}}}), Catch::Contains("no such table: t"));
    // Each run gets the whole step budget again, and a refusal is not remembered by the next one.
    db.set_step_budget(2'000'000);
    CHECK_THROWS_WITH(run(kEndless), Catch::Contains("ran more than 2,000,000 steps"));
    CHECK(run("SELECT 1") == 1);
    CHECK_THROWS_WITH(run(kEndless), Catch::Contains("ran more than 2,000,000 steps"));
    CHECK_THROWS_WITH(run("SELECT load_extension('x')"), Catch::Contains("load_extension() is refused"));
    CHECK_THROWS_WITH(run("SELECT load_extension('x')"), Catch::Contains("load_extension() is refused"));
    CHECK(error_of([&] { run("SELECT 2"); }).empty());
    // A transaction statement is never kept: what the sandbox decides for it depends on whether
    // Revlab holds a transaction when it runs, not when it was first prepared.
    db.exec("CREATE TABLE u (a)");
    run("BEGIN");
    run("COMMIT");
    sqlite::Transaction tx(db);
    CHECK_THROWS_WITH(run("BEGIN"), Catch::StartsWith("BEGIN is refused inside a migration"));
    CHECK_THROWS_WITH(run("COMMIT"), Catch::StartsWith("COMMIT is refused inside a migration"));
    CHECK(db.in_transaction());
}

TEST_CASE("kept statements are finalized with their connection, moved with it, and dropped by a restore", "[sqlite]") {
    sqlite::Database a(":memory:");
    a.exec("CREATE TABLE t (a); INSERT INTO t VALUES (1)");
    for (int i = 0; i < 40; ++i) { // more distinct statements than are kept
        sqlite::Statement st = a.prepare_cached("SELECT a + " + std::to_string(i) + " FROM t");
        REQUIRE(st.step());
        CHECK(std::get<std::int64_t>(st.column(0)) == 1 + i);
    }
    const std::string image = a.serialize();
    sqlite::Database b = std::move(a);
    {
        sqlite::Statement st = b.prepare_cached("SELECT a + 39 FROM t");
        REQUIRE(st.step());
        CHECK(std::get<std::int64_t>(st.column(0)) == 40);
    }
    b.exec("UPDATE t SET a = 5");
    b.deserialize(image);
    sqlite::Statement st = b.prepare_cached("SELECT a + 39 FROM t");
    REQUIRE(st.step());
    CHECK(std::get<std::int64_t>(st.column(0)) == 40);
}
