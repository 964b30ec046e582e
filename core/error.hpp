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

class Error : public std::runtime_error {
public:
    explicit Error(std::string message) : std::runtime_error(message), message_(std::move(message)) {}
    Error(SourceLocation where, std::string message)
        : std::runtime_error(where.str() + ": " + message), message_(std::move(message)),
          where_(std::move(where)) {}

    // The message without the location prefix.
    const std::string& message() const { return message_; }
    const std::optional<SourceLocation>& where() const { return where_; }

private:
    std::string message_;
    std::optional<SourceLocation> where_;
};

} // namespace revlab
