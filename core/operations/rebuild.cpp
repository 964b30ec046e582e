#include "operations/rebuild.hpp"

#include "sqlite/database.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace revlab::operations {

using sqlite::quote_identifier;

namespace {

bool is_primary_key(const TableElement& e) {
    return std::holds_alternative<schema::PrimaryKey>(e);
}

std::optional<std::string> element_name(const TableElement& e) {
    if (const auto* pk = std::get_if<schema::PrimaryKey>(&e)) return pk->name;
    return std::get<schema::Constraint>(e).name();
}

// The columns a constraint is made of (Alembic's _columns_for_constraint): none for a CHECK written
// as text, so such a CHECK is always carried over, whatever the batch dropped.
std::vector<std::string> element_columns(const TableElement& e) {
    if (const auto* pk = std::get_if<schema::PrimaryKey>(&e)) return pk->columns;
    const auto& c = std::get<schema::Constraint>(e);
    switch (c.kind) {
    case schema::Constraint::Kind::Unique:
        return c.unique.columns;
    case schema::Constraint::Kind::ForeignKey:
        return c.foreign_key.columns;
    case schema::Constraint::Kind::Check:
        return {};
    }
    return {};
}

bool is_schema_type(const schema::ColumnType& t) {
    return t.name == "Boolean" || t.name == "BOOLEAN" || t.name == "Enum";
}

// JSON is never CAST: SQLite would turn the text into a number (cast_for_batch_migrate).
bool needs_cast(const schema::ColumnType& from, const schema::ColumnType& to) {
    return from.affinity() != to.affinity() && to.name != "JSON";
}

schema::Index column_index(const std::string& table, const schema::Column& column, const std::string& name) {
    schema::Index idx;
    idx.name = name;
    idx.table = table;
    idx.expressions = {column.name};
    idx.is_expression = {false};
    idx.unique = column.unique;
    return idx;
}

} // namespace

std::optional<schema::CheckConstraint> type_bound_check(const std::string& column,
                                                        const schema::ColumnType& type) {
    if (!type.create_constraint) return std::nullopt;
    std::string values;
    if (type.name == "Boolean" || type.name == "BOOLEAN") {
        values = "0, 1";
    } else if (type.name == "Enum") {
        for (const auto& v : type.enum_values) {
            std::string quoted = "'";
            for (char c : v)
                quoted += c == '\'' ? std::string("''") : c == ':' ? std::string("\\:") : std::string(1, c);
            values += (values.empty() ? "" : ", ") + quoted + "'";
        }
        if (type.enum_values.empty()) values = "SELECT 1 FROM (SELECT 1) WHERE 1!=1";
    } else {
        return std::nullopt;
    }
    return schema::CheckConstraint{type.enum_name, quote_identifier(column) + " IN (" + values + ")"};
}

TableRebuild::TableRebuild(const schema::Table& existing, bool reflected,
                           std::vector<TableElement> table_args,
                           std::vector<std::vector<std::string>> partial_reordering)
    : table_(existing.name), temp_(("_alembic_tmp_" + existing.name).substr(0, 50)), reflected_(reflected),
      table_args_(std::move(table_args)), partial_reordering_(std::move(partial_reordering)) {
    // What Table.constraints holds: the primary key (always there, possibly empty), the
    // constraints, and for a copy_from table the UNIQUE and FOREIGN KEYs its columns declare.
    std::vector<TableElement> constraints;
    constraints.emplace_back(schema::PrimaryKey{
        existing.primary_key ? existing.primary_key->name : std::nullopt, existing.primary_key_columns()});
    for (const auto& c : existing.constraints)
        constraints.emplace_back(c);
    std::set<std::string> flag_indexes; // Column(index=True) indexes, which Alembic does not carry over
    for (const auto& col : existing.columns) {
        Slot slot{col.name, col, quote_identifier(table_) + "." + quote_identifier(col.name),
                  col.type.create_constraint};
        slot.column.unique = slot.column.index = false;
        slot.column.foreign_keys.clear();
        slots_.push_back(slot);
        existing_ordering_.push_back(col.name);
        if (col.unique && !col.index) {
            schema::Constraint u{schema::Constraint::Kind::Unique, {}, {}, {}};
            u.unique.columns = {col.name};
            constraints.emplace_back(u);
        }
        for (const auto& fk : col.foreign_keys) {
            schema::Constraint c{schema::Constraint::Kind::ForeignKey, {}, {}, {}};
            c.foreign_key = fk;
            c.foreign_key.columns = {col.name};
            constraints.emplace_back(c);
        }
        if (col.index) flag_indexes.insert("ix_" + table_ + "_" + col.name);
    }
    for (auto& e : constraints) {
        const auto name = element_name(e);
        const auto* c = std::get_if<schema::Constraint>(&e);
        // An unnamed reflected CHECK cannot be told from a Boolean's or an Enum's own: Alembic
        // leaves them all out.
        if (reflected_ && c && c->kind == schema::Constraint::Kind::Check && !name) continue;
        if (name)
            put_named(name, std::move(e), false);
        else
            unnamed_.push_back(std::move(e));
    }
    for (const auto& idx : existing.indexes)
        if (!flag_indexes.count(idx.name)) indexes_.push_back(idx);
    if (!reflected_) sqlite_autoincrement_ = existing.sqlite_autoincrement;
}

TableRebuild::Slot* TableRebuild::find(const std::string& key) {
    for (auto& s : slots_)
        if (s.key == key) return &s;
    return nullptr;
}

const TableRebuild::Slot* TableRebuild::find(const std::string& key) const {
    for (const auto& s : slots_)
        if (s.key == key) return &s;
    return nullptr;
}

void TableRebuild::put_named(std::optional<std::string> name, TableElement element, bool added) {
    for (auto& n : named_)
        if (n.name == name) {
            n.element = std::move(element);
            n.added = added;
            return;
        }
    named_.push_back({std::move(name), std::move(element), added});
}

void TableRebuild::add_column(const schema::Column& column, const std::optional<std::string>& insert_before,
                              const std::optional<std::string>& insert_after) {
    if (find(column.name))
        throw Error("batch_op.add_column(): table '" + table_ + "' already has a column '" + column.name +
                    "'");
    setup_add_column_ordering(column.name, insert_before, insert_after);
    Slot slot{column.name, column, std::nullopt, column.type.create_constraint};
    slot.column.foreign_keys.clear();
    slots_.push_back(slot);
    // What Alembic's add_column does next with the column's own constraints and index: each goes
    // through the batch's add_constraint / create_index, which need a name.
    if (column.unique && !column.index) throw Error("Constraint must have a name");
    for (const auto& fk : column.foreign_keys) {
        if (!fk.name) throw Error("Constraint must have a name");
        schema::Constraint c{schema::Constraint::Kind::ForeignKey, {}, {}, {}};
        c.foreign_key = fk;
        c.foreign_key.columns = {column.name};
        put_named(fk.name, c, true);
    }
    if (auto check = type_bound_check(column.name, column.type)) {
        schema::Constraint c{schema::Constraint::Kind::Check, {}, {}, {}};
        c.check = *check;
        put_named(check->name, c, true);
    }
    if (column.index) create_index(column_index(table_, column, "ix_" + table_ + "_" + column.name));
}

void TableRebuild::drop_column(const std::string& column,
                               const std::optional<schema::ColumnType>& existing_type) {
    Slot* slot = find(column);
    if (!slot) throw Error("batch_op.drop_column(): table '" + table_ + "' has no column '" + column + "'");
    if (slot->expr) dropped_.push_back(column);
    // The table's primary key loses the column and keeps the others (and its name).
    auto shrink = [&column](TableElement& e) {
        if (auto* pk = std::get_if<schema::PrimaryKey>(&e)) std::erase(pk->columns, column);
    };
    for (auto& n : named_)
        if (!n.added) shrink(n.element);
    for (auto& e : unnamed_)
        shrink(e);
    slots_.erase(slots_.begin() + (slot - slots_.data()));
    std::erase(existing_ordering_, column);
    if (existing_type && is_schema_type(*existing_type) && existing_type->enum_name)
        std::erase_if(named_, [&](const Named& n) { return n.name == existing_type->enum_name; });
}

void TableRebuild::alter_column(const AlterColumn& alter) {
    Slot* slot = find(alter.column);
    if (!slot)
        throw Error("batch_op.alter_column(): table '" + table_ + "' has no column '" + alter.column + "'");
    // Operations.alter_column first drops the CHECK of the old Boolean/Enum type...
    if (alter.type && alter.existing_type && alter.existing_type->create_constraint &&
        is_schema_type(*alter.existing_type))
        std::erase_if(named_, [&](const Named& n) { return n.name == alter.existing_type->enum_name; });

    schema::Column& col = slot->column;
    if (alter.new_column_name && *alter.new_column_name != alter.column) {
        col.name = *alter.new_column_name;
        if (alter.existing_type && is_schema_type(*alter.existing_type) && alter.existing_type->enum_name)
            std::erase_if(named_, [&](const Named& n) { return n.name == alter.existing_type->enum_name; });
    }
    if (alter.type) {
        // The old type's CHECK goes; the new type's is not made with the column (Alembic turns its
        // events off) but added below as a constraint.
        slot->type_bound = false;
        const bool cast = slot->expr && needs_cast(col.type, *alter.type);
        if (slot->expr) type_changes_.push_back({alter.column, col.type, *alter.type, cast});
        if (cast) slot->expr = "CAST(" + *slot->expr + " AS " + alter.type->ddl() + ")";
        col.type = *alter.type;
    }
    if (alter.nullable) col.nullable = *alter.nullable;
    if (alter.server_default) col.server_default = *alter.server_default;
    if (alter.autoincrement) col.autoincrement = *alter.autoincrement;
    if (alter.comment) col.comment = *alter.comment;
    // ...and then adds the new type's CHECK, written for the column under its old name.
    if (alter.type)
        if (auto check = type_bound_check(alter.column, *alter.type)) {
            schema::Constraint c{schema::Constraint::Kind::Check, {}, {}, {}};
            c.check = *check;
            put_named(check->name, c, true);
        }
}

void TableRebuild::add_constraint(const TableElement& element) {
    const auto name = element_name(element);
    if (!name) throw Error("Constraint must have a name");
    if (is_primary_key(element))
        std::erase_if(unnamed_, [](const TableElement& e) { return is_primary_key(e); });
    put_named(name, element, true);
}

void TableRebuild::drop_constraint(const std::string& name) {
    auto it = std::find_if(named_.begin(), named_.end(), [&](const Named& n) { return n.name == name; });
    if (it == named_.end()) throw Error("No such constraint: '" + name + "'");
    if (const auto* pk = std::get_if<schema::PrimaryKey>(&it->element))
        for (const auto& c : pk->columns)
            if (Slot* s = find(c)) s->column.primary_key = false;
    named_.erase(it);
}

void TableRebuild::create_index(const schema::Index& index) {
    for (auto& idx : new_indexes_)
        if (idx.name == index.name) {
            idx = index;
            return;
        }
    new_indexes_.push_back(index);
}

void TableRebuild::drop_index(const std::string& name) {
    auto before = indexes_.size();
    std::erase_if(indexes_, [&](const schema::Index& i) { return i.name == name; });
    if (before == indexes_.size()) throw Error("No such index: '" + name + "'");
}

TableRebuild::Plan TableRebuild::plan() const {
    Plan plan;
    const std::vector<Slot> slots = ordered_slots();
    std::map<std::string, std::string> name_of; // key -> the column's name in the new table
    for (const auto& s : slots)
        name_of[s.key] = s.column.name;
    auto has_all = [&](const std::vector<std::string>& keys) {
        return std::all_of(keys.begin(), keys.end(),
                           [&](const std::string& k) { return name_of.count(k) > 0; });
    };
    auto rename = [&](std::vector<std::string>& keys, const std::string& what) {
        for (auto& k : keys) {
            auto it = name_of.find(k);
            if (it == name_of.end())
                throw Error(
                    what + " refers to column '" + k + "', which table '" + table_ +
                    "' does not have (batch mode finds columns by the name they had before the batch)");
            k = it->second;
        }
    };

    schema::Table& t = plan.table;
    t.name = temp_;
    t.sqlite_autoincrement = sqlite_autoincrement_;
    plan.autoincrement_chosen = autoincrement_chosen_;
    for (const auto& s : slots) {
        schema::Column c = s.column;
        c.unique = c.index = false;
        c.type.create_constraint = false; // its CHECK is listed below, where SQLAlchemy puts it
        t.columns.push_back(c);
    }

    // The primary key: first from the columns' flags (as Table() makes it), then replaced by each
    // PrimaryKeyConstraint appended, which also takes the flagged columns when it names none.
    std::optional<std::string> pk_name;
    std::vector<std::string> pk_keys;
    for (const auto& s : slots)
        if (s.column.primary_key) pk_keys.push_back(s.key);
    auto quoted = [](const std::vector<std::string>& names) {
        std::string out;
        for (const auto& n : names) out += (out.empty() ? "'" : ", '") + n + "'";
        return out;
    };
    auto apply_pk = [&](const schema::PrimaryKey& pk) {
        pk_name = pk.name;
        if (pk.columns.empty()) return;
        // PrimaryKeyConstraint._set_parent: columns flagged primary_key=True that differ from the
        // constraint's are dropped from the key, with a warning (create_primary_key in a batch, on
        // a table that has a key already).
        const std::set<std::string> flagged(pk_keys.begin(), pk_keys.end());
        if (!flagged.empty() && flagged != std::set<std::string>(pk.columns.begin(), pk.columns.end())) {
            std::vector<std::string> table_pks, constraint;
            for (const auto& s : slots) // in the table's column order, as table.c lists them
                if (flagged.count(s.key)) table_pks.push_back(s.column.name);
            for (const auto& k : pk.columns) {
                auto it = name_of.find(k);
                constraint.push_back(it == name_of.end() ? k : it->second);
            }
            plan.sa_warnings.push_back("Table '" + temp_ + "' specifies columns " + quoted(table_pks) +
                                       " as primary_key=True, not matching locally specified columns " +
                                       quoted(constraint) + "; setting the current primary key columns to " +
                                       quoted(constraint) + ". This warning may become an exception in a future release");
        }
        pk_keys = pk.columns;
    };

    // Constraints in SQLAlchemy's creation order: table_args (made by the script, before the
    // batch), the CHECKs of Boolean/Enum columns (made as the new Table attaches its columns),
    // then the copies of the named constraints and of the unnamed ones, in that order.
    std::vector<schema::Constraint> constraints;
    auto take = [&](const TableElement& e) {
        if (const auto* pk = std::get_if<schema::PrimaryKey>(&e))
            apply_pk(*pk);
        else
            constraints.push_back(std::get<schema::Constraint>(e));
    };
    for (const auto& e : table_args_)
        take(e);
    for (const auto& s : slots)
        if (s.type_bound)
            if (auto check = type_bound_check(s.column.name, s.column.type)) {
                schema::Constraint c{schema::Constraint::Kind::Check, {}, {}, {}};
                c.check = *check;
                constraints.push_back(c);
            }
    for (const auto& n : named_) {
        if (has_all(element_columns(n.element)))
            take(n.element);
        else if (n.added)
            plan.warnings.push_back(
                "constraint '" + n.name.value_or("") + "' is left out of table '" + table_ +
                "', as Alembic leaves it out: it names a column the table does not have before "
                "this batch (Alembic finds columns by their name before the batch)");
    }
    for (const auto& e : unnamed_)
        if (has_all(element_columns(e))) take(e);

    rename(pk_keys, "the primary key");
    if (!pk_keys.empty()) t.primary_key = schema::PrimaryKey{pk_name, pk_keys};
    for (auto& c : t.columns)
        c.primary_key = std::find(pk_keys.begin(), pk_keys.end(), c.name) != pk_keys.end();
    for (auto& c : constraints) {
        if (c.kind == schema::Constraint::Kind::Unique) rename(c.unique.columns, "a unique constraint");
        if (c.kind == schema::Constraint::Kind::ForeignKey) rename(c.foreign_key.columns, "a foreign key");
        t.constraints.push_back(c);
    }

    std::string insert_cols, select_cols;
    for (const auto& s : slots) {
        // A generated column computes itself: SQLite refuses to INSERT into it (Alembic tries, and fails).
        if (!s.expr || s.column.computed) continue;
        insert_cols += (insert_cols.empty() ? "" : ", ") + quote_identifier(s.column.name);
        std::string plain = quote_identifier(table_) + "." + quote_identifier(s.key);
        select_cols += (select_cols.empty() ? "" : ", ") + *s.expr +
                       (*s.expr == plain ? "" : " AS " + quote_identifier(s.key));
    }
    // An added Column(index=True) also gets SQLAlchemy's own index on the temp table, named after
    // it (ix__alembic_tmp_<table>_<column>), besides the ix_<table>_<column> made after the rename.
    for (const auto& s : slots)
        if (s.column.index)
            plan.temp_indexes.push_back(column_index(temp_, s.column, "ix_" + temp_ + "_" + s.column.name));
    plan.insert = "INSERT INTO " + quote_identifier(temp_) + " (" + insert_cols + ") SELECT " + select_cols +
                  " \nFROM " + quote_identifier(table_);

    for (auto idx : indexes_) {
        for (size_t i = 0; i < idx.expressions.size(); ++i)
            if (!name_of.count(idx.expressions[i]))
                throw Error("index '" + idx.name +
                            "' cannot be made on the rebuilt table: no such column: " + idx.expressions[i] +
                            " (this batch drops it); drop the index first: batch_op.drop_index('" + idx.name +
                            "')");
        rename(idx.expressions, "index '" + idx.name + "'");
        idx.table = table_;
        plan.indexes.push_back(idx);
    }
    for (auto idx : new_indexes_) {
        for (size_t i = 0; i < idx.expressions.size(); ++i)
            if (idx.is_expression[i])
                throw Error("batch_op.create_index('" + idx.name +
                            "'): Alembic cannot index the expression '" + idx.expressions[i] +
                            "' in a batch that recreates the table; create that index with "
                            "op.create_index() after the batch");
        rename(idx.expressions, "batch_op.create_index('" + idx.name + "')");
        idx.table = table_;
        plan.indexes.push_back(idx);
    }
    return plan;
}

} // namespace revlab::operations
