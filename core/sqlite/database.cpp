#include "sqlite/database.hpp"
#include "sqlite/randomness.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <utility>

namespace revlab::sqlite {

namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view sql, const char* what = nullptr) {
    const std::string said = what ? what : (db ? sqlite3_errmsg(db) : "out of memory");
    if (sql.empty()) throw Error(said);
    throw Error(said + "\n[SQL: " + std::string(sql) + "]", SqlFailure{said, std::string(sql)});
}

// A failure of user SQL: the sandbox's reason when it stopped the statement, else SQLite's.
[[noreturn]] void fail(const Database& db, std::string_view sql) {
    if (auto why = db.sandbox().reason()) fail(db.handle(), sql, why->c_str());
    fail(db.handle(), sql);
}

// What Python's sqlite3 skips after a statement before it decides whether more follows: blanks,
// -- comments to the end of the line, /* comments */ (an unclosed one runs to the end).
bool only_blanks_and_comments(std::string_view rest) {
    size_t i = 0;
    while (i < rest.size()) {
        char c = rest[i];
        if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
            ++i;
        } else if (rest.compare(i, 2, "--") == 0) {
            i = rest.find('\n', i);
            if (i == std::string_view::npos) return true;
        } else if (rest.compare(i, 2, "/*") == 0) {
            i = rest.find("*/", i + 2);
            if (i == std::string_view::npos) return true;
            i += 2;
        } else {
            return false;
        }
    }
    return true;
}

// Prepares the first statement of `sql` (nullptr when it holds none) and refuses more after it.
sqlite3_stmt* prepare_one(const Database& db, std::string_view sql) {
    db.sandbox().begin_statement(sql);
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
    if (rc != SQLITE_OK) fail(db, sql);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(stmt, sqlite3_finalize);
    if (tail && !only_blanks_and_comments(std::string_view(tail, static_cast<size_t>(sql.data() + sql.size() - tail))))
        fail(db.handle(), sql, "(sqlite3.ProgrammingError) You can only execute one statement at a time.");
    return guard.release();
}

// SQLite stops reading SQL text at a NUL byte and runs what came before it, so
// "DELETE FROM t\0 WHERE id = 1" would delete every row. Python's sqlite3 refuses such text;
// so does Revlab, before SQLite sees it.
void refuse_nul(std::string_view sql) {
    if (sql.find('\0') != std::string_view::npos)
        throw Error("the SQL contains a NUL character, where SQLite would stop reading it\n[SQL: " +
                    std::string(sql.substr(0, sql.find('\0'))) + "\\x00" + "...]");
}

} // namespace

std::string to_sql_literal(const Value& v) {
    struct Visitor {
        std::string operator()(std::monostate) const { return "NULL"; }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(double d) const {
            std::array<char, 32> buf{};
            std::snprintf(buf.data(), buf.size(), "%.17g", d);
            std::string s = buf.data();
            if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
            return s;
        }
        std::string operator()(const std::string& s) const {
            std::string out = "'";
            for (char c : s) {
                if (c == '\'') out += '\'';
                out += c;
            }
            return out + "'";
        }
        std::string operator()(const Blob& b) const {
            static constexpr char hex[] = "0123456789abcdef";
            std::string out = "X'";
            for (unsigned char c : b.bytes) {
                out += hex[c >> 4];
                out += hex[c & 15];
            }
            return out + "'";
        }
    };
    return std::visit(Visitor{}, v);
}

// --- Database -------------------------------------------------------------------------------------

Database::Database(const std::string& path) : path_(path) {
    use_browser_randomness();
    int rc = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw Error("cannot open database '" + path + "': " + msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    // A busy database (another process holds the lock) waits a little before failing.
    sqlite3_busy_timeout(db_, 2000);
    sandbox_ = std::make_unique<Sandbox>(db_);
}

Database::~Database() {
    drop_cached();
    if (db_) sqlite3_close_v2(db_); // before the sandbox it points to
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)), sandbox_(std::move(other.sandbox_)),
      cached_(std::move(other.cached_)) {
    other.cached_.clear();
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        drop_cached();
        if (db_) sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        sandbox_ = std::move(other.sandbox_);
        cached_ = std::move(other.cached_);
        other.cached_.clear();
    }
    return *this;
}

void Database::drop_cached() {
    for (auto& [sql, stmt] : cached_)
        sqlite3_finalize(stmt);
    cached_.clear();
}

Statement Database::prepare_cached(std::string_view sql) {
    static constexpr std::string_view kKept[] = {"SELECT", "INSERT", "UPDATE", "DELETE", "REPLACE", "WITH", "VALUES"};
    const std::string keyword = first_keyword(sql);
    if (std::find(std::begin(kKept), std::end(kKept), keyword) == std::end(kKept)) return prepare(sql);
    for (auto it = cached_.rbegin(); it != cached_.rend(); ++it) {
        if (it->first != sql) continue;
        sqlite3_stmt* stmt = it->second;
        std::string text = std::move(it->first);
        cached_.erase(std::next(it).base());
        sandbox_->begin_statement(text); // as a fresh prepare would: the budget and refusals start over
        Statement st(*this, stmt, std::move(text));
        st.reusable_ = true;
        return st;
    }
    Statement st(*this, sql);
    st.reusable_ = true;
    return st;
}

void Database::keep(std::string sql, sqlite3_stmt* stmt) {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (cached_.size() >= kCachedStatements) {
        sqlite3_finalize(cached_.front().second);
        cached_.erase(cached_.begin());
    }
    try { // called from ~Statement: out of memory only loses the statement
        cached_.emplace_back(std::move(sql), stmt);
    } catch (...) {
        sqlite3_finalize(stmt);
    }
}

void Database::exec(std::string_view sql, const RowFn& on_row) {
    // sqlite3_exec would hide which statement failed; prepare/step in a loop keeps the failing
    // statement's text for the error message.
    refuse_nul(sql);
    std::string text(sql);
    const char* tail = text.c_str();
    while (tail && *tail) {
        sqlite3_stmt* raw = nullptr;
        const char* next = nullptr;
        sandbox_->begin_statement(tail);
        int rc = sqlite3_prepare_v2(db_, tail, -1, &raw, &next);
        std::string_view one(tail, static_cast<size_t>(next - tail));
        while (!one.empty() && std::isspace(static_cast<unsigned char>(one.front()))) one.remove_prefix(1);
        if (rc != SQLITE_OK) fail(*this, one);
        tail = next;
        if (!raw) continue; // whitespace or a comment
        Statement st(*this, raw, std::string(one));
        while (st.step())
            if (on_row) on_row(st);
    }
}

void Database::execute_one(std::string_view sql) {
    refuse_nul(sql);
    sqlite3_stmt* raw = prepare_one(*this, sql);
    if (!raw) return; // blanks and comments only
    Statement st(*this, raw, std::string(sql));
    while (st.step()) {
    }
}

void Database::set_max_value_bytes(int bytes) { sqlite3_limit(db_, SQLITE_LIMIT_LENGTH, bytes); }

void Database::rollback_user_transaction() {
    if (in_transaction() && !sandbox_->holds_transaction()) control("ROLLBACK", 0);
}

void Database::control(const std::string& sql, int delta) {
    sandbox_->set_trusted(true);
    try {
        exec(sql);
    } catch (...) {
        sandbox_->set_trusted(false);
        throw;
    }
    sandbox_->set_trusted(false);
    sandbox_->count_transaction(delta);
}

Statement Database::prepare(std::string_view sql) { return Statement(*this, sql); }

std::vector<std::vector<Value>> Database::query(std::string_view sql, const std::vector<Value>& params) {
    Statement st(*this, sql);
    for (size_t i = 0; i < params.size(); ++i) st.bind(static_cast<int>(i + 1), params[i]);
    std::vector<std::vector<Value>> rows;
    while (st.step()) {
        std::vector<Value> row;
        for (int c = 0; c < st.column_count(); ++c) row.push_back(st.column(c));
        rows.push_back(std::move(row));
    }
    return rows;
}

bool Database::table_exists(std::string_view name) {
    Statement st(*this, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
    st.bind(1, std::string(name));
    return st.step();
}

bool Database::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

std::int64_t Database::changes() const { return sqlite3_changes64(db_); }

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

std::string library_version() { return sqlite3_libversion(); }

std::string Database::serialize() {
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(db_, "main", &size, 0);
    if (!data) {
        if (size == 0) return {}; // an empty database serializes to nothing
        fail(db_, "", "cannot serialize the database");
    }
    std::string bytes(reinterpret_cast<const char*>(data), static_cast<size_t>(size));
    sqlite3_free(data);
    return bytes;
}

void Database::deserialize(const std::string& bytes) {
    drop_cached(); // statements of the database being replaced
    auto size = static_cast<sqlite3_int64>(bytes.size());
    auto* buf = static_cast<unsigned char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(std::max<sqlite3_int64>(size, 1))));
    if (!buf) throw Error("out of memory while restoring the database");
    if (size) std::memcpy(buf, bytes.data(), bytes.size());
    // A WAL-mode database (header bytes 18 and 19 are 2) is a valid file, but a database in memory
    // has no WAL: SQLite would call it "not a database". Its image holds the last checkpointed
    // state (the -wal file is not part of it), so it opens as a rollback-journal database.
    if (size >= 100 && buf[18] == 2 && buf[19] == 2) buf[18] = buf[19] = 1;
    // SQLite takes ownership of buf (FREEONCLOSE) and may grow it (RESIZEABLE). It runs an
    // ATTACH of its own to do so, which the sandbox lets through.
    sandbox_->set_trusted(true);
    int rc = sqlite3_deserialize(db_, "main", buf, size, size,
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    sandbox_->set_trusted(false);
    if (rc != SQLITE_OK) fail(db_, "", "cannot restore the database from its bytes");
    // A corrupt image is only noticed when it is read: check it now, with a clear message.
    std::string verdict;
    try {
        verdict = quick_check();
    } catch (const Error& e) {
        verdict = e.message();
    }
    if (verdict != "ok") {
        try {
            exec("PRAGMA writable_schema=0");
        } catch (const Error&) {
        }
        throw Error("this is not a usable SQLite database: " +
                    (verdict.empty() ? std::string("the database file is corrupt (PRAGMA quick_check failed)") : verdict));
    }
}

std::string Database::quick_check() {
    // quick_check reads every page (one step of the virtual machine, whatever the size), then
    // checks every row: NOT NULL, types, and CHECK constraints. A CHECK is the schema's own rule,
    // not a sign of damage, and may be arbitrarily slow (every page load of a database whose CHECK
    // formats a long string took 24 s), so CHECKs are skipped, and the row checks get a budget of
    // their own: when it runs out, the pages were already found sound.
    struct Restore {
        Database& db;
        bool ignored;
        std::uint64_t budget;
        ~Restore() {
            db.set_step_budget(budget);
            if (ignored) return;
            try {
                db.exec("PRAGMA ignore_check_constraints=0");
            } catch (const Error&) {
            }
        }
    } restore{*this, std::get<std::int64_t>(query("PRAGMA ignore_check_constraints")[0][0]) != 0, step_budget()};
    exec("PRAGMA ignore_check_constraints=1");
    set_step_budget(std::min<std::uint64_t>(restore.budget, kQuickCheckSteps));
    try {
        Statement st(*this, "PRAGMA quick_check");
        return st.step() ? st.column_text(0) : std::string();
    } catch (const Error&) {
        if (sandbox_->over_budget()) return "ok";
        throw;
    }
}

// --- Statement ------------------------------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : db_(&db), sql_(sql) {
    refuse_nul(sql_);
    stmt_ = prepare_one(db, sql_);
    if (!stmt_) fail(db.handle(), sql_, "empty SQL statement");
}

Statement::~Statement() {
    if (!stmt_) return;
    if (reusable_) db_->keep(std::move(sql_), stmt_);
    else sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), sql_(std::move(other.sql_)), fresh_(other.fresh_),
      reusable_(other.reusable_) {}

void Statement::bind(int index, const Value& v) {
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::monostate>(v)) rc = sqlite3_bind_null(stmt_, index);
    else if (auto* i = std::get_if<std::int64_t>(&v)) rc = sqlite3_bind_int64(stmt_, index, *i);
    else if (auto* d = std::get_if<double>(&v)) rc = sqlite3_bind_double(stmt_, index, *d);
    else if (auto* s = std::get_if<std::string>(&v))
        rc = sqlite3_bind_text64(stmt_, index, s->data(), s->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    else if (auto* b = std::get_if<Blob>(&v))
        rc = sqlite3_bind_blob64(stmt_, index, b->bytes.data(), b->bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(db_->handle(), sql_);
}

bool Statement::step() {
    if (fresh_) {
        db_->sandbox().restart_budget();
        fresh_ = false;
    }
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(*db_, sql_);
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    fresh_ = true;
}

int Statement::column_count() const { return sqlite3_column_count(stmt_); }

std::string Statement::column_name(int i) const {
    const char* n = sqlite3_column_name(stmt_, i);
    return n ? n : "";
}

Value Statement::column(int i) const {
    switch (sqlite3_column_type(stmt_, i)) {
    case SQLITE_INTEGER: return static_cast<std::int64_t>(sqlite3_column_int64(stmt_, i));
    case SQLITE_FLOAT: return sqlite3_column_double(stmt_, i);
    case SQLITE_TEXT: return column_text(i);
    case SQLITE_BLOB: {
        const void* p = sqlite3_column_blob(stmt_, i);
        int n = sqlite3_column_bytes(stmt_, i);
        if (!p && n > 0) fail(db_->handle(), sql_, "out of memory while reading a blob");
        return Blob{std::string(static_cast<const char*>(p), static_cast<size_t>(n))};
    }
    default: return std::monostate{};
    }
}

std::string Statement::column_text(int i) const {
    const unsigned char* p = sqlite3_column_text(stmt_, i);
    int n = sqlite3_column_bytes(stmt_, i);
    // NULL for a NULL value, or when SQLite could not allocate the text (a zeroblob made text).
    if (!p && sqlite3_column_type(stmt_, i) != SQLITE_NULL)
        fail(db_->handle(), sql_, "out of memory while reading a value");
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

std::int64_t Statement::column_int(int i) const { return sqlite3_column_int64(stmt_, i); }

bool Statement::column_is_null(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }

bool Statement::column_is_blob(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_BLOB; }

std::size_t Statement::column_bytes(int i) const { return static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i)); }

void ResultSize::add(std::size_t bytes) {
    total_ += bytes;
    if (total_ > limit_)
        throw Error("the result is larger than " + std::to_string(limit_ / 1'000'000) +
                    " MB; add a LIMIT (or select fewer columns)");
}

// --- Savepoint and Transaction --------------------------------------------------------------------

Savepoint::Savepoint(Database& db, std::string name) : db_(db), name_(std::move(name)) {
    db_.control("SAVEPOINT " + force_quote(name_), +1);
}

Savepoint::~Savepoint() {
    if (open_) {
        try {
            rollback();
        } catch (...) {
            // Destructors must not throw; the connection's own rollback is the last resort.
        }
    }
}

void Savepoint::commit() {
    db_.control("RELEASE " + force_quote(name_), -1);
    open_ = false;
}

void Savepoint::rollback() {
    open_ = false;
    // After some errors (a full disk, an I/O error, no memory, a statement stopped by the step
    // budget) SQLite ends the whole transaction itself; the savepoint went with it, and there is
    // nothing left to undo.
    if (!db_.in_transaction()) {
        db_.sandbox().count_transaction(-1);
        return;
    }
    db_.control("ROLLBACK TO " + force_quote(name_), 0);
    db_.control("RELEASE " + force_quote(name_), -1);
}

Transaction::Transaction(Database& db) : db_(db) { db_.control("BEGIN", +1); }

Transaction::~Transaction() {
    if (!open_) return;
    if (db_.in_transaction()) {
        try {
            db_.control("ROLLBACK", -1);
            return;
        } catch (...) {
        }
    }
    db_.sandbox().count_transaction(-1);
}

void Transaction::commit() {
    db_.control("COMMIT", -1);
    open_ = false;
}

// --- Identifiers ----------------------------------------------------------------------------------

namespace {
// SQLAlchemy's SQLite dialect quotes these (SQLiteIdentifierPreparer.reserved_words).
constexpr std::string_view kReserved[] = {
    "add", "after", "all", "alter", "analyze", "and", "as", "asc", "attach", "autoincrement", "before",
    "begin", "between", "by", "cascade", "case", "cast", "check", "collate", "column", "commit",
    "conflict", "constraint", "create", "cross", "current_date", "current_time", "current_timestamp",
    "database", "default", "deferrable", "deferred", "delete", "desc", "detach", "distinct", "drop",
    "each", "else", "end", "escape", "except", "exclusive", "exists", "explain", "fail", "false", "for",
    "foreign", "from", "full", "glob", "group", "having", "if", "ignore", "immediate", "in", "index",
    "indexed", "initially", "inner", "insert", "instead", "intersect", "into", "is", "isnull", "join",
    "key", "left", "like", "limit", "match", "natural", "not", "notnull", "null", "of", "offset", "on",
    "or", "order", "outer", "plan", "pragma", "primary", "query", "raise", "references", "reindex",
    "rename", "replace", "restrict", "right", "rollback", "row", "select", "set", "table", "temp",
    "temporary", "then", "to", "transaction", "trigger", "true", "union", "unique", "update", "using",
    "vacuum", "values", "view", "virtual", "when", "where"};
} // namespace

std::string force_quote(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string quote_identifier(std::string_view name) {
    bool needs = name.empty() || (name[0] >= '0' && name[0] <= '9') || name[0] == '$';
    for (char c : name) {
        bool legal = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
        if (!legal) needs = true; // upper case too: SQLAlchemy quotes names that are not all lower case
    }
    if (!needs && std::find(std::begin(kReserved), std::end(kReserved), name) != std::end(kReserved)) needs = true;
    return needs ? force_quote(name) : std::string(name);
}

} // namespace revlab::sqlite
