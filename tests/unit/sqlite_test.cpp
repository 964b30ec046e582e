// The sqlite suite: the RAII wrapper's statements, savepoints, transactions, serialize/restore,
// and SQLAlchemy's identifier quoting.
#include "sqlite/database.hpp"

#include <catch2/catch.hpp>

using namespace revlab;
using sqlite::Value;

TEST_CASE("statements bind and read every value kind", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n)");
    db.query("INSERT INTO t VALUES (?, ?, ?, ?, ?)",
             {Value{std::int64_t{42}}, Value{1.5}, Value{std::string("it's")}, Value{sqlite::Blob{std::string("\x00\x01", 2)}},
              Value{}});
    auto rows = db.query("SELECT * FROM t");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][0] == Value{std::int64_t{42}});
    CHECK(rows[0][1] == Value{1.5});
    CHECK(rows[0][2] == Value{std::string("it's")});
    CHECK(std::get<sqlite::Blob>(rows[0][3]).bytes.size() == 2);
    CHECK(std::holds_alternative<std::monostate>(rows[0][4]));
    CHECK(sqlite::to_sql_literal(rows[0][2]) == "'it''s'");
    CHECK(sqlite::to_sql_literal(rows[0][3]) == "X'0001'");
}

TEST_CASE("a failing statement reports SQLite's message and the SQL", "[sqlite]") {
    sqlite::Database db(":memory:");
    CHECK_THROWS_WITH(db.exec("CREATE TABLE t (a); INSERT INTO nope VALUES (1)"),
                      Catch::Contains("no such table: nope") && Catch::Contains("[SQL: INSERT INTO nope VALUES (1)]"));
    CHECK(db.table_exists("t")); // the first statement ran
}

TEST_CASE("a savepoint that is not committed rolls back, a committed one stays", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (a)");
    sqlite::Transaction tx(db);
    {
        sqlite::Savepoint sp(db, "one");
        db.exec("INSERT INTO t VALUES (1)");
        sp.commit();
    }
    {
        sqlite::Savepoint sp(db, "two");
        db.exec("INSERT INTO t VALUES (2)");
        db.exec("CREATE TABLE u (b)");
    } // destroyed without commit: rolled back, DDL included
    tx.commit();
    CHECK(db.query("SELECT a FROM t") == std::vector<std::vector<Value>>{{Value{std::int64_t{1}}}});
    CHECK_FALSE(db.table_exists("u"));
}

TEST_CASE("a transaction left without commit rolls back", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (a)");
    {
        sqlite::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
    }
    CHECK(db.query("SELECT count(*) FROM t")[0][0] == Value{std::int64_t{0}});
    CHECK_FALSE(db.in_transaction());
}

TEST_CASE("serialize and deserialize carry the whole database; garbage is refused", "[sqlite]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE t (a); INSERT INTO t VALUES ('x')");
    std::string bytes = db.serialize();
    CHECK(bytes.size() >= 512);
    sqlite::Database copy(":memory:");
    copy.deserialize(bytes);
    CHECK(copy.query("SELECT a FROM t")[0][0] == Value{std::string("x")});
    sqlite::Database bad(":memory:");
    std::string garbage(4096, 'z');
    CHECK_THROWS_WITH(bad.deserialize(garbage), Catch::Contains("not a usable SQLite database"));
}

TEST_CASE("identifiers are quoted as SQLAlchemy's SQLite dialect quotes them", "[sqlite]") {
    CHECK(sqlite::quote_identifier("user_visits") == "user_visits");
    CHECK(sqlite::quote_identifier("_alembic_tmp_t") == "_alembic_tmp_t");
    CHECK(sqlite::quote_identifier("order") == "\"order\"");
    CHECK(sqlite::quote_identifier("UserVisits") == "\"UserVisits\"");
    CHECK(sqlite::quote_identifier("has space") == "\"has space\"");
    CHECK(sqlite::quote_identifier("1st") == "\"1st\"");
    CHECK(sqlite::quote_identifier("say\"hi") == "\"say\"\"hi\"");
}
