// Renders script.py.mako, the project's own revision template, the way Mako renders Alembic's
// templates: ${...} expressions over the revision's values. Revlab understands the expressions
// Alembic's and Flask-Migrate's templates use (names, `| comma,n`, repr(...), `x if x else "..."`)
// and `##` comment lines; anything else is an error at its line and column, never silently
// dropped text.
#pragma once

#include <string>
#include <vector>

namespace revlab::command {

struct TemplateValues {
    std::string message;
    std::string up_revision;
    std::vector<std::string> down_revision; // rendered as None, 'a' or ('a', 'b')
    std::vector<std::string> branch_labels; // rendered as None or ('a',)
    std::vector<std::string> depends_on;    // rendered as None, 'a' or ('a', 'b')
    std::string create_date;
    std::string upgrades;
    std::string downgrades;
    std::string imports;
};

std::string render_script_template(const std::string& text, const TemplateValues& values, const std::string& path);

// Python's repr() of a str.
std::string python_repr(const std::string& s);

} // namespace revlab::command
