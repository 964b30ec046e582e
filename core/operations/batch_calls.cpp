// batch_op.* calls, with the signatures of Alembic 1.8.1's BatchOperations: each is recorded on
// its BatchOperation, which runs them all when the `with` block ends.
#include "operations/builders.hpp"
#include "operations/call_args.hpp"
#include "operations/script_runner.hpp"

namespace revlab::operations {

ValuePtr ScriptRunner::batch_call(BatchOperation& batch, const std::string& name, const Value& call) {
    const std::string callable = "batch_op." + name + "()";
    const std::string& table = batch.table();
    if (name == "add_column") {
        Arguments a(call, {"column", "insert_before", "insert_after"}, callable);
        BatchOperation::AddColumn op{build_column(a.require("column")), {}, {}};
        if (const Value* v = a.get("insert_before"))
            op.insert_before = expect_optional_str(*v, "insert_before");
        if (const Value* v = a.get("insert_after")) op.insert_after = expect_optional_str(*v, "insert_after");
        batch.add(op, call.loc);
    } else if (name == "drop_column") {
        Arguments a(call, {"column_name", "**kw"}, callable);
        BatchOperation::DropColumn op{expect_str(a.require("column_name"), "the column name"), {}};
        for (const auto& [k, v] : a.extra_keywords())
            if (k == "existing_type" && v->kind != Value::Kind::None) op.existing_type = build_type(*v);
        batch.add(op, call.loc);
    } else if (name == "alter_column") {
        // insert_before/insert_after are accepted and, as in Alembic 1.8.1, not passed on.
        Arguments a(call,
                    {"column_name", "nullable", "comment", "server_default", "new_column_name", "type_",
                     "existing_type", "existing_server_default", "existing_nullable", "existing_comment",
                     "insert_before", "insert_after", "**kw"},
                    callable);
        batch.add(alter_from(table, a), call.loc);
    } else if (name == "create_index") {
        Arguments a(call, {"index_name", "columns", "**kw"}, callable);
        batch.add(
            BatchOperation::CreateIndex{index_from(expect_str(a.require("index_name"), "the index name"),
                                                   table, a.require("columns"), a, callable)},
            call.loc);
    } else if (name == "drop_index") {
        Arguments a(call, {"index_name", "**kw"}, callable);
        batch.add(BatchOperation::DropIndex{expect_str(a.require("index_name"), "the index name")}, call.loc);
    } else if (name == "create_unique_constraint") {
        batch.add(BatchOperation::AddConstraint{unique_from(
                      Arguments(call, {"constraint_name", "columns", "**kw"}, callable))},
                  call.loc);
    } else if (name == "create_foreign_key") {
        Arguments a(call,
                    {"constraint_name", "referent_table", "local_cols", "remote_cols", "referent_schema",
                     "onupdate", "ondelete", "deferrable", "initially", "match", "**kw"},
                    callable);
        batch.add(BatchOperation::AddConstraint{foreign_key_from(a)}, call.loc);
    } else if (name == "create_check_constraint") {
        batch.add(BatchOperation::AddConstraint{check_from(
                      Arguments(call, {"constraint_name", "condition", "**kw"}, callable))},
                  call.loc);
    } else if (name == "create_primary_key") {
        batch.add(BatchOperation::AddConstraint{primary_key_from(
                      Arguments(call, {"constraint_name", "columns"}, callable))},
                  call.loc);
    } else if (name == "drop_constraint") {
        Arguments a(call, {"constraint_name", "type_"}, callable);
        constraint_type(a);
        batch.add(
            BatchOperation::DropConstraint{expect_str(a.require("constraint_name"), "the constraint name")},
            call.loc);
    } else if (name == "f") {
        Arguments a(call, {"name"}, callable);
        return make_str(expect_str(a.require("name"), "f()'s name"), call.loc);
    } else if (name == "execute") {
        Arguments a(call, {"sqltext", "execution_options"}, callable);
        execute(a.require("sqltext"), "execute()'s SQL");
    } else if (name == "bulk_insert") {
        Arguments a(call, {"table", "rows", "multiinsert"}, callable);
        const Value* multi = a.get("multiinsert");
        bulk_insert(a.require("table"), a.require("rows"), !multi || expect_bool(*multi, "multiinsert"));
    } else if (name == "get_bind") {
        return make_object("alembic.bind", -1, call.loc);
    } else if (name == "create_table" || name == "drop_table") {
        throw Error(call.loc, std::string("Can't ") + (name == "create_table" ? "create" : "drop") +
                                  " table in batch mode");
    } else {
        throw Error(call.loc, "batch_op." + name + "() is not an operation Revlab supports");
    }
    return make_none(call.loc);
}

} // namespace revlab::operations
