// Mako templates, as Alembic renders script.py.mako: compiled to a Python module whose
// render_body(kwargs) returns the text, and run in the command's sandboxed interpreter. So the
// project's own template may use what Mako offers for Python: ${expressions | filters}, control
// lines (% for / % if ... % endfor), <% code %> and <%! module code %> blocks, ## comments,
// <%doc> and <%text>, a backslash joining lines, and `context.get(name, default)`. This is how
// Flask-Migrate's --multidb template writes one upgrade_<bind>() per database. Other <%tags>
// (def, include, inherit, namespace) are refused at their line and column.
#pragma once

#include <string>
#include <vector>

namespace revlab::command {

struct MakoProgram {
    std::string python;     // the module: `def render_body(__M_kwargs): ... return ''.join(...)`
    std::vector<int> lines; // the template line of each Python line (index 0 is line 1)

    // The template line that Python line `python_line` came from (1 when unknown).
    int template_line(int python_line) const;
};

// Throws Error located in `path` for what Mako itself would refuse (an unclosed ${ or <%, a
// control line left open or closed twice) and for the tags Revlab does not run.
MakoProgram compile_mako(const std::string& text, const std::string& path);

} // namespace revlab::command
