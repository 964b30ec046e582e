#include "autogenerate/rename.hpp"

#include "autogenerate/ops.hpp"
#include "autogenerate/types.hpp"

#include <algorithm>

namespace revlab::autogenerate {

namespace {

bool same_column(const schema::Column& database, const schema::Column& model) {
    if (database.type.affinity() == "null" || model.type.affinity() == "null") return false;
    if (database.computed || model.computed) return false;
    return database.nullable == model.nullable && !types_differ(database.type, model.type);
}

bool same_columns(const schema::Table& database, const schema::Table& model) {
    if (database.columns.size() != model.columns.size()) return false;
    return std::all_of(model.columns.begin(), model.columns.end(), [&](const schema::Column& m) {
        const schema::Column* d = database.find_column(m.name);
        return d && same_column(*d, m);
    });
}

bool referred_from_elsewhere(const std::vector<schema::Table>& tables, const std::string& table,
                             const std::string& column) {
    return std::any_of(tables.begin(), tables.end(), [&](const schema::Table& t) {
        if (t.name == table) return false;
        auto fks = foreign_keys(t);
        return std::any_of(fks.begin(), fks.end(), [&](const schema::ForeignKey& fk) {
            return fk.referred_table == table &&
                   std::find(fk.referred_columns.begin(), fk.referred_columns.end(), column) !=
                       fk.referred_columns.end();
        });
    });
}

void rename_in(std::vector<std::string>& names, const Rename& r) {
    for (auto& n : names)
        if (n == r.from) n = r.to;
}

} // namespace

std::optional<Rename> detect_column_rename(const schema::Table& database, const schema::Table& model,
                                           const std::vector<schema::Table>& database_tables) {
    std::vector<const schema::Column*> gone, added;
    for (const auto& c : database.columns)
        if (!model.find_column(c.name)) gone.push_back(&c);
    for (const auto& c : model.columns)
        if (!database.find_column(c.name)) added.push_back(&c);
    if (gone.size() != 1 || added.size() != 1 || !same_column(*gone[0], *added[0])) return std::nullopt;
    if (referred_from_elsewhere(database_tables, database.name, gone[0]->name)) return std::nullopt;
    return Rename{gone[0]->name, added[0]->name};
}

std::vector<Rename> detect_table_renames(const std::vector<const schema::Table*>& removed,
                                         const std::vector<const schema::Table*>& added) {
    std::vector<Rename> out;
    for (const auto* m : added) {
        std::vector<const schema::Table*> partners;
        for (const auto* d : removed)
            if (same_columns(*d, *m)) partners.push_back(d);
        if (partners.size() != 1) continue;
        auto others = std::count_if(added.begin(), added.end(),
                                    [&](const schema::Table* a) { return same_columns(*partners[0], *a); });
        if (others == 1) out.push_back({partners[0]->name, m->name});
    }
    return out;
}

void apply_column_rename(schema::Table& table, const Rename& rename) {
    for (auto& c : table.columns)
        if (c.name == rename.from) c.name = rename.to;
    if (table.primary_key) rename_in(table.primary_key->columns, rename);
    for (auto& c : table.constraints) {
        rename_in(c.unique.columns, rename);
        rename_in(c.foreign_key.columns, rename);
        if (c.foreign_key.referred_table == table.name) rename_in(c.foreign_key.referred_columns, rename);
    }
    for (auto& ix : table.indexes)
        for (std::size_t i = 0; i < ix.expressions.size(); ++i)
            if (!(i < ix.is_expression.size() && ix.is_expression[i]) && ix.expressions[i] == rename.from)
                ix.expressions[i] = rename.to;
}

void apply_table_rename(std::vector<schema::Table>& tables, const Rename& rename) {
    for (auto& t : tables) {
        if (t.name == rename.from) t.name = rename.to;
        for (auto& ix : t.indexes)
            if (ix.table == rename.from) ix.table = rename.to;
        for (auto& c : t.constraints)
            if (c.foreign_key.referred_table == rename.from) c.foreign_key.referred_table = rename.to;
        for (auto& col : t.columns)
            for (auto& fk : col.foreign_keys)
                if (fk.referred_table == rename.from) fk.referred_table = rename.to;
    }
}

} // namespace revlab::autogenerate
