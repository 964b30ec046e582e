// The name of a new revision file, as Alembic's ScriptDirectory._rev_path makes it: alembic.ini's
// file_template (default "%(rev)s_%(slug)s") filled in with Python's %-formatting, plus ".py".
#pragma once

#include "command/alembic_ini.hpp"

#include <string>

namespace revlab::command {

// The slug: the message's \w+ words (Unicode, as Python's re), joined by "_", lower-cased, and past
// `truncate` characters cut back to the last "_", which is kept.
std::string revision_slug(const std::string& message, int truncate = 40);

// `create_date` as the template's Create Date: "2026-11-24 18:37:05.025036", local time. Throws
// Error naming alembic.ini when file_template asks for a key Alembic does not give, or formats one
// the wrong way (%(rev)d).
std::string revision_file_name(const ScriptConfig& config, const std::string& rev_id, const std::string& message,
                               const std::string& create_date);

} // namespace revlab::command
