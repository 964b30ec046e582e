// A Revision is one migration script as Alembic sees it: an id, the revisions it follows
// (down_revision), extra dependencies (depends_on), branch labels, and its docstring. The graph
// fields (nextrev, resolved dependencies) are filled in by RevisionMap when the map is built.
#pragma once

#include "py/ast.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace revlab::script {

// The parsed file behind a revision, for its upgrade() and downgrade() bodies. A revision read from
// its file has it already; one whose header came from the cache (command/revision_cache.hpp)
// parses its file on first use, as only the steps a command runs need their bodies.
class RevisionBody {
public:
    explicit RevisionBody(std::shared_ptr<const py::Module> module);
    explicit RevisionBody(std::function<std::shared_ptr<const py::Module>()> parse);

    const py::Module& module() const;
    // The same tree, shared (the interpreter keeps it alive while the revision's functions run).
    std::shared_ptr<const py::Module> shared_module() const;
    const py::Stmt* upgrade() const;   // nullptr when the file defines none
    const py::Stmt* downgrade() const;

private:
    void load() const;

    std::function<std::shared_ptr<const py::Module>()> parse_;
    mutable std::shared_ptr<const py::Module> module_;
    mutable const py::Stmt* upgrade_ = nullptr;
    mutable const py::Stmt* downgrade_ = nullptr;
};

struct Revision {
    std::string id;
    std::vector<std::string> down_revisions;     // as written; empty for a base revision
    std::vector<std::string> dependencies;       // depends_on as written (ids or branch labels)
    std::vector<std::string> own_branch_labels;  // branch_labels as written in this file
    std::vector<std::string> branch_labels;      // own labels plus those inherited along the branch
    std::string longdoc;                         // the module docstring, stripped
    std::string path;                            // the path shown to users (Path: ...)
    std::string file;                            // the path inside the project's file tree

    std::shared_ptr<const RevisionBody> body;

    // Filled in by RevisionMap, in the map's order.
    int index = -1;                       // position in the map (the order files were listed in)
    std::vector<std::string> nextrev;     // revisions whose down_revision names this one
    std::vector<std::string> all_nextrev; // ... or whose depends_on does
    std::vector<std::string> resolved_dependencies;
    std::vector<std::string> normalized_dependencies; // minus those already implied by ancestors

    // The first paragraph of the docstring: the "message" shown by history and the run log.
    std::string doc() const;

    bool is_head() const { return nextrev.empty(); }
    bool is_real_head() const { return all_nextrev.empty(); }
    bool is_base() const { return down_revisions.empty(); }
    bool is_real_base() const { return down_revisions.empty() && dependencies.empty(); }
    bool is_branch_point() const { return nextrev.size() > 1; }
    bool is_real_branch_point() const { return all_nextrev.size() > 1; }
    bool is_merge_point() const { return down_revisions.size() > 1; }

    // down_revision plus dependencies (resolved / normalized), de-duplicated, in order.
    std::vector<std::string> all_down_revisions() const;
    std::vector<std::string> normalized_down_revisions() const;
};

// Reads a revision script's module-level assignments (revision, down_revision, branch_labels,
// depends_on), its docstring and its upgrade()/downgrade() functions. Throws revlab::Error with
// the file's location when the script is not a usable revision.
Revision revision_from_module(std::shared_ptr<const py::Module> module, const std::string& file,
                              const std::string& display_path);

// "a, b" as Alembic's util.format_as_comma prints a tuple of ids.
std::string format_as_comma(const std::vector<std::string>& ids);

} // namespace revlab::script
