// How Alembic prints a revision (script/base.py Script.log_entry and Script._head_only): the
// one-line forms of history, heads and current, and the verbose block of show and --verbose.
#pragma once

#include "script/revision_map.hpp"

#include <string>

namespace revlab::command {

struct HeadOnlyOptions {
    bool include_branches = false;
    bool include_doc = false;
    bool include_parents = false;
    bool tree_indicators = true;
    bool head_indicators = true;
    bool current = false; // history -i marks the database's revisions
};

std::string head_only(const script::Revision& rev, const HeadOnlyOptions& o);
// Ends with "\n"; the caller's print adds the blank line that follows it in Alembic's output.
std::string log_entry(const script::Revision& rev, bool current = false);
std::string cmd_format(const script::Revision& rev, bool verbose, const HeadOnlyOptions& o);

} // namespace revlab::command
