#include "command/hints.hpp"

#include <algorithm>

namespace revlab::command {

namespace {

struct Hint {
    const char* key;
    const char* text;           // a part of the line that calls for it
    const char* also = nullptr; // a second part the same line must hold
};

// The errors a learner meets at the guide's key moments, most common first. Each text is the one
// Alembic, Flask-Migrate, click or SQLite prints (and Revlab with them).
constexpr Hint kHints[] = {
    // The guide's own data-migration snippet: adding a NOT NULL column to a table with rows.
    {"not_null_column", "Cannot add a NOT NULL column with default value NULL"},
    // `flask db migrate` on a database behind the head.
    {"not_up_to_date", "Target database is not up to date."},
    // `flask db downgrade -1`: click reads -1 as an option.
    {"relative_option", "No such option: -"},
    // `downgrade -1` (or `+2`) past the base or the head.
    {"relative_too_far", "Relative revision ", "didn't produce"},
    // Two heads after merging branches: upgrade needs a target, or a merge.
    {"multiple_heads", "Multiple head revisions are present"},
    // The database names a revision whose file is gone, or a typo in an id.
    {"unknown_revision", "Can't locate revision identified by"},
    // SQLite's ALTER TABLE limits: batch mode.
    {"sqlite_alter", "No support for ALTER of constraints in SQLite dialect"},
    // create_all() made the tables, then upgrade tries to make them again.
    {"table_exists", "table ", "already exists"},
    // Queries before the first upgrade.
    {"no_such_table", "no such table: "},
    // migrate found nothing: models unchanged, or not imported.
    {"no_changes", "No changes in schema detected."},
    // `flask db init` twice.
    {"already_initialized", "already exists and is not empty"},
    // No migrations folder yet.
    {"no_migrations", "Path doesn't exist: "},
    // A shell command the console does not know.
    {"command_not_found", ": command not found"},
};

bool holds(const std::string& line, const Hint& hint) {
    auto at = line.find(hint.text);
    if (at == std::string::npos) return false;
    return !hint.also || line.find(hint.also, at) != std::string::npos;
}

} // namespace

std::vector<std::string> hints_for(const std::vector<OutputLine>& lines) {
    std::vector<std::string> keys;
    for (const auto& line : lines)
        for (const auto& hint : kHints)
            if (holds(line.text, hint) && std::find(keys.begin(), keys.end(), hint.key) == keys.end())
                keys.push_back(hint.key);
    return keys;
}

} // namespace revlab::command
