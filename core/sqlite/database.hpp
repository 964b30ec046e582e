// A small RAII wrapper around SQLite: a Database owns one connection, a Statement one prepared
// statement, a Savepoint one nested transaction. Every failure becomes revlab::Error carrying
// SQLite's own message and the SQL that failed, so a user sees which statement broke and why.
#pragma once

#include "error.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace revlab::sqlite {

// One SQLite value as Revlab sees it. Blobs are kept as bytes in a string.
struct Blob {
    std::string bytes;
    bool operator==(const Blob&) const = default;
};
using Value = std::variant<std::monostate, std::int64_t, double, std::string, Blob>;

// The SQLite library's version ("3.53.2").
std::string library_version();

// Renders a value as SQL literal text (NULL, 42, 'it''s', X'00ff').
std::string to_sql_literal(const Value& v);

class Statement;

class Database {
public:
    // Opens (creating if needed) a database file, or ":memory:".
    explicit Database(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);

    // Convenience for small reads: every row of a query, every value as Value.
    std::vector<std::vector<Value>> query(std::string_view sql, const std::vector<Value>& params = {});
    bool table_exists(std::string_view name);
    bool in_transaction() const;
    std::int64_t changes() const;
    std::int64_t last_insert_rowid() const;

    // The whole database as bytes (sqlite3_serialize), and back.
    std::string serialize();
    void deserialize(const std::string& bytes);

    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) = delete;

    void bind(int index, const Value& v); // 1-based
    // Steps once: true while a row is available.
    bool step();
    void reset();
    int column_count() const;
    std::string column_name(int i) const;
    Value column(int i) const;
    std::string column_text(int i) const;
    std::int64_t column_int(int i) const;
    bool column_is_null(int i) const;

private:
    Database* db_;
    sqlite3_stmt* stmt_ = nullptr;
    std::string sql_;
};

// A SAVEPOINT released on commit() and rolled back (then released) if the scope ends without it.
// Nested savepoints need distinct names.
class Savepoint {
public:
    Savepoint(Database& db, std::string name);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void commit();
    void rollback();

private:
    Database& db_;
    std::string name_;
    bool open_ = true;
};

// BEGIN ... COMMIT, rolled back if the scope ends without commit().
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

// Quotes an identifier for SQL when it needs it, the way SQLAlchemy's SQLite dialect does
// (plain lower-case names stay bare; reserved words, upper case and odd characters get "").
std::string quote_identifier(std::string_view name);
// Always quotes: "name" with embedded quotes doubled.
std::string force_quote(std::string_view name);

} // namespace revlab::sqlite
