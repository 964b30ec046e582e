#include "operations/batch.hpp"

#include "schema/ddl.hpp"
#include "schema/reflect.hpp"
#include "sqlite/database.hpp"

#include <algorithm>

namespace revlab::operations {

using sqlite::quote_identifier;

namespace {

// The table being rebuilt: its columns in order, each remembering the expression that fills it
// from the old table (none for a new column), plus its constraints and indexes.
struct Rebuild {
    struct Slot {
        std::string key; // the column's name in the old table (Alembic keys columns by it)
        schema::Column column;
        std::optional<std::string> source; // SELECT expression; nullopt for added columns
    };
    std::vector<Slot> slots;
    std::optional<schema::PrimaryKey> primary_key;
    std::vector<schema::Constraint> constraints;
    std::vector<schema::Index> indexes;     // existing ones, recreated after the rename
    std::vector<schema::Index> new_indexes; // created in this batch

    Slot* find(const std::string& key) {
        for (auto& s : slots)
            if (s.key == key) return &s;
        return nullptr;
    }
    bool has_column(const std::string& name) const {
        return std::any_of(slots.begin(), slots.end(), [&](const Slot& s) { return s.column.name == name; });
    }
};

std::string type_cast(const std::string& expr, const schema::ColumnType& type) {
    return "CAST(" + expr + " AS " + type.ddl() + ")";
}

bool same_affinity(const schema::ColumnType& a, const schema::ColumnType& b) { return a.affinity() == b.affinity(); }

const char* constraint_type_name(const schema::Constraint& c) {
    switch (c.kind) {
    case schema::Constraint::Kind::Unique: return "unique";
    case schema::Constraint::Kind::ForeignKey: return "foreignkey";
    case schema::Constraint::Kind::Check: return "check";
    }
    return "";
}

} // namespace

BatchOperation::BatchOperation(std::string table, Recreate recreate, std::optional<schema::Table> copy_from,
                               std::vector<std::variant<schema::Constraint, schema::PrimaryKey>> table_args)
    : table_(std::move(table)), recreate_(recreate), copy_from_(std::move(copy_from)),
      table_args_(std::move(table_args)) {}

bool BatchOperation::should_recreate() const {
    if (recreate_ == Recreate::Always) return true;
    if (recreate_ == Recreate::Never) return false;
    // SQLite's ALTER can add a column (unless its default is a SQL expression) and indexes are
    // separate statements; anything else needs the table rebuilt (Alembic's
    // SQLiteImpl.requires_recreate_in_batch).
    for (const auto& op : ops_) {
        if (auto* add = std::get_if<AddColumn>(&op)) {
            if (add->column.server_default && add->column.server_default->kind != schema::ServerDefault::Kind::Literal)
                return true;
        } else if (!std::holds_alternative<CreateIndex>(op) && !std::holds_alternative<DropIndex>(op)) {
            return true;
        }
    }
    return false;
}

void BatchOperation::flush(Executor& ex) {
    if (ops_.empty()) return;
    if (should_recreate()) {
        recreate(ex);
        return;
    }
    for (const auto& op : ops_) {
        if (auto* add = std::get_if<AddColumn>(&op)) {
            if (add->insert_before || add->insert_after)
                throw Error("Can't specify insert_before or insert_after when using ALTER; please specify "
                            "recreate='always'");
            add_column(ex, table_, add->column);
        } else if (auto* ci = std::get_if<CreateIndex>(&op)) {
            create_index(ex, ci->index);
        } else if (auto* di = std::get_if<DropIndex>(&op)) {
            drop_index(ex, di->name);
        } else if (auto* dc = std::get_if<DropColumn>(&op)) {
            drop_column(ex, table_, dc->column); // recreate='never': SQLite's own DROP COLUMN
        } else if (auto* ac = std::get_if<AlterColumn>(&op)) {
            alter_column(ex, *ac);
        } else {
            no_constraint_alter(SourceLocation{});
        }
    }
}

void BatchOperation::recreate(Executor& ex) {
    schema::Table existing;
    if (copy_from_) existing = *copy_from_;
    else {
        if (!ex.db().table_exists(table_))
            throw Error("batch_alter_table('" + table_ + "'): no such table in the database" +
                        (ex.offline() ? " at this point of the offline run" : ""));
        existing = schema::reflect_table(ex.db(), table_);
    }

    Rebuild rb;
    for (auto col : existing.columns) {
        std::string key = col.name;
        col.unique = false; // carried as constraints and indexes below, never twice
        col.index = false;
        rb.slots.push_back({key, col, quote_identifier(table_) + "." + quote_identifier(key)});
    }
    rb.primary_key = existing.primary_key;
    for (const auto& c : existing.constraints) {
        // Alembic cannot tell an unnamed reflected CHECK from a type's own, and drops it.
        if (c.kind == schema::Constraint::Kind::Check && !c.check.name && !copy_from_) continue;
        rb.constraints.push_back(c);
    }
    rb.indexes = existing.indexes;
    for (const auto& arg : table_args_) {
        if (auto* pk = std::get_if<schema::PrimaryKey>(&arg)) rb.primary_key = *pk;
        else rb.constraints.push_back(std::get<schema::Constraint>(arg));
    }

    for (const auto& op : ops_) {
        if (auto* add = std::get_if<AddColumn>(&op)) {
            if (rb.has_column(add->column.name))
                throw Error("batch_op.add_column(): table '" + table_ + "' already has a column '" + add->column.name + "'");
            Rebuild::Slot slot{add->column.name, add->column, std::nullopt};
            slot.column.index = slot.column.unique = false;
            auto anchor = add->insert_before ? add->insert_before : add->insert_after;
            auto it = rb.slots.end();
            if (anchor) {
                it = std::find_if(rb.slots.begin(), rb.slots.end(),
                                  [&](const Rebuild::Slot& s) { return s.column.name == *anchor; });
                if (it == rb.slots.end())
                    throw Error("batch_op.add_column(): no column '" + *anchor + "' in table '" + table_ + "'");
                if (add->insert_after) ++it;
            }
            rb.slots.insert(it, slot);
            if (add->column.unique && !add->column.index) {
                schema::Constraint u{schema::Constraint::Kind::Unique, {}, {}, {}};
                u.unique.columns = {add->column.name};
                rb.constraints.push_back(u);
            }
            if (add->column.index) {
                schema::Index idx;
                idx.name = "ix_" + table_ + "_" + add->column.name;
                idx.table = table_;
                idx.expressions = {add->column.name};
                idx.is_expression = {false};
                idx.unique = add->column.unique;
                rb.new_indexes.push_back(idx);
            }
        } else if (auto* drop = std::get_if<DropColumn>(&op)) {
            Rebuild::Slot* slot = rb.find(drop->column);
            if (!slot) throw Error(drop->where, "batch_op.drop_column(): table '" + table_ + "' has no column '" + drop->column + "'");
            if (long long n = count_rows(ex, table_, quote_identifier(drop->column) + " IS NOT NULL"))
                ex.warn("dropping column '" + table_ + "." + drop->column + "' discards its values in " +
                        std::to_string(n) + " row" + (n == 1 ? "" : "s"));
            rb.slots.erase(rb.slots.begin() + (slot - rb.slots.data()));
        } else if (auto* alter = std::get_if<AlterColumn>(&op)) {
            Rebuild::Slot* slot = rb.find(alter->column);
            if (!slot) throw Error("batch_op.alter_column(): table '" + table_ + "' has no column '" + alter->column + "'");
            schema::Column& col = slot->column;
            if (alter->new_column_name) {
                // Constraints and indexes follow the rename.
                auto rename = [&](std::vector<std::string>& cols) {
                    for (auto& c : cols) if (c == col.name) c = *alter->new_column_name;
                };
                if (rb.primary_key) rename(rb.primary_key->columns);
                for (auto& c : rb.constraints) {
                    rename(c.unique.columns);
                    rename(c.foreign_key.columns);
                }
                for (auto& idx : rb.indexes)
                    for (size_t i = 0; i < idx.expressions.size(); ++i)
                        if (!idx.is_expression[i] && idx.expressions[i] == col.name) idx.expressions[i] = *alter->new_column_name;
                col.name = *alter->new_column_name;
            }
            if (alter->type) {
                if (!same_affinity(col.type, *alter->type) && slot->source)
                    slot->source = type_cast(*slot->source, *alter->type);
                col.type = *alter->type;
            }
            if (alter->nullable) {
                if (!*alter->nullable && col.nullable && slot->source) {
                    long long n = count_rows(ex, table_, quote_identifier(alter->column) + " IS NULL");
                    if (n)
                        throw Error("batch_op.alter_column('" + alter->column + "', nullable=False): " +
                                    std::to_string(n) + " row" + (n == 1 ? " has" : "s have") +
                                    " NULL in column '" + table_ + "." + alter->column +
                                    "'; fill them first, e.g. op.execute(\"UPDATE " + table_ + " SET " +
                                    alter->column + " = ... WHERE " + alter->column + " IS NULL\")");
                }
                col.nullable = *alter->nullable;
            }
            if (alter->server_default) col.server_default = *alter->server_default;
            if (alter->autoincrement) col.autoincrement = *alter->autoincrement;
            if (alter->comment) col.comment = *alter->comment;
        } else if (auto* addc = std::get_if<AddConstraint>(&op)) {
            if (auto* pk = std::get_if<schema::PrimaryKey>(&addc->constraint)) {
                rb.primary_key = *pk;
                for (auto& s : rb.slots)
                    if (std::find(pk->columns.begin(), pk->columns.end(), s.column.name) != pk->columns.end()) {
                        s.column.primary_key = true;
                        s.column.nullable = false;
                    } else {
                        s.column.primary_key = false;
                    }
            } else {
                rb.constraints.push_back(std::get<schema::Constraint>(addc->constraint));
            }
        } else if (auto* dropc = std::get_if<DropConstraint>(&op)) {
            bool found = false;
            if (rb.primary_key && rb.primary_key->name == dropc->name && (!dropc->type || *dropc->type == "primary")) {
                rb.primary_key.reset();
                for (auto& s : rb.slots) s.column.primary_key = false;
                found = true;
            }
            for (auto it = rb.constraints.begin(); !found && it != rb.constraints.end(); ++it)
                if (it->name() == dropc->name && (!dropc->type || *dropc->type == constraint_type_name(*it))) {
                    rb.constraints.erase(it);
                    found = true;
                }
            if (!found)
                throw Error(dropc->where, "No such constraint: '" + dropc->name + "' on table '" + table_ +
                                              "'. Unnamed constraints need a name first: pass naming_convention to "
                                              "batch_alter_table()");
        } else if (auto* ci = std::get_if<CreateIndex>(&op)) {
            rb.new_indexes.push_back(ci->index);
        } else if (auto* di = std::get_if<DropIndex>(&op)) {
            auto before = rb.indexes.size() + rb.new_indexes.size();
            std::erase_if(rb.indexes, [&](const schema::Index& i) { return i.name == di->name; });
            std::erase_if(rb.new_indexes, [&](const schema::Index& i) { return i.name == di->name; });
            if (before == rb.indexes.size() + rb.new_indexes.size())
                throw Error(di->where, "No such index: '" + di->name + "' on table '" + table_ + "'");
        }
    }

    // The new table: columns in order, then the constraints whose columns all survived.
    const std::string temp = ("_alembic_tmp_" + table_).substr(0, 50);
    schema::Table fresh;
    fresh.name = temp;
    fresh.sqlite_autoincrement = existing.sqlite_autoincrement;
    for (const auto& s : rb.slots) fresh.columns.push_back(s.column);
    auto all_present = [&](const std::vector<std::string>& cols) {
        return std::all_of(cols.begin(), cols.end(), [&](const std::string& c) { return rb.has_column(c); });
    };
    if (rb.primary_key && all_present(rb.primary_key->columns)) fresh.primary_key = rb.primary_key;
    for (const auto& c : rb.constraints) {
        if (c.kind == schema::Constraint::Kind::Unique && !all_present(c.unique.columns)) continue;
        if (c.kind == schema::Constraint::Kind::ForeignKey && !all_present(c.foreign_key.columns)) continue;
        fresh.constraints.push_back(c);
    }

    std::string insert_cols, select_cols;
    for (const auto& s : rb.slots) {
        if (!s.source) continue;
        insert_cols += (insert_cols.empty() ? "" : ", ") + quote_identifier(s.column.name);
        select_cols += (select_cols.empty() ? "" : ", ") + *s.source;
    }

    ex.execute(schema::create_table_sql(fresh));
    ex.execute("INSERT INTO " + quote_identifier(temp) + " (" + insert_cols + ") SELECT " + select_cols + " \nFROM " +
               quote_identifier(table_));
    ex.execute(schema::drop_table_sql(table_));
    ex.execute(schema::rename_table_sql(temp, table_));
    for (auto idx : rb.indexes) {
        bool ok = true;
        for (size_t i = 0; i < idx.expressions.size(); ++i)
            if (!idx.is_expression[i] && !rb.has_column(idx.expressions[i])) ok = false;
        if (!ok) {
            ex.warn("index '" + idx.name + "' is dropped with the column it covers");
            continue;
        }
        idx.table = table_;
        ex.execute(schema::create_index_sql(idx));
    }
    for (auto idx : rb.new_indexes) {
        idx.table = table_;
        ex.execute(schema::create_index_sql(idx));
    }
    // SQLite's procedure ends with a foreign key check: a rebuild must not leave dangling rows.
    if (!ex.offline()) {
        auto bad = ex.db().query("PRAGMA foreign_key_check(" + quote_identifier(table_) + ")");
        if (!bad.empty())
            throw Error("rebuilding table '" + table_ + "' would leave " + std::to_string(bad.size()) +
                        " row(s) violating a foreign key; fix the data first");
    }
}

} // namespace revlab::operations
