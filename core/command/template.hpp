// Renders script.py.mako, the project's own revision template, as Alembic does: Mako (mako.hpp)
// compiled to Python and run in the command's sandboxed interpreter, with the values Alembic
// passes (up_revision, down_revision, branch_labels, depends_on, create_date, message, comma, and
// what autogenerate rendered: imports and one body per upgrade/downgrade token). An error in the
// template is located at its line in script.py.mako.
#pragma once

#include "operations/script_host.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace revlab::command {

struct TemplateValues {
    std::string message;
    std::string up_revision;
    std::vector<std::string> down_revision; // rendered as None, 'a' or ('a', 'b')
    std::vector<std::string> branch_labels; // rendered as None or ('a',)
    std::vector<std::string> depends_on;    // rendered as None, 'a' or ('a', 'b')
    std::string create_date;
    // The rendered bodies by token ("upgrades", "downgrades"; "<bind>_upgrades" in --multidb),
    // and autogenerate's import lines (nullopt: not passed, Mako's UNDEFINED).
    std::vector<std::pair<std::string, std::string>> bodies;
    std::optional<std::string> imports;
};

std::string render_script_template(operations::ScriptHost& host, const std::string& text, const TemplateValues& values,
                                   const std::string& path);

} // namespace revlab::command
