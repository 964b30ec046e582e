// _autogen_for_tables / _compare_tables / _compare_columns of Alembic's compare.py.
#include "autogenerate/compare.hpp"

#include "autogenerate/compare_parts.hpp"
#include "autogenerate/rename.hpp"
#include "autogenerate/sort_tables.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace revlab::autogenerate {

namespace {

using detail::detected;

constexpr const char* kRenameNote = " (rename detection; --no-rename-detection turns it off)";

struct Comparer {
    const CompareOptions& options;
    std::vector<schema::Table> database; // reflected; renames are applied to it as they are found
    Comparison result;

    const schema::Table* conn(const std::string& name) const {
        auto it = std::find_if(database.begin(), database.end(),
                               [&](const schema::Table& t) { return t.name == name; });
        return it == database.end() ? nullptr : &*it;
    }

    bool included(const char* type, const std::string& name, const std::string& table, bool reflected,
                  bool has_compare_to) const {
        return !options.include_object || options.include_object({type, name, table, reflected, has_compare_to});
    }

    void log_rename(const std::string& what, const std::string& from, const std::string& to) {
        result.log.push_back({detail::kRevlabLogger,
                              "Detected renamed " + what + " '" + from + "' -> '" + to + "'" + kRenameNote});
    }

    void push_if_any(ModifyTable&& m) {
        if (!m.ops.empty()) result.upgrade.ops.push_back(std::move(m));
    }

    void added_table(const schema::Table& meta) {
        result.upgrade.ops.push_back(CreateTable{meta, Origin::Model});
        detected(result.log, "Detected added table '" + meta.name + "'");
        ModifyTable m{meta.name, {}};
        detail::compare_indexes_and_uniques(nullptr, &meta, meta.name, m, result.log);
        push_if_any(std::move(m));
    }

    void removed_table(const schema::Table& conn_table) {
        ModifyTable m{conn_table.name, {}};
        detail::compare_indexes_and_uniques(&conn_table, nullptr, conn_table.name, m, result.log);
        push_if_any(std::move(m));
        result.upgrade.ops.push_back(DropTable{conn_table, Origin::Database});
        detected(result.log, "Detected removed table '" + conn_table.name + "'");
    }

    // _compare_columns around the table comparators: added and changed columns first, then
    // indexes, unique constraints and foreign keys, then removed columns.
    void existing_table(const std::string& name, const schema::Table& meta) {
        ModifyTable m{name, {}};
        if (options.detect_renames) {
            if (auto r = detect_column_rename(*conn(name), meta, database)) {
                schema::Table& t = *std::find_if(database.begin(), database.end(),
                                                 [&](const schema::Table& x) { return x.name == name; });
                const schema::Column& old = *t.find_column(r->from);
                AlterColumn op;
                op.table = name;
                op.column = r->from;
                op.modify_name = r->to;
                op.existing_type = TypeRef{old.type, Origin::Database};
                op.existing_nullable = old.nullable;
                if (old.server_default)
                    op.existing_server_default = DefaultRef{*old.server_default, Origin::Database};
                m.ops.push_back(op);
                log_rename("column", name + "." + r->from, name + "." + r->to);
                apply_column_rename(t, *r);
            }
        }
        // The reflected columns include_name keeps (_compare_columns' conn_col_names).
        std::optional<schema::Table> filtered;
        if (options.include_name) {
            filtered = *conn(name);
            std::erase_if(filtered->columns, [&](const schema::Column& col) {
                return !options.include_name({"column", col.name, name, true, false});
            });
        }
        const schema::Table& c = filtered ? *filtered : *conn(name);
        for (const auto& col : meta.columns)
            if (!c.find_column(col.name) && included("column", col.name, name, false, false)) {
                m.ops.push_back(AddColumn{name, col, Origin::Model});
                detected(result.log, "Detected added column '" + name + "." + col.name + "'");
            }
        for (const auto& col : meta.columns)
            if (const schema::Column* cc = c.find_column(col.name))
                if (included("column", col.name, name, false, true))
                    detail::compare_column(*cc, meta, col, options, m, result.log);
        detail::compare_indexes_and_uniques(&c, &meta, name, m, result.log);
        detail::compare_foreign_keys(c, meta, m, result.log);
        for (const auto& col : c.columns)
            if (!meta.find_column(col.name) && included("column", col.name, name, true, false)) {
                m.ops.push_back(DropColumn{name, col, Origin::Database});
                detected(result.log, "Detected removed column '" + name + "." + col.name + "'");
            }
        push_if_any(std::move(m));
    }
};

} // namespace

Comparison compare_metadata(const std::vector<schema::Table>& models,
                            const std::vector<schema::Table>& database, const CompareOptions& options) {
    Comparer cmp{options, {}, {}};
    // include_name filters the reflected names first: a table (or column) it leaves out is one the
    // database does not have, as far as the comparison knows.
    auto name_included = [&](const char* type, const std::string& name, const std::string& table) {
        return !options.include_name || options.include_name({type, name, table, true, false});
    };
    if (!name_included("schema", "", "")) return {}; // include_name(None, "schema", {}) said no
    for (const auto& t : database)
        if (t.name != options.version_table && name_included("table", t.name, "")) cmp.database.push_back(t);

    std::vector<const schema::Table*> meta_sorted;
    for (const auto* t : sorted_tables(models))
        if (t->name != options.version_table) meta_sorted.push_back(t);
    auto in_models = [&](const std::string& name) {
        return std::any_of(meta_sorted.begin(), meta_sorted.end(),
                           [&](const schema::Table* t) { return t->name == name; });
    };

    std::vector<const schema::Table*> added, removed;
    // include_object decides, on each side, which tables take part (asked once per table).
    std::set<std::string> left_out;
    for (const auto* t : meta_sorted)
        if (!cmp.conn(t->name) && cmp.included("table", t->name, "", false, false)) added.push_back(t);
    for (const auto& t : cmp.database) {
        if (in_models(t.name)) continue;
        if (cmp.included("table", t.name, "", true, false)) removed.push_back(&t);
        else left_out.insert(t.name);
    }

    std::map<std::string, std::string> renamed_from; // new name -> old name
    if (options.detect_renames)
        for (const auto& r : detect_table_renames(removed, added))
            renamed_from[r.to] = r.from;
    for (const auto& [to, from] : renamed_from)
        apply_table_rename(cmp.database, {from, to});

    // Alembic: metadata tables missing from the database, in sorted_tables order; a renamed one
    // is renamed where it would have been created.
    for (const auto* t : added) {
        auto r = renamed_from.find(t->name);
        if (r == renamed_from.end()) {
            cmp.added_table(*t);
            continue;
        }
        cmp.result.upgrade.ops.push_back(RenameTable{r->second, r->first});
        cmp.log_rename("table", r->second, r->first);
        cmp.existing_table(t->name, *t);
    }

    // Database tables missing from the metadata. Alembic iterates a Python set here, in an order
    // that changes from run to run; Revlab drops a table before the tables it refers to, so the
    // downgrade creates them in dependency order.
    std::vector<schema::Table> gone;
    for (const auto& t : cmp.database)
        if (!in_models(t.name) && !left_out.count(t.name)) gone.push_back(t);
    auto order = sorted_tables(gone);
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        cmp.removed_table(**it);

    // Tables on both sides, by name.
    std::vector<const schema::Table*> existing;
    for (const auto* t : meta_sorted)
        if (cmp.conn(t->name) && !renamed_from.count(t->name) && cmp.included("table", t->name, "", false, true))
            existing.push_back(t);
    std::sort(existing.begin(), existing.end(),
              [](const schema::Table* a, const schema::Table* b) { return a->name < b->name; });
    for (const auto* t : existing)
        cmp.existing_table(t->name, *t);
    return std::move(cmp.result);
}

} // namespace revlab::autogenerate
