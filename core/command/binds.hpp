// The app's SQLALCHEMY_BINDS, as Revlab infers it. A Flask app names its extra databases in its
// config; Revlab runs no app of its own, so a bind exists for each bind key the models declare
// (`__bind_key__ = 'logs'` on a model, `bind_key='logs'` on a db.Table), in the order the models
// file first names them, and its database is the host's (logs.db beside app.db in the CLI).
#pragma once

#include "command/context.hpp"
#include "py/runtime/interp.hpp"

#include <string>
#include <utility>
#include <vector>

namespace revlab::command {

// The bind keys the models file declares, in order of first appearance (empty: none, or no models
// file). Reads tokens only: a models file that does not tokenize declares none.
std::vector<std::string> declared_bind_keys(const Context& ctx);

// Each declared bind key with its database's URL (made through ctx.binds, not opened); empty when
// the host keeps no bind databases.
std::vector<std::pair<std::string, std::string>> bind_urls(Context& ctx);

// Registers `_revlab_app` in a command's interpreter: the command's database URL and its binds,
// which the Flask app that `flask db` runs in takes as SQLALCHEMY_DATABASE_URI / SQLALCHEMY_BINDS
// (core/py/lib/flask: _command_app).
void install_app_settings(py::Interp& I, Context& ctx);

} // namespace revlab::command
