#include "operations/call_args.hpp"

#include "operations/builders.hpp"

namespace revlab::operations {

std::vector<std::string> string_list(const Value& v, const std::string& what) {
    if (v.kind == Value::Kind::Str) return {v.s};
    std::vector<std::string> out;
    for (const auto& item : expect_sequence(v, what))
        out.push_back(expect_str(*item, what));
    return out;
}

schema::Index index_from(const std::string& name, const std::string& table, const Value& columns,
                         const Arguments& a, const std::string& callable) {
    schema::Index idx;
    idx.name = name;
    idx.table = table;
    std::vector<ValuePtr> items = columns.kind == Value::Kind::Str
                                      ? std::vector<ValuePtr>{std::make_shared<Value>(columns)}
                                      : expect_sequence(columns, "the index columns");
    for (const auto& c : items) {
        // A plain string is a column name, whatever it looks like (SQLAlchemy quotes it as one).
        bool expression = c->kind != Value::Kind::Str;
        idx.expressions.push_back(expression ? sql_text(*c, "an index expression") : c->s);
        idx.is_expression.push_back(expression);
    }
    if (const Value* u = a.get("unique")) idx.unique = expect_bool(*u, "unique");
    for (const auto& [k, v] : a.extra_keywords()) {
        if (k == "unique")
            idx.unique = expect_bool(*v, "unique"); // batch_op.create_index takes it in **kw
        else if (k == "sqlite_where")
            idx.where = sql_text(*v, "sqlite_where");
        else if (other_dialect_option("Index", k) || k == "info" || k == "quote" || k == "if_not_exists" || k == "if_exists")
            continue; // other dialects' options: SQLite ignores them, as SQLAlchemy does
        else
            throw Error(v->loc, "unknown argument '" + k + "' to " + callable);
    }
    return idx;
}

AlterColumn alter_from(const std::string& table, const Arguments& a) {
    AlterColumn alter;
    alter.table = table;
    alter.column = expect_str(a.require("column_name"), "the column name");
    if (const Value* v = a.get("nullable"); v && v->kind != Value::Kind::None)
        alter.nullable = expect_bool(*v, "nullable");
    if (const Value* v = a.get("server_default")) {
        if (v->kind == Value::Kind::Bool && !v->b) {
            // False, the default: leave the server default as it is
        } else if (v->kind == Value::Kind::None) {
            alter.server_default = std::optional<schema::ServerDefault>{};
        } else {
            alter.server_default = std::optional<schema::ServerDefault>{build_server_default(*v)};
        }
    }
    if (const Value* v = a.get("new_column_name"); v && v->kind != Value::Kind::None)
        alter.new_column_name = expect_str(*v, "new_column_name");
    if (const Value* v = a.get("type_"); v && v->kind != Value::Kind::None) alter.type = build_type(*v);
    if (const Value* v = a.get("existing_type"); v && v->kind != Value::Kind::None)
        alter.existing_type = build_type(*v);
    if (const Value* v = a.get("existing_nullable"); v && v->kind != Value::Kind::None)
        alter.existing_nullable = expect_bool(*v, "existing_nullable");
    if (const Value* v = a.get("existing_server_default");
        v && v->kind != Value::Kind::None && !(v->kind == Value::Kind::Bool && !v->b))
        alter.existing_server_default = std::optional<schema::ServerDefault>{build_server_default(*v)};
    if (const Value* v = a.get("comment"); v && !(v->kind == Value::Kind::Bool && !v->b))
        alter.comment = expect_optional_str(*v, "comment");
    for (const auto& [k, v] : a.extra_keywords()) {
        if (k == "autoincrement") {
            if (v->kind != Value::Kind::None)
                alter.autoincrement = std::optional<bool>{expect_bool(*v, "autoincrement")};
        }
        // Any other keyword goes to Alembic's **kw, which the SQLite implementation and batch
        // mode never read (postgresql_using=..., onupdate=...): accepted and ignored, as there.
    }
    return alter;
}

namespace {

std::optional<std::string> optional_str(const Arguments& a, const char* name) {
    const Value* v = a.get(name);
    return v ? expect_optional_str(*v, name) : std::nullopt;
}

} // namespace

TableElement unique_from(const Arguments& a) {
    schema::Constraint c{schema::Constraint::Kind::Unique, {}, {}, {}};
    c.unique.name = expect_optional_str(a.require("constraint_name"), "the constraint name");
    c.unique.columns = string_list(a.require("columns"), "a column name");
    return c;
}

TableElement foreign_key_from(const Arguments& a) {
    schema::Constraint c{schema::Constraint::Kind::ForeignKey, {}, {}, {}};
    auto& fk = c.foreign_key;
    fk.name = expect_optional_str(a.require("constraint_name"), "the constraint name");
    fk.referred_table = expect_str(a.require("referent_table"), "the referred table");
    fk.columns = string_list(a.require("local_cols"), "a column name");
    fk.referred_columns = string_list(a.require("remote_cols"), "a column name");
    if (fk.columns.size() != fk.referred_columns.size())
        throw Error(a.loc(), "create_foreign_key() needs as many remote_cols as local_cols");
    fk.ondelete = optional_str(a, "ondelete");
    fk.onupdate = optional_str(a, "onupdate");
    fk.deferrable_initially = optional_str(a, "initially");
    fk.match = optional_str(a, "match");
    if (const Value* d = a.get("deferrable"); d && d->kind != Value::Kind::None)
        fk.deferrable = expect_bool(*d, "deferrable");
    return c;
}

TableElement check_from(const Arguments& a) {
    schema::Constraint c{schema::Constraint::Kind::Check, {}, {}, {}};
    c.check.name = expect_optional_str(a.require("constraint_name"), "the constraint name");
    c.check.sqltext = sql_text(a.require("condition"), "the CHECK condition");
    return c;
}

TableElement primary_key_from(const Arguments& a) {
    return schema::PrimaryKey{expect_optional_str(a.require("constraint_name"), "the constraint name"),
                              string_list(a.require("columns"), "a column name")};
}

std::optional<std::string> constraint_type(const Arguments& a) {
    const Value* t = a.get("type_");
    if (!t || t->kind == Value::Kind::None) return std::nullopt;
    std::string type = t->kind == Value::Kind::Str ? t->s : "";
    if (type != "foreignkey" && type != "primary" && type != "unique" && type != "check")
        throw Error(t->loc, "'type' can be one of 'check', 'foreignkey', 'primary', 'unique', None");
    return type;
}

} // namespace revlab::operations
