#include "autogenerate/diffs.hpp"

#include "autogenerate/compare_parts.hpp"
#include "autogenerate/types.hpp"
#include "py/str_repr.hpp"

#include <algorithm>

namespace revlab::autogenerate {

namespace {

using py::repr_str;

std::string py_bool(bool b) {
    return b ? "True" : "False";
}

std::string default_clause(const DefaultRef& d) {
    if (d.origin == Origin::Model && d.value.kind == schema::ServerDefault::Kind::Literal) {
        std::string sql = d.value.sql, value;
        for (std::size_t i = 1; i + 1 < sql.size(); ++i) {
            value += sql[i];
            if (sql[i] == '\'' && sql[i + 1] == '\'') ++i;
        }
        return "DefaultClause(" + repr_str(value) + ", for_update=False)";
    }
    const char* object = d.origin == Origin::Model && d.value.kind == schema::ServerDefault::Kind::Expression
                             ? "<sqlalchemy.sql.functions.Function object>"
                             : "<sqlalchemy.sql.elements.TextClause object>";
    return std::string("DefaultClause(") + object + ", for_update=False)";
}

std::string slot(const DefaultSlot& s) {
    if (!s) return "False";
    return *s ? default_clause(**s) : "None";
}

// Column.__repr__: name, type, foreign keys, table, then key/primary_key/nullable/.../comment.
std::string column_repr(const schema::Column& c, const schema::Table& table, Origin origin,
                        bool with_type = true) {
    std::string out = "Column(" + repr_str(c.name) + ", " + (with_type ? type_repr(c.type) : "NullType()");
    for (const auto& fk : foreign_keys(table))
        for (std::size_t i = 0; i < fk.columns.size() && i < fk.referred_columns.size(); ++i)
            if (fk.columns[i] == c.name)
                out += ", ForeignKey(" + repr_str(fk.referred_table + "." + fk.referred_columns[i]) + ")";
    out += ", table=<" + table.name + ">";
    auto pk = table.primary_key_columns();
    if (std::find(pk.begin(), pk.end(), c.name) != pk.end()) out += ", primary_key=True";
    if (!c.nullable) out += ", nullable=False";
    if (c.server_default) out += ", server_default=" + default_clause({*c.server_default, origin});
    if (c.comment && !c.comment->empty()) out += ", comment=" + repr_str(*c.comment);
    return out + ")";
}

std::string table_repr(const schema::Table& t, Origin origin) {
    std::string out = "Table(" + repr_str(t.name) + ", MetaData()";
    for (const auto& c : t.columns)
        out += ", " + column_repr(c, t, origin);
    return out + ", schema=None)";
}

// A constraint as Alembic rebuilds it from an op (to_constraint): columns without types, in a
// table of their own.
schema::Table bare_table(const std::string& name, const std::vector<std::string>& columns) {
    schema::Table t;
    t.name = name;
    for (const auto& c : columns) {
        schema::Column col;
        col.name = c;
        t.columns.push_back(col);
    }
    return t;
}

std::string unique_repr(const std::string& table, const schema::UniqueConstraint& uq) {
    schema::Table t = bare_table(table, uq.columns);
    std::string out = "UniqueConstraint(";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        out += (i ? ", " : "") + column_repr(t.columns[i], t, Origin::Model, false);
    return out + ")";
}

std::string fk_repr(const std::string& table, const schema::ForeignKey& fk) {
    schema::Table t = bare_table(table, fk.columns);
    schema::ForeignKey own = fk;
    own.name.reset();
    schema::Constraint c{schema::Constraint::Kind::ForeignKey, {}, own, {}};
    t.constraints.push_back(c);
    std::string out = "ForeignKeyConstraint(<sqlalchemy.sql.base.DedupeColumnCollection object>, None";
    if (fk.name) out += ", name=" + repr_str(*fk.name);
    if (fk.onupdate) out += ", onupdate=" + repr_str(*fk.onupdate);
    if (fk.ondelete) out += ", ondelete=" + repr_str(*fk.ondelete);
    if (fk.deferrable) out += ", deferrable=" + py_bool(*fk.deferrable);
    if (fk.deferrable_initially) out += ", initially=" + repr_str(*fk.deferrable_initially);
    out += ", table=Table(" + repr_str(table) + ", MetaData()";
    for (const auto& col : t.columns)
        out += ", " + column_repr(col, t, Origin::Model, false);
    return out + ", schema=None))";
}

struct Tables {
    const std::vector<schema::Table>& models;
    const std::vector<schema::Table>& database;

    const schema::Table* find(const std::string& name, Origin origin) const {
        const auto& list = origin == Origin::Model ? models : database;
        auto it =
            std::find_if(list.begin(), list.end(), [&](const schema::Table& t) { return t.name == name; });
        return it == list.end() ? nullptr : &*it;
    }

    std::string column(const std::string& table, const schema::Column& c, Origin origin) const {
        if (const schema::Table* t = find(table, origin)) return column_repr(c, *t, origin);
        return column_repr(c, bare_table(table, {}), origin);
    }

    std::string index_repr(const std::string& table, const schema::Index& ix, Origin origin) const {
        const schema::Table* t = find(table, origin);
        std::string out = "Index(" + repr_str(ix.name);
        for (std::size_t i = 0; i < ix.expressions.size(); ++i) {
            const schema::Column* c = t ? t->find_column(ix.expressions[i]) : nullptr;
            bool expression = i < ix.is_expression.size() && ix.is_expression[i];
            if (c && !expression)
                out += ", " + column_repr(*c, *t, origin);
            else
                out += ", <sqlalchemy.sql.elements.TextClause object>";
        }
        return out + (ix.unique ? ", unique=True)" : ")");
    }
};

std::string alter_repr(const AlterColumn& op) {
    std::string head = "None, " + repr_str(op.table) + ", " + repr_str(op.column) + ", ";
    std::string type = op.existing_type ? type_repr(op.existing_type->type) : "None";
    std::string nullable = op.existing_nullable ? py_bool(*op.existing_nullable) : "None";
    std::vector<std::string> parts;
    if (op.modify_type)
        parts.push_back("('modify_type', " + head + "{'existing_nullable': " + nullable +
                        ", 'existing_server_default': " + slot(op.existing_server_default) +
                        ", 'existing_comment': None}, " + type + ", " + type_repr(op.modify_type->type) +
                        ")");
    if (op.modify_nullable)
        parts.push_back("('modify_nullable', " + head + "{'existing_type': " + type +
                        ", 'existing_server_default': " + slot(op.existing_server_default) +
                        ", 'existing_comment': None}, " + nullable + ", " + py_bool(*op.modify_nullable) +
                        ")");
    if (op.modify_server_default)
        parts.push_back("('modify_default', " + head + "{'existing_nullable': " + nullable +
                        ", 'existing_type': " + type + ", 'existing_comment': None}, " +
                        slot(op.existing_server_default) + ", " + slot(op.modify_server_default) + ")");
    std::string out = "[";
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? ", " : "") + parts[i];
    return out + "]";
}

} // namespace

std::string diffs_repr(const OpList& upgrade, const std::vector<schema::Table>& models,
                       const std::vector<schema::Table>& database) {
    Tables tables{models, database};
    std::vector<std::string> items;
    for (const auto& op : upgrade.ops) {
        if (const auto* c = std::get_if<CreateTable>(&op)) {
            items.push_back("('add_table', " + table_repr(c->table, c->origin) + ")");
        } else if (const auto* d = std::get_if<DropTable>(&op)) {
            items.push_back("('remove_table', " + table_repr(d->table, d->origin) + ")");
        } else if (const auto* r = std::get_if<RenameTable>(&op)) {
            items.push_back("('rename_table', None, " + repr_str(r->from) + ", " + repr_str(r->to) + ")");
        } else if (const auto* m = std::get_if<ModifyTable>(&op)) {
            for (const auto& t : m->ops) {
                std::string head = "None, " + repr_str(m->table) + ", ";
                if (const auto* a = std::get_if<AddColumn>(&t)) {
                    items.push_back("('add_column', " + head + tables.column(m->table, a->column, a->origin) +
                                    ")");
                } else if (const auto* dc = std::get_if<DropColumn>(&t)) {
                    items.push_back("('remove_column', " + head +
                                    tables.column(m->table, dc->column, dc->origin) + ")");
                } else if (const auto* al = std::get_if<AlterColumn>(&t)) {
                    items.push_back(alter_repr(*al));
                } else if (const auto* ci = std::get_if<CreateIndex>(&t)) {
                    items.push_back("('add_index', " + tables.index_repr(m->table, ci->index, ci->origin) +
                                    ")");
                } else if (const auto* di = std::get_if<DropIndex>(&t)) {
                    items.push_back("('remove_index', " + tables.index_repr(m->table, di->index, di->origin) +
                                    ")");
                } else if (const auto* au = std::get_if<AddUniqueConstraint>(&t)) {
                    items.push_back("('add_constraint', " + unique_repr(m->table, au->constraint) + ")");
                } else if (const auto* af = std::get_if<AddForeignKey>(&t)) {
                    items.push_back("('add_fk', " + fk_repr(m->table, af->foreign_key) + ")");
                } else if (const auto* dr = std::get_if<DropConstraint>(&t)) {
                    bool fk = dr->constraint.kind == schema::Constraint::Kind::ForeignKey;
                    items.push_back(
                        fk ? "('remove_fk', " + fk_repr(m->table, dr->constraint.foreign_key) + ")"
                           : "('remove_constraint', " + unique_repr(m->table, dr->constraint.unique) + ")");
                }
            }
        }
    }
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + items[i];
    return out + "]";
}

} // namespace revlab::autogenerate
