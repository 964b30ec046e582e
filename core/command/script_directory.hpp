// The migrations folder as Alembic's ScriptDirectory sees it: versions/*.py parsed into Revisions
// and assembled into a RevisionMap, and new revision files rendered from script.py.mako.
#pragma once

#include "command/context.hpp"
#include "script/revision_map.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace revlab::command {

class ScriptDirectory {
public:
    // Reads every revision script; throws Error naming the file, line and column of a bad one,
    // or Alembic's "Path doesn't exist" when the migrations folder is missing.
    explicit ScriptDirectory(const Context& ctx);

    const script::RevisionMap& map() const { return *map_; }
    std::string versions_dir() const { return dir_ + "/versions"; }
    const std::string& dir() const { return dir_; }

    struct NewRevision {
        std::string id;
        std::optional<std::string> message;
        std::vector<std::string> down_revisions; // the heads it follows
        std::vector<std::string> branch_labels;
        std::vector<std::string> depends_on;
        std::string upgrades = "pass";   // the body lines of upgrade(), already indented
        std::string downgrades = "pass";
        std::string imports;             // extra import lines
    };
    // Renders script.py.mako and writes versions/<id>_<slug>.py; returns the project path.
    std::string write_revision(Context& ctx, const NewRevision& rev) const;

private:
    std::string dir_;
    std::unique_ptr<script::RevisionMap> map_;
};

// Alembic's file name slug: \w+ words of the message, lower-cased, joined by "_", cut to 40.
std::string revision_slug(const std::string& message);

} // namespace revlab::command
