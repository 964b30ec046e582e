#include "sqlite/sandbox.hpp"

#include "error.hpp"

#include <sqlite3.h>

#include <cctype>
#include <strings.h>

namespace revlab::sqlite {

namespace {

// The progress handler runs every this many virtual machine steps.
constexpr int kProgressPeriod = 1000;

constexpr const char* kNoFiles = "Revlab's sandbox promises that SQL touches no file but the project's own database";

bool same(const char* a, const char* b) { return a && b && strcasecmp(a, b) == 0; }

} // namespace

// The first keyword of a statement, upper-cased, after blanks and comments.
std::string first_keyword(std::string_view sql) {
    size_t i = 0;
    while (i < sql.size()) {
        if (std::isspace(static_cast<unsigned char>(sql[i]))) {
            ++i;
        } else if (sql.compare(i, 2, "--") == 0) {
            i = sql.find('\n', i);
            if (i == std::string_view::npos) return "";
        } else if (sql.compare(i, 2, "/*") == 0) {
            i = sql.find("*/", i + 2);
            if (i == std::string_view::npos) return "";
            i += 2;
        } else {
            break;
        }
    }
    std::string word;
    while (i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])))
        word += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i++])));
    return word;
}

namespace {

std::string inside_step(const std::string& what) {
    return what + " is refused inside a migration: Revlab runs the whole command in one transaction and each "
                  "step in a savepoint, so that a step that fails is undone completely. " +
           what +
           " would end or escape that transaction, and a failure after it could lose data while the step "
           "reports it was rolled back. Remove it from the script: each step is already atomic.";
}

void load_extension_stub(sqlite3_context* ctx, int, sqlite3_value**) {
    sqlite3_result_error(ctx, "load_extension() is refused", -1);
}

} // namespace

std::string format_count(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

Sandbox::Sandbox(sqlite3* db) {
    sqlite3_set_authorizer(db, &Sandbox::authorize, this);
    sqlite3_progress_handler(db, kProgressPeriod, &Sandbox::progress, this);
    // Revlab's SQLite is built without extension loading. This stub makes load_extension() a
    // known function, so that the authorizer sees it and can say why it is refused.
    sqlite3_create_function_v2(db, "load_extension", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
                               &load_extension_stub, nullptr, nullptr, nullptr);
}

void Sandbox::begin_statement(std::string_view sql) {
    used_ = 0;
    over_budget_ = false;
    denial_.clear();
    vacuum_ = first_keyword(sql) == "VACUUM";
    if (vacuum_ && holds_transaction() && !trusted_)
        throw Error(inside_step("VACUUM") + "\n[SQL: " + std::string(sql) + "]");
}

std::optional<std::string> Sandbox::reason() const {
    if (!denial_.empty()) return denial_;
    if (over_budget_)
        return "the SQL statement ran more than " + format_count(budget_) +
               " steps and was stopped; it may never end (a recursive WITH without a LIMIT?). Add a LIMIT, or a "
               "WHERE that ends the recursion; if it is only slow, raise the budget (the CLI's --sql-steps N, "
               "\"sql_steps\" in the JSON API)";
    return std::nullopt;
}

int Sandbox::deny(std::string reason) {
    denial_ = std::move(reason);
    return SQLITE_DENY;
}

int Sandbox::authorize(void* self_ptr, int action, const char* a1, const char* a2, const char*, const char*) {
    auto& self = *static_cast<Sandbox*>(self_ptr);
    if (self.trusted_) return SQLITE_OK;
    switch (action) {
    case SQLITE_ATTACH:
        // VACUUM copies the database through a temporary one, attached under the empty name; that
        // stays in memory (SQLITE_TEMP_STORE=3). Any other name is a file.
        if (a1 && *a1 == '\0') return SQLITE_OK;
        if (self.vacuum_)
            return self.deny(std::string("VACUUM INTO is refused: it writes a copy of the database to another file, "
                                         "and ") +
                             kNoFiles + ". Use VACUUM alone to compact the database.");
        return self.deny(std::string("ATTACH is refused: it opens another database file, and ") + kNoFiles +
                         ". Keep the tables in the project's database.");
    case SQLITE_FUNCTION:
        if (same(a2, "load_extension"))
            return self.deny(std::string("load_extension() is refused: it loads native code from a file, and ") +
                             kNoFiles + ".");
        return SQLITE_OK;
    case SQLITE_TRANSACTION:
        if (!self.holds_transaction()) return SQLITE_OK;
        return self.deny(inside_step(a1 ? a1 : "a transaction statement"));
    case SQLITE_SAVEPOINT:
        if (!self.holds_transaction()) return SQLITE_OK;
        return self.deny(inside_step(same(a1, "BEGIN") ? "SAVEPOINT" : same(a1, "ROLLBACK") ? "ROLLBACK TO" : "RELEASE"));
    case SQLITE_PRAGMA:
        // Reading a setting is harmless; changing the journal is not, anywhere: the connection
        // outlives the command (the page keeps it open), and without a journal a later step that
        // fails cannot be undone.
        if (same(a1, "journal_mode") && a2)
            return self.deny("PRAGMA journal_mode=" + std::string(a2) +
                             " is refused: Revlab needs SQLite's journal to undo a migration step that fails, and "
                             "keeps the database's journal as it is. PRAGMA journal_mode alone shows it.");
        if (same(a1, "synchronous") && a2 && self.holds_transaction())
            return self.deny("PRAGMA synchronous=" + std::string(a2) +
                             " is refused inside a migration: how the command's transaction reaches the disk is "
                             "Revlab's to decide, not a step's. Remove it from the script.");
        return SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

int Sandbox::progress(void* self_ptr) {
    auto& self = *static_cast<Sandbox*>(self_ptr);
    self.used_ += kProgressPeriod;
    if (self.used_ <= self.budget_) return 0;
    self.over_budget_ = true;
    return 1;
}

} // namespace revlab::sqlite
