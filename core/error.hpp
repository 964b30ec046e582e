// The one error type of Revlab. Every failure a user can cause (a bad file, an unknown revision,
// a failing SQL statement) becomes an Error with a message written for that user, and, when the
// failure has a place in a file, that place. The command layer turns it into Flask-Migrate's
// "Error: ..." line and exit code 1; the wasm boundary turns it into {ok:false, error}.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace revlab {

// A place in a source file: 1-based line and column (column counts characters, not bytes). The
// file name is shared, not copied: the parser gives every node of a tree a location, and a copy of
// "migrations/versions/<id>_<slug>.py" per node made parsing a long history mostly malloc and free.
class SourceLocation {
public:
    SourceLocation() = default;
    SourceLocation(const std::string& file, int line_, int column_)
        : file_(std::make_shared<const std::string>(file)), line(line_), column(column_) {}
    SourceLocation(std::shared_ptr<const std::string> file, int line_, int column_)
        : file_(std::move(file)), line(line_), column(column_) {}

    const std::string& file() const {
        static const std::string none;
        return file_ ? *file_ : none;
    }
    std::string str() const { return file() + ":" + std::to_string(line) + ":" + std::to_string(column); }

private:
    std::shared_ptr<const std::string> file_;

public:
    int line = 0;
    int column = 0;
};

// A statement SQLite refused: what SQLite said, and the statement. A revision script sees such a
// failure of an op.* call as SQLAlchemy's DBAPIError (OperationalError, IntegrityError, ...), as
// under Alembic, which runs the operation's SQL through SQLAlchemy.
struct SqlFailure {
    std::string message; // sqlite3_errmsg(), or the sandbox's reason
    std::string sql;
};

class Error : public std::runtime_error {
public:
    explicit Error(std::string message) : std::runtime_error(message), message_(std::move(message)) {}
    Error(SourceLocation where, std::string message)
        : std::runtime_error(where.str() + ": " + message), message_(std::move(message)),
          where_(std::move(where)) {}
    Error(std::string message, SqlFailure sql) : Error(std::move(message)) {
        sql_ = std::make_shared<const SqlFailure>(std::move(sql));
    }

    // The message without the location prefix.
    const std::string& message() const { return message_; }
    const std::optional<SourceLocation>& where() const { return where_; }
    // Set when SQLite refused a statement (kept by located()).
    const SqlFailure* sql_failure() const { return sql_.get(); }

    // The same failure placed at `where`.
    Error located(SourceLocation where) const {
        Error e(std::move(where), message_);
        e.sql_ = sql_;
        return e;
    }

private:
    std::string message_;
    std::optional<SourceLocation> where_;
    std::shared_ptr<const SqlFailure> sql_;
};

} // namespace revlab
