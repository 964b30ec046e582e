// The entry points of the command layer. `run_flask_db` takes what follows `flask db` and
// behaves as Flask-Migrate's click group does: exit 0 on success, 1 with "Error: ..." on a
// command error, 2 with click's usage text on bad arguments. `run_console_line` takes a whole
// line as a user types it in the guide (`uv run flask db upgrade`, `set FLASK_APP=main.py`,
// `rm app.db`, ...).
#pragma once

#include "command/context.hpp"
#include "output.hpp"

#include <string>
#include <vector>

namespace revlab::command {

int run_flask_db(Context& ctx, const std::vector<std::string>& args, Output& out);

int run_console_line(Context& ctx, const std::string& line, Output& out);

// Starting the app (`flask run`, `python main.py`; natively `revlab app start`) does what the
// guide's main.py does: upgrade to head when there is a migration history, else db.create_all().
int run_app_start(Context& ctx, Output& out);

// Splits a command line as a POSIX shell would (quotes, backslashes); throws Error on an
// unterminated quote.
std::vector<std::string> split_command_line(const std::string& line);

} // namespace revlab::command
