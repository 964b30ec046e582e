// A small RAII wrapper around SQLite: a Database owns one connection, a Statement one prepared
// statement, a Savepoint one nested transaction. Every failure becomes revlab::Error carrying
// SQLite's own message and the SQL that failed, so a user sees which statement broke and why.
// Every connection runs in a Sandbox (sandbox.hpp): a step budget, and an authorizer that keeps
// SQL away from files and from Revlab's own transactions.
#pragma once

#include "error.hpp"
#include "sqlite/sandbox.hpp"

#include <cstdint>
#include <functional>
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

// The most bytes the rows of one result may hold (the page's SQL box, the console's sqlite3):
// past it, "the result is larger than 16 MB; add a LIMIT".
inline constexpr std::size_t kMaxResultBytes = 16'000'000;

// Counts the bytes of a result as it is read, and stops it at kMaxResultBytes.
class ResultSize {
public:
    explicit ResultSize(std::size_t limit = kMaxResultBytes) : limit_(limit) {}
    void add(std::size_t bytes);

private:
    std::size_t limit_;
    std::size_t total_ = 0;
};

class Database {
public:
    // Opens (creating if needed) a database file, or ":memory:".
    explicit Database(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // Runs a script: every statement in `sql`, in order (Revlab's own SQL, the console's sqlite3).
    // `on_row` sees each row a statement returns.
    using RowFn = std::function<void(const Statement&)>;
    void exec(std::string_view sql, const RowFn& on_row = {});
    // Runs one statement, as Python's sqlite3 does under Flask-Migrate: text after it other than
    // blanks and comments is refused ("You can only execute one statement at a time."), never
    // run. Blanks alone run nothing. Migration SQL (op.execute) goes through here.
    void execute_one(std::string_view sql);
    // One statement; text after it is refused as execute_one refuses it.
    Statement prepare(std::string_view sql);
    // The same, kept prepared for the next time the same text comes (a data migration runs one
    // UPDATE per row: preparing it is half of what each row costs SQLite). Only queries and DML
    // (SELECT, INSERT, UPDATE, DELETE, REPLACE, WITH, VALUES) are kept: what the sandbox decides
    // for them does not depend on when they run, unlike a transaction statement or a PRAGMA, which
    // are prepared afresh. The Statement must not outlive this Database.
    Statement prepare_cached(std::string_view sql);

    // Convenience for small reads: every row of a query, every value as Value.
    std::vector<std::vector<Value>> query(std::string_view sql, const std::vector<Value>& params = {});
    bool table_exists(std::string_view name);
    bool in_transaction() const;
    std::int64_t changes() const;
    std::int64_t last_insert_rowid() const;

    // The whole database as bytes (sqlite3_serialize), and back. deserialize checks the bytes
    // (quick_check) and throws Error when they are not a usable database.
    std::string serialize();
    void deserialize(const std::string& bytes);
    // PRAGMA quick_check's first row ("ok" for a sound database), without CHECK constraints and
    // within kQuickCheckSteps (see database.cpp).
    std::string quick_check();
    static constexpr std::uint64_t kQuickCheckSteps = 20'000'000;

    // How many steps of SQLite's virtual machine one statement may run (sandbox.hpp).
    void set_step_budget(std::uint64_t steps) { sandbox_->set_step_budget(steps); }
    std::uint64_t step_budget() const { return sandbox_->step_budget(); }
    // The largest string or blob a statement may make (SQLite's SQLITE_LIMIT_LENGTH): beyond it,
    // "string or blob too big" instead of an allocation the process cannot afford.
    void set_max_value_bytes(int bytes);

    // Rolls back a transaction that user SQL left open (a BEGIN without COMMIT in the console),
    // as closing the sqlite3 shell would. Revlab's own transactions are not touched.
    void rollback_user_transaction();

    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }
    Sandbox& sandbox() const { return *sandbox_; }

private:
    friend class Savepoint;
    friend class Transaction;
    friend class Statement; // gives prepare_cached's statements back (keep)
    // Revlab's own transaction control, past the sandbox; `delta` counts Revlab's open
    // transactions and savepoints, which user SQL may then not end.
    void control(const std::string& sql, int delta);

    // A statement prepare_cached made, back from its Statement: reset, kept (the oldest beyond
    // kCachedStatements finalized).
    void keep(std::string sql, sqlite3_stmt* stmt);
    void drop_cached();
    static constexpr std::size_t kCachedStatements = 16;

    sqlite3* db_ = nullptr;
    std::string path_;
    std::unique_ptr<Sandbox> sandbox_; // on the heap: SQLite holds its address
    std::vector<std::pair<std::string, sqlite3_stmt*>> cached_; // idle, most recent last
};

class Statement {
public:
    // Prepares one statement; text after it other than blanks and comments is refused.
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
    bool column_is_blob(int i) const;
    // The size of a value in bytes, without reading it.
    std::size_t column_bytes(int i) const;

private:
    friend class Database;
    Statement(Database& db, sqlite3_stmt* stmt, std::string sql) : db_(&db), stmt_(stmt), sql_(std::move(sql)) {}

    Database* db_;
    sqlite3_stmt* stmt_ = nullptr;
    std::string sql_;
    bool fresh_ = true;     // not stepped since prepare or reset: the next step starts the budget over
    bool reusable_ = false; // from prepare_cached: given back to the Database, not finalized
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
