// Parsed and resolved trees of Revlab's built-in Python modules (the standard modules written in
// Python, SQLAlchemy's emulation, alembic), shared by the interpreters of one project.
//
// Each command runs in a new interpreter, as each `flask db` runs in a new Python. Parsing the
// modules a revision imports (sqlalchemy alone is about 470 KB of source) was most of a short
// command's time, natively and more so in wasm. The trees are immutable once resolved, so
// interpreters can share them; each interpreter still executes the module bodies itself, so no
// object crosses from one command (or project) to another. The owner (command::Context) decides
// how widely a set is shared.
#pragma once

#include "py/ast.hpp"

#include <map>
#include <memory>
#include <string>

namespace revlab::py {

struct ModuleTrees {
    // By module name; built-in module texts do not change while the program runs.
    std::map<std::string, std::shared_ptr<const Module>> by_name;
};

} // namespace revlab::py
