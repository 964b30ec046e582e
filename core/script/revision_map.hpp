// The revision graph and Alembic's identifier grammar over it. This follows the semantics of
// Alembic's script/revision.py (RevisionMap): heads and bases, branch labels, depends_on, the
// resolution of `head`, `heads`, `base`, ids, prefixes, `label@rev` and relative `+N`/`-N`
// identifiers, and the ordered walks that upgrade, downgrade and history are built from.
// Orders matter: they decide the order of steps and of printed lines, so every collection here
// keeps the order in which the revision files were listed, as Alembic's ordered map does.
#pragma once

#include "script/revision.hpp"

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace revlab::script {

// A failure of the revision graph. `kind` lets the command layer phrase it as Alembic's
// command does (script/base.py _catch_revision_errors).
class RevisionError : public Error {
public:
    enum class Kind { General, MultipleHeads, Resolution, RangeNotAncestor };

    RevisionError(Kind kind, std::string message) : Error(std::move(message)), kind_(kind) {}

    Kind kind() const { return kind_; }
    std::string argument;            // Resolution, MultipleHeads: the identifier as given
    std::vector<std::string> heads;  // MultipleHeads
    std::string lower, upper;        // RangeNotAncestor

private:
    Kind kind_;
};

// An identifier argument as Alembic's functions take it: None, one string, or a tuple.
using RevArg = std::variant<std::monostate, std::string, std::vector<std::string>>;

class RevisionMap {
public:
    // Receives what Alembic reports through util.warn (a duplicate revision id, an ambiguous
    // `downgrade -1`): the command layer prints it as Python prints a warning.
    using Warn = std::function<void(const std::string&)>;

    // Builds the graph; throws revlab::Error on duplicate branch labels, missing parents or cycles.
    explicit RevisionMap(std::vector<Revision> revisions, Warn warn = {});
    RevisionMap(const RevisionMap&) = delete;
    RevisionMap& operator=(const RevisionMap&) = delete;

    const std::vector<Revision>& revisions() const { return revisions_; }
    const std::vector<std::string>& warnings() const { return warnings_; }
    bool empty() const { return revisions_.empty(); }

    std::vector<std::string> heads() const;      // no later revision on down_revision
    std::vector<std::string> real_heads() const; // ... nor on depends_on
    std::vector<std::string> bases() const;

    // An exact id, or nullptr.
    const Revision* find(const std::string& id) const;
    // An exact id or branch label (a key of Alembic's map), or nullptr.
    const Revision* lookup(const std::string& key) const;

    // get_revisions/get_revision: resolve identifiers. A result may be the base marker
    // (is_base_marker) when a relative walk ends below the first revision, or nullptr when a
    // walk went too far.
    std::vector<const Revision*> get_revisions(const RevArg& id) const;
    // Exactly one revision, or nullptr for base; MultipleHeads when several match.
    const Revision* get_revision(const std::optional<std::string>& id) const;
    std::optional<std::string> get_current_head(const std::optional<std::string>& branch_label) const;
    bool is_base_marker(const Revision* r) const { return r == &base_marker_; }

    // Revisions between upper and lower, in the order Alembic walks them (newest first).
    std::vector<const Revision*> iterate_revisions(const RevArg& upper, const RevArg& lower, bool implicit_base,
                                                   bool inclusive, bool assert_relative_length,
                                                   bool select_for_downgrade) const;

    // The database's current revisions reduced to branch heads (`current` prints these).
    std::vector<const Revision*> get_all_current(const std::vector<std::string>& ids) const;

    std::vector<const Revision*> filter_for_lineage(const std::vector<const Revision*>& targets,
                                                    const std::optional<std::string>& check_against,
                                                    bool include_dependencies = false) const;

    // Graph walks, in Alembic's depth-first order. `check` detects overlapping targets.
    enum class Edges { Versioned, WithDependencies, OmitImmediateDependencies };
    std::vector<const Revision*> descendants(const std::vector<const Revision*>& targets, Edges edges,
                                             bool check = false) const;
    std::vector<const Revision*> ancestors(const std::vector<const Revision*>& targets, bool include_dependencies,
                                           bool check = false) const;

private:
    struct Resolved {
        std::vector<std::string> ids;
        std::optional<std::string> branch_label;
    };
    // What a position in a relative walk can be: a revision, "base", or nowhere (None).
    using Position = const Revision*;

    void build();
    void map_branch_labels();
    void add_dependencies();
    void normalize_dependencies();
    void detect_cycles() const;
    void add_branches();

    Resolved resolve_revision_number(const std::optional<std::string>& id) const;
    const Revision* revision_for_ident(const std::string& id, const std::optional<std::string>& check_branch) const;
    const Revision* resolve_branch(const std::string& label) const;
    bool shares_lineage(const Revision* target, const std::vector<std::string>& against,
                        bool include_dependencies) const;
    std::vector<const Revision*> by_ids(const std::vector<std::string>& ids) const;

    Position walk(Position start, int steps, const std::optional<std::string>& branch_label, bool no_overwalk) const;
    std::pair<std::optional<std::string>, Position> parse_downgrade_target(const RevArg& current, const RevArg& target,
                                                                           bool assert_relative_length) const;
    std::vector<const Revision*> parse_upgrade_target(const RevArg& current, const RevArg& target,
                                                      bool assert_relative_length) const;
    std::pair<std::vector<const Revision*>, std::vector<const Revision*>>
    collect_upgrade(const RevArg& upper, const RevArg& lower, bool inclusive, bool implicit_base,
                    bool assert_relative_length) const;
    std::pair<std::vector<const Revision*>, std::vector<const Revision*>>
    collect_downgrade(const RevArg& upper, const RevArg& target, bool inclusive, bool implicit_base,
                      bool assert_relative_length) const;
    std::vector<const Revision*> topological_sort(const std::vector<const Revision*>& revisions,
                                                  const std::vector<const Revision*>& heads) const;
    std::vector<const Revision*> filter_into_branch_heads(const std::vector<const Revision*>& targets) const;

    std::vector<Revision> revisions_;
    std::unordered_map<std::string, int> index_;            // id -> position in revisions_
    std::vector<std::pair<std::string, int>> label_keys_;   // branch label -> revision, in map order
    // Revisions whose id a later file reuses: the map holds the later file, as Alembic's dict does.
    std::vector<Revision> replaced_;
    // In listing order, pointing into revisions_ or replaced_. A revision id listed twice is here
    // once per file, as in Alembic, whose ordered sets hold the Revision objects: the earlier
    // file's object is never a down_revision target (the map resolves the id to the later one),
    // so it remains a head.
    std::vector<const Revision*> heads_, real_heads_, bases_, real_bases_;
    std::vector<std::string> warnings_;
    Warn warn_;
    Revision base_marker_;
};

// Alembic's relative identifier: [label@][symbol](+|-)N, matched at the start of the text.
struct RelativeIdentifier {
    std::optional<std::string> branch_label;
    std::optional<std::string> symbol;
    std::string relative; // "+2", "-1"
    int steps = 0;
};
std::optional<RelativeIdentifier> match_relative(const std::string& text);

} // namespace revlab::script
