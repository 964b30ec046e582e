// The column order of a rebuilt table, as Alembic's ApplyBatchImpl decides it: where added
// columns go (insert_before / insert_after, or after the last column) and the topological sort
// that places them, or places every column under partial_reordering.
#include "operations/rebuild.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace revlab::operations {

// _setup_dependencies_for_add_column: the new column goes after the last existing column, or
// between the neighbours insert_before/insert_after name, as pairs for the topological sort.
void TableRebuild::setup_add_column_ordering(const std::string& column, std::optional<std::string> before,
                                             std::optional<std::string> after) {
    const auto& cols = existing_ordering_;
    auto index_of = [&](const std::string& name) -> std::optional<size_t> {
        auto it = std::find(cols.begin(), cols.end(), name);
        return it == cols.end() ? std::nullopt
                                : std::optional<size_t>(static_cast<size_t>(it - cols.begin()));
    };
    // dict(self.add_col_ordering)[key], and the same over the reversed pairs: the last pair wins.
    auto lookup = [&](const std::string& key, bool by_first) -> std::string {
        std::optional<std::string> found;
        for (const auto& [a, b] : add_col_ordering_)
            if ((by_first ? a : b) == key) found = by_first ? b : a;
        if (!found)
            throw Error("batch_op.add_column('" + column + "'): no column '" + key + "' to place it next to");
        return *found;
    };
    if (partial_reordering_.empty()) {
        if (after && !before) {
            if (auto i = index_of(*after)) {
                if (*i + 1 < cols.size()) before = cols[*i + 1];
            } else {
                before = lookup(*after, true);
            }
        }
        if (before && !after) {
            if (auto i = index_of(*before)) {
                if (*i > 0) after = cols[*i - 1];
            } else {
                after = lookup(*before, false);
            }
        }
    }
    if (before) add_col_ordering_.emplace_back(column, *before);
    if (after) add_col_ordering_.emplace_back(*after, column);
    if (partial_reordering_.empty() && !before && !after && !cols.empty())
        add_col_ordering_.emplace_back(cols.back(), column);
}

// _adjust_self_columns_for_partial_reordering: SQLAlchemy's topological sort (sort_as_subsets) of
// the columns under the pairs "a comes before b". Each round takes, in the current column order,
// every column none of whose predecessors is still waiting, so the result depends only on the
// pairs and that order; pairs naming a column the batch dropped simply never hold anything back.
std::vector<TableRebuild::Slot> TableRebuild::ordered_slots() const {
    if (partial_reordering_.empty() && add_col_ordering_.empty()) return slots_;
    std::vector<std::string> keys;
    for (const auto& s : slots_)
        keys.push_back(s.key);
    std::set<std::pair<std::string, std::string>> pairs;
    if (!partial_reordering_.empty()) {
        for (const auto& group : partial_reordering_)
            for (size_t i = 1; i < group.size(); ++i)
                pairs.emplace(group[i - 1], group[i]);
    } else {
        for (size_t i = 1; i < existing_ordering_.size() && i - 1 < keys.size(); ++i)
            pairs.emplace(keys[i - 1], existing_ordering_[i]);
    }
    pairs.insert(add_col_ordering_.begin(), add_col_ordering_.end());
    std::map<std::string, std::set<std::string>> parents;
    for (const auto& [a, b] : pairs)
        if (a != b) parents[b].insert(a);

    std::vector<std::string> todo = keys;
    std::set<std::string> waiting(keys.begin(), keys.end());
    std::vector<Slot> out;
    while (!waiting.empty()) {
        std::vector<std::string> ready;
        for (const auto& k : todo) {
            const auto& ps = parents[k];
            if (std::none_of(ps.begin(), ps.end(),
                             [&](const std::string& p) { return waiting.count(p) > 0; }))
                ready.push_back(k);
        }
        if (ready.empty())
            throw Error("Circular dependency detected. (the column order asked of batch_alter_table)");
        for (const auto& k : ready) {
            waiting.erase(k);
            out.push_back(*find(k));
        }
        std::erase_if(todo, [&](const std::string& k) { return !waiting.count(k); });
    }
    return out;
}

} // namespace revlab::operations
