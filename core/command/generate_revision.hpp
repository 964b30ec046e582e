// Writing a new revision file: Alembic's ScriptDirectory.generate_revision, shared by `revision`,
// `merge` and `migrate` (whose bodies autogenerate renders).
#pragma once

#include "command/verbs.hpp"

#include <optional>
#include <string>
#include <vector>

namespace revlab::command {

struct RevisionRequest {
    std::string id;
    std::optional<std::string> message;
    std::vector<std::string> heads; // identifiers to build on
    bool splice = false;
    std::optional<std::string> branch_label;
    std::vector<std::string> depends_on;
    // What autogenerate rendered: the bodies by template token ("upgrades", "downgrades", or one
    // pair per database in --multidb; already indented) and the import lines. None: `revision`.
    std::vector<std::pair<std::string, std::string>> bodies;
    std::optional<std::string> imports;
    std::string multiple_heads_text =
        "Multiple heads are present; please specify the head revision on which the new revision should be based, "
        "or perform a merge.";
};

// Validates the request against the revision graph, writes the file, prints "Generating ...",
// and returns the file's project path.
std::string generate_revision(Invocation& inv, const ScriptDirectory& scripts, const RevisionRequest& req);

// --rev-id, or a new id (uuid4().hex[-12:] unless the context supplies ids).
std::string new_revision_id(Invocation& inv);

} // namespace revlab::command
