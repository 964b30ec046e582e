#include "autogenerate/sort_tables.hpp"

#include "autogenerate/ops.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace revlab::autogenerate {

namespace {

using Graph = std::map<std::string, std::set<std::string>>; // table -> the tables it depends on

// util/topological.sort_as_subsets; nullopt on a cycle.
std::optional<std::vector<std::string>> sort_rounds(const std::vector<std::string>& names,
                                                    const Graph& parents) {
    std::vector<std::string> todo = names, out;
    std::set<std::string> todo_set(names.begin(), names.end());
    while (!todo_set.empty()) {
        std::vector<std::string> round;
        for (const auto& n : todo) {
            auto it = parents.find(n);
            bool ready = it == parents.end() ||
                         std::none_of(it->second.begin(), it->second.end(),
                                      [&](const std::string& p) { return todo_set.count(p) != 0; });
            if (ready) round.push_back(n);
        }
        if (round.empty()) return std::nullopt;
        for (const auto& n : round)
            todo_set.erase(n);
        std::erase_if(todo, [&](const std::string& n) { return todo_set.count(n) == 0; });
        out.insert(out.end(), round.begin(), round.end());
    }
    return out;
}

// The tables that lie on a cycle: those that can reach themselves.
std::set<std::string> tables_in_cycles(const std::vector<std::string>& names, const Graph& parents) {
    std::set<std::string> out;
    for (const auto& start : names) {
        std::set<std::string> seen;
        std::vector<std::string> stack{start};
        while (!stack.empty()) {
            std::string n = stack.back();
            stack.pop_back();
            auto it = parents.find(n);
            if (it == parents.end()) continue;
            for (const auto& p : it->second) {
                if (p == start) out.insert(start);
                if (seen.insert(p).second) stack.push_back(p);
            }
        }
    }
    return out;
}

} // namespace

std::vector<const schema::Table*> sorted_tables(const std::vector<schema::Table>& tables) {
    std::map<std::string, const schema::Table*> by_name;
    for (const auto& t : tables)
        by_name.emplace(t.name, &t);
    std::vector<std::string> names;
    for (const auto& [name, table] : by_name)
        names.push_back(name);

    Graph parents;
    for (const auto& t : tables)
        for (const auto& fk : foreign_keys(t))
            if (fk.referred_table != t.name && by_name.count(fk.referred_table))
                parents[t.name].insert(fk.referred_table);

    auto order = sort_rounds(names, parents);
    if (!order) {
        for (const auto& n : tables_in_cycles(names, parents))
            parents.erase(n);
        order = sort_rounds(names, parents);
    }
    std::vector<const schema::Table*> out;
    for (const auto& n : order.value_or(names))
        out.push_back(by_name.at(n));
    return out;
}

} // namespace revlab::autogenerate
