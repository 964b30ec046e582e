// The one error type of Revlab. Every failure a user can cause (a bad file, an unknown revision,
// a failing SQL statement) becomes an Error with a message written for that user, and, when the
// failure has a place in a file, that place. The command layer turns it into Flask-Migrate's
// "Error: ..." line and exit code 1; the wasm boundary turns it into {ok:false, error}.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace revlab {

// A place in a source file: 1-based line and column (column counts characters, not bytes).
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;

    std::string str() const { return file + ":" + std::to_string(line) + ":" + std::to_string(column); }
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
