// op.* calls, with Alembic 1.8.1's signatures (alembic/operations/ops.py), run as its SQLite impl
// runs them outside batch mode (impl.hpp); op.batch_alter_table(...) opens a batch.
#include "operations/builders.hpp"
#include "operations/call_args.hpp"
#include "operations/impl.hpp"
#include "operations/script_runner.hpp"

namespace revlab::operations {

namespace {

std::string table_arg(const Arguments& a, const char* name = "table_name") {
    return expect_str(a.require(name), "the table name");
}

BatchOperation::Recreate recreate_mode(const Value* r) {
    if (!r) return BatchOperation::Recreate::Auto;
    std::string mode = r->kind == Value::Kind::Str ? r->s : "";
    if (mode == "always") return BatchOperation::Recreate::Always;
    if (mode == "never") return BatchOperation::Recreate::Never;
    if (mode == "auto") return BatchOperation::Recreate::Auto;
    throw Error(r->loc, "recreate may be one of 'auto', 'always', or 'never'.");
}

// copy_from=sa.Table('name', sa.MetaData(), sa.Column(...), ...)
schema::Table copy_from_table(const Value& v) {
    if (v.kind != Value::Kind::Call || canonical_name(v.s) != "sa.Table")
        throw Error(v.loc, "copy_from must be sa.Table('name', sa.MetaData(), sa.Column(...), ...)");
    Arguments ta(v, {"name", "*args", "**kw"}, "sa.Table()");
    std::vector<ValuePtr> items;
    for (const auto& it : ta.rest())
        if (!(it->kind == Value::Kind::Call && canonical_name(it->s) == "sa.MetaData")) items.push_back(it);
    return build_table(expect_str(ta.require("name"), "the table name"), items, ta.extra_keywords(), v.loc);
}

NamingConvention naming_convention(const Value& v) {
    if (v.kind != Value::Kind::Dict)
        throw Error(v.loc,
                    "naming_convention must be a dict such as {'uq': 'uq_%(table_name)s_%(column_0_name)s'}");
    NamingConvention out;
    for (size_t i = 0; i < v.items.size(); ++i) {
        std::string key = expect_str(*v.items[i], "a naming_convention key");
        if (key != "pk" && key != "uq" && key != "ck" && key != "fk" && key != "ix")
            throw Error(v.items[i]->loc,
                        "Revlab reads the naming_convention keys 'pk', 'uq', 'ck', 'fk' and 'ix', not '" +
                            key + "'");
        out.emplace_back(key, expect_str(*v.values[i], "a naming_convention template"));
    }
    return out;
}

} // namespace

ValuePtr ScriptRunner::op_call(const std::string& name, const Value& call) {
    const std::string callable = "op." + name + "()";
    if (name == "create_table") {
        Arguments a(call, {"table_name", "*args", "**kw"}, callable);
        create_table(ex_, build_table(table_arg(a), a.rest(), a.extra_keywords(), call.loc));
        // Returned so that op.bulk_insert() can fill it, as Alembic returns the Table.
        auto t = std::make_shared<Value>(call);
        t->s = "sqlalchemy.table";
        return t;
    }
    if (name == "drop_table") {
        Arguments a(call, {"table_name", "schema", "**kw"}, callable);
        drop_table(ex_, table_arg(a));
    } else if (name == "rename_table") {
        Arguments a(call, {"old_table_name", "new_table_name", "schema"}, callable);
        rename_table(ex_, table_arg(a, "old_table_name"),
                     expect_str(a.require("new_table_name"), "the new table name"));
    } else if (name == "add_column") {
        Arguments a(call, {"table_name", "column", "schema"}, callable);
        add_column_with_constraints(ex_, table_arg(a), build_column(a.require("column")));
    } else if (name == "drop_column") {
        Arguments a(call, {"table_name", "column_name", "schema", "**kw"}, callable);
        drop_column(ex_, table_arg(a), expect_str(a.require("column_name"), "the column name"));
    } else if (name == "alter_column") {
        Arguments a(call,
                    {"table_name", "column_name", "nullable", "comment", "server_default", "new_column_name",
                     "type_", "existing_type", "existing_server_default", "existing_nullable",
                     "existing_comment", "schema", "**kw"},
                    callable);
        alter_column(ex_, alter_from(table_arg(a), a));
    } else if (name == "create_index") {
        Arguments a(call, {"index_name", "table_name", "columns", "schema", "unique", "**kw"}, callable);
        create_index(ex_, index_from(expect_str(a.require("index_name"), "the index name"), table_arg(a),
                                     a.require("columns"), a, callable));
    } else if (name == "drop_index") {
        Arguments a(call, {"index_name", "table_name", "schema", "**kw"}, callable);
        drop_index(ex_, expect_str(a.require("index_name"), "the index name"));
    } else if (name == "create_unique_constraint") {
        unique_from(
            Arguments(call, {"constraint_name", "table_name", "columns", "schema", "**kw"}, callable));
        no_constraint_alter(call.loc);
    } else if (name == "create_foreign_key") {
        foreign_key_from(Arguments(call,
                                   {"constraint_name", "source_table", "referent_table", "local_cols",
                                    "remote_cols", "onupdate", "ondelete", "deferrable", "initially", "match",
                                    "source_schema", "referent_schema", "**kw"},
                                   callable));
        no_constraint_alter(call.loc);
    } else if (name == "create_check_constraint") {
        check_from(
            Arguments(call, {"constraint_name", "table_name", "condition", "schema", "**kw"}, callable));
        no_constraint_alter(call.loc);
    } else if (name == "create_primary_key") {
        primary_key_from(Arguments(call, {"constraint_name", "table_name", "columns", "schema"}, callable));
        no_constraint_alter(call.loc);
    } else if (name == "drop_constraint") {
        constraint_type(Arguments(call, {"constraint_name", "table_name", "type_", "schema"}, callable));
        no_constraint_alter(call.loc);
    } else if (name == "execute") {
        Arguments a(call, {"sqltext", "execution_options"}, callable);
        execute(a.require("sqltext"), "op.execute()'s SQL");
    } else if (name == "bulk_insert") {
        Arguments a(call, {"table", "rows", "multiinsert"}, callable);
        const Value* multi = a.get("multiinsert");
        bulk_insert(a.require("table"), a.require("rows"), !multi || expect_bool(*multi, "multiinsert"));
    } else if (name == "batch_alter_table") {
        return batch_alter_table(call);
    } else if (name == "f") {
        Arguments a(call, {"name"}, callable);
        return make_str(expect_str(a.require("name"), "op.f()'s name"), call.loc);
    } else if (name == "get_bind") {
        return make_object("alembic.bind", -1, call.loc);
    } else if (name == "get_context") {
        return make_object("alembic.context", -1, call.loc);
    } else if (name == "inline_literal") {
        Arguments a(call, {"value", "type_"}, callable);
        a.require("value");
        return nullptr; // stays a value; written out as a literal where it is used
    } else if (name == "create_table_comment" || name == "drop_table_comment") {
        throw Error(call.loc,
                    "SQLite has no table comments: Alembic's SQLite dialect cannot run op." + name + "()");
    } else {
        throw Error(call.loc, "op." + name + "() is not an operation Revlab supports");
    }
    return make_none(call.loc);
}

ValuePtr ScriptRunner::batch_alter_table(const Value& call) {
    Arguments a(call,
                {"table_name", "schema", "recreate", "partial_reordering", "copy_from", "table_args",
                 "table_kwargs", "reflect_args", "reflect_kwargs", "naming_convention"},
                "op.batch_alter_table()");
    BatchOperation::Options options;
    options.recreate = recreate_mode(a.get("recreate"));
    if (const Value* cf = a.get("copy_from"); cf && cf->kind != Value::Kind::None)
        options.copy_from = copy_from_table(*cf);
    if (const Value* targs = a.get("table_args"))
        for (const auto& item : expect_sequence(*targs, "table_args")) {
            TableItem built = build_table_item(*item, table_arg(a));
            if (auto* c = std::get_if<schema::Constraint>(&built))
                options.table_args.emplace_back(*c);
            else if (auto* pk = std::get_if<schema::PrimaryKey>(&built))
                options.table_args.emplace_back(*pk);
            else
                throw Error(item->loc,
                            "table_args takes constraints, such as sa.UniqueConstraint('a', 'b', name='uq')");
        }
    if (const Value* nc = a.get("naming_convention"); nc && nc->kind != Value::Kind::None)
        options.naming_convention = naming_convention(*nc);
    if (const Value* pr = a.get("partial_reordering"); pr && pr->kind != Value::Kind::None)
        for (const auto& group : expect_sequence(*pr, "partial_reordering"))
            options.partial_reordering.push_back(string_list(*group, "a column name in partial_reordering"));
    if (const Value* tk = a.get("table_kwargs"); tk && tk->kind == Value::Kind::Dict)
        for (size_t i = 0; i < tk->items.size(); ++i) {
            const Value& key = *tk->items[i];
            if (key.kind == Value::Kind::Str && key.s == "sqlite_autoincrement")
                options.sqlite_autoincrement = expect_bool(*tk->values[i], "sqlite_autoincrement");
            else
                throw Error(key.loc, "table_kwargs: Revlab knows SQLite's sqlite_autoincrement here, not " +
                                         key.describe() + "; remove it from batch_alter_table()");
        }
    else if (tk && tk->kind != Value::Kind::None)
        throw Error(tk->loc, "table_kwargs takes a dict, such as {\"sqlite_autoincrement\": True}");
    if (const Value* ra = a.get("reflect_args"); ra && ra->kind != Value::Kind::None)
        for (const auto& item : expect_sequence(*ra, "reflect_args")) {
            if (item->kind != Value::Kind::Call || canonical_name(item->s) != "sa.Column")
                throw Error(item->loc, "reflect_args: Revlab takes the Columns that stand for reflected ones, "
                                       "such as sa.Column('flag', sa.Boolean()); not " + item->describe());
            options.reflect_columns.push_back(build_column(*item));
        }
    if (const Value* v = a.get("reflect_kwargs"); v && !(v->kind == Value::Kind::Dict && v->items.empty()) &&
                                                   v->kind != Value::Kind::None)
        throw Error(v->loc, "reflect_kwargs is not supported by Revlab");
    batches_.push_back(std::make_unique<BatchOperation>(table_arg(a), std::move(options)));
    return make_object("alembic.batch_op", static_cast<int>(batches_.size() - 1), call.loc);
}

} // namespace revlab::operations
