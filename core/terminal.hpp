// Text on its way to a terminal. A revision's docstring, a file name or an id in the database is
// the project's data, and a terminal reads escape sequences in it as commands: set the window
// title, write the clipboard (OSC 52), move the cursor to hide a line. Alembic prints such text
// raw; the CLI escapes it when, and only when, it writes to a terminal, so that piped output stays
// byte for byte what Flask-Migrate prints.
#pragma once

#include <string>
#include <string_view>

namespace revlab {

// `text` with control characters shown as Python's repr shows them: C0 controls (but tab), DEL
// and C1 controls as \x1b, \x9b; the bidirectional overrides and isolates (U+202A-U+202E,
// U+2066-U+2069), which reorder what the eye reads, as \u202e; bytes that are not UTF-8 as \xff.
// Everything else, CJK and emoji included, passes unchanged.
std::string terminal_safe(std::string_view text);

} // namespace revlab
