// Where an operation's SQL goes. Online, each statement runs on the project's database.
// Offline (`upgrade --sql`), each statement is written out the way Alembic writes it and is also
// applied to a shadow database that holds only the schema: later operations can then reflect the
// tables they change, which is what lets Revlab's offline mode handle batch operations that
// Alembic refuses without copy_from.
#pragma once

#include "sqlite/database.hpp"

#include <functional>
#include <utility>
#include <set>
#include <string>
#include <vector>

namespace revlab::operations {

class Executor {
public:
    using Output = std::function<void(const std::string&)>;

    // Online: statements run on `db`.
    explicit Executor(sqlite::Database& db) : db_(db) {}
    // Offline: statements go to `out` (already formatted, with their terminating ";") and to the
    // shadow database `shadow`.
    Executor(sqlite::Database& shadow, Output out) : db_(shadow), out_(std::move(out)) {}

    // Runs one statement: online as Python's sqlite3 runs it (text after the statement is refused,
    // see Database::execute_one). `params` are bound to its `?` placeholders online; offline (and
    // for the trace) they are written into the SQL as literals, as Alembic's --sql writes them.
    void execute(const std::string& sql, const std::vector<sqlite::Value>& params = {});
    // Offline only: a comment line such as "-- Running upgrade  -> 1ac2f2b78e05".
    void comment(const std::string& text);

    sqlite::Database& db() { return db_; }
    bool offline() const { return static_cast<bool>(out_); }

    // Warnings for the user (data that an operation is about to discard, ...).
    void warn(std::string message) { warnings_.push_back(std::move(message)); }
    std::vector<std::string> take_warnings() { return std::exchange(warnings_, {}); }

    // A warning that real Python prints on stderr at this point (SQLAlchemy's SAWarning, ...):
    // its two lines as the warnings module writes them, "<file>:<line>: <Category>: <message>"
    // and the source line. Python's default filter shows one text once per place, and Flask-Migrate
    // runs one process per command: so once per command (an Executor serves one command).
    void python_warning(const std::string& place, const std::string& category, const std::string& message,
                        const std::string& source_line) {
        std::string first = place + ": " + category + ": " + message;
        if (!python_warned_.insert(first).second) return;
        stderr_.push_back(std::move(first));
        stderr_.push_back("  " + source_line);
    }
    std::vector<std::string> take_stderr() { return std::exchange(stderr_, {}); }

    // Also hands every statement to `trace` before it runs (the unit suites read the SQL this way).
    void trace(Output trace) { trace_ = std::move(trace); }

    // The SQL text of the statement now running, for error messages.
    const std::string& current_sql() const { return current_sql_; }

private:
    sqlite::Database& db_;
    Output out_;
    Output trace_;
    std::vector<std::string> warnings_;
    std::vector<std::string> stderr_;
    std::set<std::string> python_warned_;
    std::string current_sql_;
};

// Alembic's offline form of a statement: tabs as four spaces, trimmed, ";" appended.
std::string offline_statement(const std::string& sql);
// `sql` with each `?` replaced by the next value as a SQL literal ('it''s'). The placeholders
// must be the only `?` in the text (Revlab's own statements).
std::string with_literals(const std::string& sql, const std::vector<sqlite::Value>& params);

} // namespace revlab::operations
