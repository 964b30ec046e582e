#include "operations/script_runner.hpp"

#include "operations/builders.hpp"
#include "operations/impl.hpp"
#include "sqlite/database.hpp"

#include <algorithm>
#include <cstdio>

namespace revlab::operations {

using sqlite::quote_identifier;

namespace {

ValuePtr make_object(const std::string& name, int id, SourceLocation loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Object;
    v->s = name;
    v->object_id = id;
    v->loc = std::move(loc);
    return v;
}

std::vector<std::string> string_list(const Value& v, const std::string& what) {
    std::vector<std::string> out;
    if (v.kind == Value::Kind::Str) return {v.s}; // a single column name is accepted, as by SQLAlchemy
    for (const auto& item : expect_sequence(v, what)) out.push_back(expect_str(*item, what));
    return out;
}

schema::Index index_from(const std::string& name, const std::string& table, const Value& columns, const Arguments& a) {
    schema::Index idx;
    idx.name = name;
    idx.table = table;
    auto items = columns.kind == Value::Kind::Str ? std::vector<ValuePtr>{} : expect_sequence(columns, "the index columns");
    if (columns.kind == Value::Kind::Str) {
        idx.expressions = {columns.s};
        idx.is_expression = {false};
    }
    for (const auto& c : items) {
        if (c->kind == Value::Kind::Str) {
            idx.expressions.push_back(c->s);
            idx.is_expression.push_back(false);
        } else {
            idx.expressions.push_back(sql_text(*c, "an index expression"));
            idx.is_expression.push_back(true);
        }
    }
    if (const Value* u = a.get("unique")) idx.unique = expect_bool(*u, "unique");
    for (const auto& [k, v] : a.extra_keywords()) {
        if (k == "sqlite_where") idx.where = sql_text(*v, "sqlite_where");
        else if (k != "postgresql_where" && k != "postgresql_using" && k != "mysql_length" && k != "info" && k != "quote")
            throw Error(v->loc, "unknown argument '" + k + "' to create_index()");
    }
    return idx;
}

AlterColumn alter_from(const std::string& table, const Arguments& a) {
    AlterColumn alter;
    alter.table = table;
    alter.column = expect_str(a.require("column_name"), "the column name");
    if (const Value* v = a.get("nullable"); v && v->kind != Value::Kind::None) alter.nullable = expect_bool(*v, "nullable");
    if (const Value* v = a.get("server_default")) {
        if (v->kind == Value::Kind::Bool && !v->b) {
            // False: leave the default as it is
        } else if (v->kind == Value::Kind::None) {
            alter.server_default = std::optional<schema::ServerDefault>{};
        } else {
            alter.server_default = std::optional<schema::ServerDefault>{build_server_default(*v)};
        }
    }
    if (const Value* v = a.get("new_column_name"); v && v->kind != Value::Kind::None)
        alter.new_column_name = expect_str(*v, "new_column_name");
    if (const Value* v = a.get("type_"); v && v->kind != Value::Kind::None) alter.type = build_type(*v);
    if (const Value* v = a.get("existing_type"); v && v->kind != Value::Kind::None) alter.existing_type = build_type(*v);
    if (const Value* v = a.get("existing_nullable"); v && v->kind != Value::Kind::None)
        alter.existing_nullable = expect_bool(*v, "existing_nullable");
    if (const Value* v = a.get("comment"); v && !(v->kind == Value::Kind::Bool && !v->b))
        alter.comment = expect_optional_str(*v, "comment");
    if (const Value* v = a.get("autoincrement"); v && v->kind != Value::Kind::None)
        alter.autoincrement = std::optional<bool>{expect_bool(*v, "autoincrement")};
    for (const auto& [k, v] : a.extra_keywords())
        if (k != "existing_autoincrement" && k != "existing_comment" && k != "postgresql_using" && k != "info")
            throw Error(v->loc, "unknown argument '" + k + "' to alter_column()");
    return alter;
}

// A Python value as a SQL literal, for bulk_insert rows.
std::string literal(const Value& v) {
    char buf[64];
    switch (v.kind) {
    case Value::Kind::None: return "NULL";
    case Value::Kind::Bool: return v.b ? "1" : "0";
    case Value::Kind::Int: return std::to_string(v.i);
    case Value::Kind::Float: std::snprintf(buf, sizeof buf, "%.17g", v.f); return buf;
    case Value::Kind::Str: return sqlite::to_sql_literal(sqlite::Value{v.s});
    case Value::Kind::Call: {
        auto n = v.s;
        auto arg = [&](size_t i) { return i < v.items.size() ? expect_int(*v.items[i], "a date part") : 0; };
        if (n == "datetime.date" || n == "datetime.datetime" || n == "datetime") {
            if (n == "datetime.date") std::snprintf(buf, sizeof buf, "'%04lld-%02lld-%02lld'", static_cast<long long>(arg(0)),
                                                    static_cast<long long>(arg(1)), static_cast<long long>(arg(2)));
            else std::snprintf(buf, sizeof buf, "'%04lld-%02lld-%02lld %02lld:%02lld:%02lld.%06lld'",
                               static_cast<long long>(arg(0)), static_cast<long long>(arg(1)), static_cast<long long>(arg(2)),
                               static_cast<long long>(arg(3)), static_cast<long long>(arg(4)), static_cast<long long>(arg(5)),
                               static_cast<long long>(arg(6)));
            return buf;
        }
        if (canonical_name(n) == "op.inline_literal" && !v.items.empty()) return literal(*v.items[0]);
        if (canonical_name(n) == "sa.text" || canonical_name(n) == "sa.literal_column") return sql_text(v, "a value");
        break;
    }
    default: break;
    }
    throw Error(v.loc, "bulk_insert() values must be literals (strings, numbers, None, True/False, dates), not " +
                           v.describe());
}

} // namespace

ScriptRunner::ScriptRunner(Executor& ex)
    : ex_(ex), evaluator_([this](const Value& call) { return handle_call(call); }) {}

void ScriptRunner::run(const py::Module& module, const py::Stmt& function) {
    Scope globals;
    Evaluator(/*no handler: module-level code never runs operations*/).load_module_globals(module, globals);
    Scope locals(&globals);
    exec_block(function.body, locals);
}

void ScriptRunner::exec_block(const std::vector<py::StmtPtr>& body, Scope& scope) {
    for (const auto& stmt : body) {
        if (stmt->kind == py::StmtKind::Return) return;
        try {
            exec(*stmt, scope);
        } catch (const Error& e) {
            // SQLite's errors know no place in the script: give them the statement's.
            if (!e.where()) throw Error(stmt->loc, e.message());
            throw;
        }
    }
}

void ScriptRunner::exec(const py::Stmt& stmt, Scope& scope) {
    switch (stmt.kind) {
    case py::StmtKind::Pass: return;
    case py::StmtKind::Expr:
        if (stmt.value->kind == py::ExprKind::String) return; // a docstring or a bare string
        evaluator_.eval(*stmt.value, scope);
        return;
    case py::StmtKind::Assign: {
        ValuePtr v = evaluator_.eval(*stmt.value, scope);
        for (const auto& t : stmt.targets) evaluator_.assign(*t, v, scope);
        return;
    }
    case py::StmtKind::AnnAssign:
        if (stmt.value) evaluator_.assign(*stmt.targets[0], evaluator_.eval(*stmt.value, scope), scope);
        return;
    case py::StmtKind::With: {
        if (stmt.with_items.size() != 1)
            throw Error(stmt.loc, "Revlab runs one context manager per `with`: nest them instead");
        ValuePtr ctx = evaluator_.eval(*stmt.with_items[0].context, scope);
        if (ctx->kind != Value::Kind::Object || ctx->s != "alembic.batch_op")
            throw Error(stmt.with_items[0].context->loc,
                        "Revlab supports `with op.batch_alter_table(...) as batch_op:` here, not " + ctx->describe());
        Scope inner(&scope);
        if (!stmt.with_items[0].target.empty()) inner.bind(stmt.with_items[0].target, ctx);
        exec_block(stmt.body, inner);
        // The block's own assignments stay visible after it, as in Python.
        batches_[static_cast<size_t>(ctx->object_id)]->flush(ex_);
        return;
    }
    case py::StmtKind::Import:
    case py::StmtKind::ImportFrom: {
        // A local import binds like a module-level one.
        for (const auto& n : stmt.names) {
            auto v = std::make_shared<Value>();
            v->kind = Value::Kind::Ref;
            v->loc = n.loc;
            if (stmt.kind == py::StmtKind::Import) {
                v->s = n.alias.empty() ? n.name.substr(0, n.name.find('.')) : n.name;
                scope.bind(n.alias.empty() ? v->s : n.alias, v);
            } else {
                v->s = stmt.name + "." + n.name;
                scope.bind(n.alias.empty() ? n.name : n.alias, v);
            }
        }
        return;
    }
    default: break;
    }
    throw Error(stmt.loc, "this statement is not supported in a migration function: Revlab runs op.* calls, "
                          "assignments and `with op.batch_alter_table(...)` blocks, without executing Python");
}

ValuePtr ScriptRunner::handle_call(const Value& call) {
    const std::string& name = call.s;
    if (name.rfind("alembic.op.", 0) == 0) return op_call(name.substr(11), call);
    if (name.rfind("alembic.batch_op.", 0) == 0 && call.object_id >= 0)
        return batch_call(*batches_[static_cast<size_t>(call.object_id)], name.substr(17), call);
    if (name == "alembic.bind.execute" || name == "alembic.bind.exec_driver_sql") {
        Arguments a(call, {"statement", "*args", "**kw"}, "connection.execute()");
        if (!a.rest().empty() || !a.extra_keywords().empty())
            throw Error(call.loc, "connection.execute() with bound parameters is not supported; write the values into the SQL");
        execute_sql(ex_, sql_text(a.require("statement"), "the statement"));
        return make_none(call.loc);
    }
    if (name.rfind("alembic.bind.", 0) == 0 || name.rfind("alembic.context.", 0) == 0)
        throw Error(call.loc, "'" + call.short_name() + "' on the connection is not supported by Revlab; use "
                                                         "op.execute(...) for SQL");
    return nullptr;
}

ValuePtr ScriptRunner::op_call(const std::string& name, const Value& call) {
    const std::string callable = "op." + name + "()";
    if (name == "create_table") {
        Arguments a(call, {"table_name", "*args", "**kw"}, callable);
        std::string table = expect_str(a.require("table_name"), "the table name");
        create_table(ex_, build_table(table, a.rest(), a.extra_keywords(), call.loc));
        // Returned so that op.bulk_insert() can fill it, as Alembic returns the Table.
        auto t = std::make_shared<Value>(call);
        t->s = "sqlalchemy.table";
        return t;
    }
    if (name == "drop_table") {
        Arguments a(call, {"table_name", "*", "schema", "if_exists", "**kw"}, callable);
        drop_table(ex_, expect_str(a.require("table_name"), "the table name"));
        return make_none(call.loc);
    }
    if (name == "rename_table") {
        Arguments a(call, {"old_table_name", "new_table_name", "*", "schema"}, callable);
        rename_table(ex_, expect_str(a.require("old_table_name"), "the table name"),
                     expect_str(a.require("new_table_name"), "the new table name"));
        return make_none(call.loc);
    }
    if (name == "add_column") {
        Arguments a(call, {"table_name", "column", "*", "schema", "if_not_exists", "inline_references",
                           "inline_primary_key"},
                    callable);
        std::string table = expect_str(a.require("table_name"), "the table name");
        schema::Column col = build_column(a.require("column"));
        if (col.unique || !col.foreign_keys.empty())
            no_constraint_alter(a.require("column").loc);
        add_column(ex_, table, col);
        if (col.index) {
            schema::Index idx;
            idx.name = "ix_" + table + "_" + col.name;
            idx.table = table;
            idx.expressions = {col.name};
            idx.is_expression = {false};
            create_index(ex_, idx);
        }
        return make_none(call.loc);
    }
    if (name == "drop_column") {
        Arguments a(call, {"table_name", "column_name", "*", "schema", "**kw"}, callable);
        drop_column(ex_, expect_str(a.require("table_name"), "the table name"),
                    expect_str(a.require("column_name"), "the column name"));
        return make_none(call.loc);
    }
    if (name == "alter_column") {
        Arguments a(call, {"table_name", "column_name", "*", "nullable", "comment", "server_default",
                           "new_column_name", "type_", "existing_type", "existing_server_default",
                           "existing_nullable", "schema", "autoincrement", "**kw"},
                    callable);
        alter_column(ex_, alter_from(expect_str(a.require("table_name"), "the table name"), a));
        return make_none(call.loc);
    }
    if (name == "create_index") {
        Arguments a(call, {"index_name", "table_name", "columns", "*", "schema", "unique", "if_not_exists", "**kw"},
                    callable);
        create_index(ex_, index_from(expect_str(a.require("index_name"), "the index name"),
                                     expect_str(a.require("table_name"), "the table name"), a.require("columns"), a));
        return make_none(call.loc);
    }
    if (name == "drop_index") {
        Arguments a(call, {"index_name", "table_name", "*", "schema", "if_exists", "**kw"}, callable);
        drop_index(ex_, expect_str(a.require("index_name"), "the index name"));
        return make_none(call.loc);
    }
    if (name == "execute") {
        Arguments a(call, {"sqltext", "*", "execution_options"}, callable);
        execute_sql(ex_, sql_text(a.require("sqltext"), "op.execute()'s SQL"));
        return make_none(call.loc);
    }
    if (name == "bulk_insert") {
        Arguments a(call, {"table", "rows", "*", "multiinsert"}, callable);
        bulk_insert(a.require("table"), a.require("rows"));
        return make_none(call.loc);
    }
    if (name == "batch_alter_table") {
        Arguments a(call, {"table_name", "schema", "recreate", "partial_reordering", "copy_from", "table_args",
                           "table_kwargs", "reflect_args", "reflect_kwargs", "naming_convention"},
                    callable);
        std::string table = expect_str(a.require("table_name"), "the table name");
        auto recreate = BatchOperation::Recreate::Auto;
        if (const Value* r = a.get("recreate")) {
            std::string mode = expect_str(*r, "recreate");
            if (mode == "always") recreate = BatchOperation::Recreate::Always;
            else if (mode == "never") recreate = BatchOperation::Recreate::Never;
            else if (mode != "auto") throw Error(r->loc, "recreate may be one of 'auto', 'always', or 'never'.");
        }
        std::optional<schema::Table> copy_from;
        if (const Value* cf = a.get("copy_from"); cf && cf->kind != Value::Kind::None) {
            if (cf->kind != Value::Kind::Call || canonical_name(cf->s) != "sa.Table")
                throw Error(cf->loc, "copy_from must be sa.Table('name', sa.MetaData(), sa.Column(...), ...)");
            Arguments ta(*cf, {"name", "*args", "**kw"}, "sa.Table()");
            std::vector<ValuePtr> items;
            for (const auto& it : ta.rest())
                if (!(it->kind == Value::Kind::Call && canonical_name(it->s) == "sa.MetaData")) items.push_back(it);
            copy_from = build_table(expect_str(ta.require("name"), "the table name"), items, ta.extra_keywords(), cf->loc);
        }
        std::vector<std::variant<schema::Constraint, schema::PrimaryKey>> table_args;
        if (const Value* targs = a.get("table_args"))
            for (const auto& item : expect_sequence(*targs, "table_args")) {
                TableItem built = build_table_item(*item, table);
                if (auto* c = std::get_if<schema::Constraint>(&built)) table_args.emplace_back(*c);
                else if (auto* pk = std::get_if<schema::PrimaryKey>(&built)) table_args.emplace_back(*pk);
                else throw Error(item->loc, "table_args takes constraints");
            }
        batches_.push_back(std::make_unique<BatchOperation>(table, recreate, copy_from, table_args));
        return make_object("alembic.batch_op", static_cast<int>(batches_.size() - 1), call.loc);
    }
    if (name == "f") {
        Arguments a(call, {"name"}, callable);
        return make_str(expect_str(a.require("name"), "op.f()'s name"), call.loc);
    }
    if (name == "get_bind") return make_object("alembic.bind", -1, call.loc);
    if (name == "get_context") return make_object("alembic.context", -1, call.loc);
    if (name == "inline_literal") return nullptr; // stays a value; rendered where used
    if (name == "create_unique_constraint" || name == "create_foreign_key" || name == "create_check_constraint" ||
        name == "create_primary_key" || name == "drop_constraint")
        no_constraint_alter(call.loc);
    throw Error(call.loc, "op." + name + "() is not an operation Revlab supports");
}

ValuePtr ScriptRunner::batch_call(BatchOperation& batch, const std::string& name, const Value& call) {
    const std::string callable = "batch_op." + name + "()";
    const std::string& table = batch.table();
    if (name == "add_column") {
        Arguments a(call, {"column", "insert_before", "insert_after"}, callable);
        BatchOperation::AddColumn op{build_column(a.require("column")), {}, {}};
        if (const Value* v = a.get("insert_before")) op.insert_before = expect_optional_str(*v, "insert_before");
        if (const Value* v = a.get("insert_after")) op.insert_after = expect_optional_str(*v, "insert_after");
        batch.add(op);
    } else if (name == "drop_column") {
        Arguments a(call, {"column_name", "**kw"}, callable);
        batch.add(BatchOperation::DropColumn{expect_str(a.require("column_name"), "the column name"), call.loc});
    } else if (name == "alter_column") {
        Arguments a(call, {"column_name", "nullable", "comment", "server_default", "new_column_name", "type_",
                           "existing_type", "existing_server_default", "existing_nullable", "insert_before",
                           "insert_after", "autoincrement", "**kw"},
                    callable);
        batch.add(alter_from(table, a));
    } else if (name == "create_index") {
        Arguments a(call, {"index_name", "columns", "*", "unique", "**kw"}, callable);
        batch.add(BatchOperation::CreateIndex{
            index_from(expect_str(a.require("index_name"), "the index name"), table, a.require("columns"), a)});
    } else if (name == "drop_index") {
        Arguments a(call, {"index_name", "**kw"}, callable);
        batch.add(BatchOperation::DropIndex{expect_str(a.require("index_name"), "the index name"), call.loc});
    } else if (name == "create_unique_constraint") {
        Arguments a(call, {"constraint_name", "columns", "**kw"}, callable);
        schema::Constraint c{schema::Constraint::Kind::Unique, {}, {}, {}};
        c.unique.name = expect_optional_str(a.require("constraint_name"), "the constraint name");
        c.unique.columns = string_list(a.require("columns"), "a column name");
        batch.add(BatchOperation::AddConstraint{c});
    } else if (name == "create_foreign_key") {
        Arguments a(call, {"constraint_name", "referent_table", "local_cols", "remote_cols", "referent_schema",
                           "onupdate", "ondelete", "deferrable", "initially", "match", "**kw"},
                    callable);
        schema::Constraint c{schema::Constraint::Kind::ForeignKey, {}, {}, {}};
        auto& fk = c.foreign_key;
        fk.name = expect_optional_str(a.require("constraint_name"), "the constraint name");
        fk.referred_table = expect_str(a.require("referent_table"), "the referred table");
        fk.columns = string_list(a.require("local_cols"), "a column name");
        fk.referred_columns = string_list(a.require("remote_cols"), "a column name");
        auto opt = [&](const char* n) { const Value* v = a.get(n); return v ? expect_optional_str(*v, n) : std::nullopt; };
        fk.ondelete = opt("ondelete");
        fk.onupdate = opt("onupdate");
        fk.deferrable_initially = opt("initially");
        fk.match = opt("match");
        if (const Value* d = a.get("deferrable"); d && d->kind != Value::Kind::None) fk.deferrable = expect_bool(*d, "deferrable");
        batch.add(BatchOperation::AddConstraint{c});
    } else if (name == "create_check_constraint") {
        Arguments a(call, {"constraint_name", "condition", "**kw"}, callable);
        schema::Constraint c{schema::Constraint::Kind::Check, {}, {}, {}};
        c.check.name = expect_optional_str(a.require("constraint_name"), "the constraint name");
        c.check.sqltext = sql_text(a.require("condition"), "the CHECK condition");
        batch.add(BatchOperation::AddConstraint{c});
    } else if (name == "create_primary_key") {
        Arguments a(call, {"constraint_name", "columns"}, callable);
        schema::PrimaryKey pk{expect_optional_str(a.require("constraint_name"), "the constraint name"),
                              string_list(a.require("columns"), "a column name")};
        batch.add(BatchOperation::AddConstraint{pk});
    } else if (name == "drop_constraint") {
        Arguments a(call, {"constraint_name", "type_"}, callable);
        BatchOperation::DropConstraint op{expect_str(a.require("constraint_name"), "the constraint name"), {}, call.loc};
        if (const Value* t = a.get("type_")) op.type = expect_optional_str(*t, "type_");
        batch.add(op);
    } else if (name == "f") {
        Arguments a(call, {"name"}, callable);
        return make_str(expect_str(a.require("name"), "f()'s name"), call.loc);
    } else if (name == "execute") {
        Arguments a(call, {"sqltext", "*", "execution_options"}, callable);
        execute_sql(ex_, sql_text(a.require("sqltext"), "execute()'s SQL"));
    } else if (name == "get_bind") {
        return make_object("alembic.bind", -1, call.loc);
    } else {
        throw Error(call.loc, "batch_op." + name + "() is not an operation Revlab supports");
    }
    return make_none(call.loc);
}

void ScriptRunner::bulk_insert(const Value& table, const Value& rows) {
    // sa.table('accounts', sa.column('id', sa.Integer), ...) or the value op.create_table returned
    if (table.kind != Value::Kind::Call || (canonical_name(table.s) != "sa.table" && canonical_name(table.s) != "sa.Table"))
        throw Error(table.loc, "bulk_insert() needs a table: sa.table('name', sa.column('col', sa.Type), ...)");
    if (table.items.empty()) throw Error(table.loc, "sa.table() needs the table's name");
    std::string name = expect_str(*table.items[0], "the table name");
    std::vector<std::string> columns;
    for (size_t i = 1; i < table.items.size(); ++i) {
        const Value& c = *table.items[i];
        if (c.kind == Value::Kind::Call && !c.items.empty() && c.items[0]->kind == Value::Kind::Str &&
            (canonical_name(c.s) == "sa.column" || canonical_name(c.s) == "sa.Column"))
            columns.push_back(c.items[0]->s);
    }
    for (const auto& row : expect_sequence(rows, "the rows")) {
        if (row->kind != Value::Kind::Dict) throw Error(row->loc, "each bulk_insert() row must be a dict");
        // Columns in the table's order, as SQLAlchemy renders INSERT ... VALUES.
        std::string cols, vals;
        for (const auto& col : columns) {
            for (size_t k = 0; k < row->items.size(); ++k) {
                if (expect_str(*row->items[k], "a column name") != col) continue;
                cols += (cols.empty() ? "" : ", ") + quote_identifier(col);
                vals += (vals.empty() ? "" : ", ") + literal(*row->values[k]);
            }
        }
        for (size_t k = 0; k < row->items.size(); ++k) {
            std::string key = expect_str(*row->items[k], "a column name");
            if (std::find(columns.begin(), columns.end(), key) == columns.end())
                throw Error(row->items[k]->loc, "Unconsumed column names: " + key);
        }
        ex_.execute("INSERT INTO " + quote_identifier(name) + " (" + cols + ") VALUES (" + vals + ")");
    }
}

} // namespace revlab::operations
