// One step of a run: a revision's upgrade() or downgrade(), or a stamp. Each step knows how it
// moves the alembic_version rows (a linear step updates a row, a new branch inserts one, a merge
// deletes all but one, going below a base deletes), following Alembic's RevisionStep, StampStep
// and HeadMaintainer.
#pragma once

#include "runtime/version_table.hpp"
#include "operations/executor.hpp"
#include "script/revision_map.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace revlab::runtime {

struct MigrationStep {
    enum class Kind { Revision, Stamp };
    Kind kind = Kind::Revision;
    bool is_upgrade = true;
    const script::Revision* revision = nullptr; // Revision steps
    std::vector<std::string> from, to;          // Stamp steps
    bool branch_move = false;                   // Stamp steps

    static MigrationStep upgrade(const script::Revision& r) { return {Kind::Revision, true, &r, {}, {}, false}; }
    static MigrationStep downgrade(const script::Revision& r) { return {Kind::Revision, false, &r, {}, {}, false}; }
    static MigrationStep stamp(std::vector<std::string> from, std::vector<std::string> to, bool is_upgrade,
                               bool branch_move) {
        return {Kind::Stamp, is_upgrade, nullptr, std::move(from), std::move(to), branch_move};
    }

    std::string name() const;
    std::vector<std::string> from_revisions() const;
    std::vector<std::string> to_revisions() const;
    std::vector<std::string> from_revisions_no_deps() const;
    std::vector<std::string> to_revisions_no_deps() const;
    // "upgrade 1ac2 -> 4b3b" and "upgrade 1ac2 -> 4b3b, add visit_count field". Alembic names a
    // revision step by its function's __name__: `function` replaces name() when given (a
    // decorated upgrade() logs as "Running wrapper ...").
    std::string short_log(const std::string& function = {}) const;
    std::string log(const std::string& function = {}) const;
};

// Keeps alembic_version in step with the steps that run.
class HeadMaintainer {
public:
    HeadMaintainer(operations::Executor& ex, const script::RevisionMap& map, const std::vector<std::string>& heads,
                   std::string version_table = kVersionTable);

    void update_to_step(const MigrationStep& step);
    // The heads in alembic_version's order: a new row last, an updated one in its place.
    std::vector<std::string> heads() const;
    bool empty() const { return order_of_.empty(); }

private:
    bool has(const std::string& h) const;
    void insert(const std::string& v);
    void remove(const std::string& v);
    void update(const std::string& from, const std::string& to);
    std::vector<std::string> unmerge_to_revisions(const MigrationStep& step) const;
    std::vector<std::string> ancestors_of_other_heads(const std::vector<std::string>& exclude) const;

    operations::Executor& ex_;
    const script::RevisionMap& map_;
    std::string table_; // the version table's name
    // The heads by the order they came in, and each head's place: a step asks about one head,
    // and a vector scanned at every step made 10,000 sibling heads quadratic.
    std::map<std::uint64_t, std::string> by_order_;
    std::unordered_map<std::string, std::uint64_t> order_of_;
    std::uint64_t next_order_ = 0;
};

} // namespace revlab::runtime
