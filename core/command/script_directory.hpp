// The migrations folder as Alembic's ScriptDirectory sees it: versions/*.py parsed into Revisions
// and assembled into a RevisionMap, and new revision files rendered from script.py.mako.
#pragma once

#include "command/context.hpp"
#include "operations/script_host.hpp"
#include "output.hpp"
#include "script/revision_map.hpp"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace revlab::command {

class ScriptDirectory {
public:
    // Throws Alembic's "Path doesn't exist" when the migrations folder is missing. The revision
    // scripts are read later, on the first map() call, as Alembic builds its map lazily: a broken
    // graph then fails where Alembic's does (after env.py has logged, after alembic_version was
    // created), not up front. `warnings`, when given, receives the map's Python-style warnings.
    explicit ScriptDirectory(const Context& ctx, Output* warnings = nullptr);

    // Reads every revision script and builds the graph on first use; throws Error naming the
    // file, line and column of a bad script, or the graph's error (cycle, missing revision...).
    const script::RevisionMap& map() const;
    std::string versions_dir() const { return dir_ + "/versions"; }

    // The history as far as it can be read, for a view of it while map() fails: every revision
    // whose file reads, plus a stand-in for each revision they follow that did not (a broken file,
    // or one that is missing), so one bad file does not hide the rest. No command runs on it.
    struct Readable {
        std::unique_ptr<script::RevisionMap> map; // null when even the readable part makes no graph
        struct StandIn {
            std::string file;    // the unreadable file that holds it, when its name says so; else empty
            std::string reason;  // that file's error, or why the revision is missing
        };
        std::map<std::string, StandIn> stand_ins; // by revision id
    };
    Readable readable() const;
    const std::string& dir() const { return dir_; }

    struct NewRevision {
        std::string id;
        std::optional<std::string> message;
        std::vector<std::string> down_revisions; // the heads it follows
        std::vector<std::string> branch_labels;
        std::vector<std::string> depends_on;
        // The rendered bodies by template token: "upgrades"/"downgrades" (already indented), or
        // one pair per database in --multidb ("_upgrades", "<bind>_upgrades"); none: `revision`.
        std::vector<std::pair<std::string, std::string>> bodies;
        std::optional<std::string> imports; // autogenerate's import lines
        // The command's interpreter, where the template runs (null: a new one).
        operations::ScriptHost* scripts = nullptr;
    };
    // Renders script.py.mako and writes it under versions/, named by alembic.ini's file_template
    // (<id>_<slug>.py by default); returns the project path.
    std::string write_revision(Context& ctx, const NewRevision& rev) const;

private:
    void warn(const std::string& message) const;

    const Context& ctx_;
    Output* warnings_;
    mutable std::set<std::string> warned_; // Python shows a warning once per text and place
    std::string dir_;
    mutable std::unique_ptr<script::RevisionMap> map_; // built by the first map() call

};

} // namespace revlab::command
