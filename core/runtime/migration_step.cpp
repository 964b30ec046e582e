#include "runtime/migration_step.hpp"

#include "runtime/version_table.hpp"

#include <algorithm>
#include <set>

namespace revlab::runtime {

using script::format_as_comma;

std::string MigrationStep::name() const {
    if (kind == Kind::Stamp) return "stamp_revision";
    return is_upgrade ? "upgrade" : "downgrade";
}

std::vector<std::string> MigrationStep::from_revisions() const {
    if (kind == Kind::Stamp) return from;
    return is_upgrade ? revision->normalized_down_revisions() : std::vector<std::string>{revision->id};
}

std::vector<std::string> MigrationStep::to_revisions() const {
    if (kind == Kind::Stamp) return to;
    return is_upgrade ? std::vector<std::string>{revision->id} : revision->normalized_down_revisions();
}

std::vector<std::string> MigrationStep::from_revisions_no_deps() const {
    if (kind == Kind::Stamp) return from;
    return is_upgrade ? revision->down_revisions : std::vector<std::string>{revision->id};
}

std::vector<std::string> MigrationStep::to_revisions_no_deps() const {
    if (kind == Kind::Stamp) return to;
    return is_upgrade ? std::vector<std::string>{revision->id} : revision->down_revisions;
}

std::string MigrationStep::short_log(const std::string& function) const {
    return (function.empty() ? name() : function) + " " + format_as_comma(from_revisions_no_deps()) + " -> " + format_as_comma(to_revisions_no_deps());
}

std::string MigrationStep::log(const std::string& function) const {
    if (kind == Kind::Revision && !revision->doc().empty()) return short_log(function) + ", " + revision->doc();
    return short_log(function);
}

namespace {
// Where Alembic only asserts (a stamp step with nothing to move, e.g. `stamp head 44e3` naming one
// revision twice), say what went wrong instead.
const std::string& first(const std::vector<std::string>& revisions, const MigrationStep& step) {
    if (revisions.empty())
        throw Error("Can't apply " + step.short_log() + ": the version table already holds these revisions; name each "
                    "revision once");
    return revisions.front();
}
} // namespace

HeadMaintainer::HeadMaintainer(operations::Executor& ex, const script::RevisionMap& map,
                               const std::vector<std::string>& heads, std::string version_table)
    : ex_(ex), map_(map), table_(std::move(version_table)) {
    for (const auto& h : heads)
        if (order_of_.emplace(h, next_order_).second) by_order_.emplace(next_order_++, h);
}

std::vector<std::string> HeadMaintainer::heads() const {
    std::vector<std::string> out;
    out.reserve(by_order_.size());
    for (const auto& [order, h] : by_order_) out.push_back(h);
    return out;
}

bool HeadMaintainer::has(const std::string& h) const { return order_of_.count(h) > 0; }

void HeadMaintainer::insert(const std::string& v) {
    if (order_of_.emplace(v, next_order_).second) by_order_.emplace(next_order_++, v);
    insert_version(ex_, v, table_);
}

void HeadMaintainer::remove(const std::string& v) {
    if (auto it = order_of_.find(v); it != order_of_.end()) {
        by_order_.erase(it->second);
        order_of_.erase(it);
    }
    delete_version(ex_, v, table_);
}

void HeadMaintainer::update(const std::string& from, const std::string& to) {
    if (auto it = order_of_.find(from); it != order_of_.end() && from != to) {
        const std::uint64_t order = it->second;
        order_of_.erase(it);
        if (auto old = order_of_.find(to); old != order_of_.end()) { // two rows becoming one
            by_order_.erase(old->second);
            order_of_.erase(old);
        }
        by_order_[order] = to;
        order_of_[to] = order;
    }
    update_version(ex_, from, to, table_);
}

std::vector<std::string> HeadMaintainer::ancestors_of_other_heads(const std::vector<std::string>& exclude) const {
    std::vector<const script::Revision*> others;
    for (const auto& [order, h] : by_order_)
        if (std::find(exclude.begin(), exclude.end(), h) == exclude.end())
            if (const script::Revision* r = map_.find(h)) others.push_back(r);
    std::vector<std::string> out;
    for (const auto* r : map_.ancestors(others, true)) out.push_back(r->id);
    return out;
}

std::vector<std::string> HeadMaintainer::unmerge_to_revisions(const MigrationStep& step) const {
    auto to = step.to_revisions();
    const bool other_heads = order_of_.size() > (has(step.revision->id) ? 1u : 0u);
    if (!other_heads) return to;
    auto anc = ancestors_of_other_heads({step.revision->id});
    std::vector<std::string> out;
    for (const auto& t : to)
        if (std::find(anc.begin(), anc.end(), t) == anc.end()) out.push_back(t);
    return out;
}

void HeadMaintainer::update_to_step(const MigrationStep& step) {
    const bool revision_step = step.kind == MigrationStep::Kind::Revision;
    auto from = step.from_revisions();
    auto to = step.to_revisions();
    auto intersects = [&](const std::vector<std::string>& v) {
        return std::count_if(v.begin(), v.end(), [&](const std::string& x) { return has(x); });
    };

    // A downgrade below a base, or to a revision another head still needs: delete the row.
    bool delete_branch = false;
    if (revision_step) {
        delete_branch = !step.is_upgrade && has(step.revision->id) &&
                        (to.empty() || unmerge_to_revisions(step).empty());
    } else {
        delete_branch = !step.is_upgrade && step.branch_move;
    }
    if (delete_branch) {
        remove(revision_step ? step.revision->id : first(step.from, step));
        return;
    }

    // An upgrade from a base, or from revisions no current row holds: insert a row.
    bool create_branch = false;
    if (revision_step) {
        create_branch = step.is_upgrade && (to.empty() || from.empty() || intersects(from) == 0);
    } else {
        bool from_missing = std::any_of(step.from.begin(), step.from.end(), [&](const std::string& f) { return !has(f); });
        bool to_missing = std::any_of(step.to.begin(), step.to.end(), [&](const std::string& t) { return !has(t); });
        create_branch = step.is_upgrade && (step.branch_move || from_missing) && to_missing;
    }
    if (create_branch) {
        insert(revision_step ? step.revision->id : first(step.to, step));
        return;
    }

    // A merge: delete all rows but one, update that one.
    bool merge = revision_step ? (step.is_upgrade && from.size() > 1 && intersects(from) > 1) : step.from.size() > 1;
    if (merge) {
        std::vector<std::string> merging;
        if (revision_step) {
            auto anc = ancestors_of_other_heads(from);
            for (const auto& f : from)
                if (std::find(anc.begin(), anc.end(), f) == anc.end()) merging.push_back(f);
        } else {
            merging = step.from;
        }
        for (size_t i = 0; i + 1 < merging.size(); ++i) remove(merging[i]);
        if (merging.empty()) first(merging, step);
        update(merging.back(), first(to, step));
        return;
    }

    // Going down through a merge point: update one row, insert the others.
    bool unmerge = revision_step ? (!step.is_upgrade && has(step.revision->id) && from.size() >= 1 &&
                                    step.revision->normalized_down_revisions().size() > 1)
                                 : step.to.size() > 1;
    if (unmerge) {
        auto targets = revision_step ? unmerge_to_revisions(step) : step.to;
        for (size_t i = 0; i + 1 < targets.size(); ++i) insert(targets[i]);
        if (targets.empty()) first(targets, step);
        update(first(from, step), targets.back());
        return;
    }

    // A plain step along a line.
    std::string down;
    if (revision_step) {
        auto downs = step.revision->normalized_down_revisions();
        if (downs.size() == 1) down = downs[0];
        else
            for (const auto& d : downs)
                if (has(d)) down = d;
        if (step.is_upgrade) update(down, step.revision->id);
        else update(step.revision->id, down);
    } else {
        update(first(step.from, step), first(step.to, step));
    }
}

} // namespace revlab::runtime
