#include "operations/script_runner.hpp"

namespace revlab::operations {

ValuePtr make_object(const std::string& name, int id, SourceLocation loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Object;
    v->s = name;
    v->object_id = id;
    v->loc = std::move(loc);
    return v;
}

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
            if (!e.where()) throw e.located(stmt->loc);
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
        if (stmt.with_items[0].target) inner.bind(stmt.with_items[0].target->text, ctx);
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

ValuePtr ScriptRunner::dispatch(const Value& call) {
    ValuePtr r = handle_call(call);
    if (!r) throw Error(call.loc, "'" + call.short_name() + "' is not an operation Revlab supports");
    return r;
}

void ScriptRunner::flush_batch(int id) {
    if (id < 0 || static_cast<size_t>(id) >= batches_.size()) throw Error("no such batch operation");
    batches_[static_cast<size_t>(id)]->flush(ex_);
}

ValuePtr ScriptRunner::handle_call(const Value& call) {
    const std::string& name = call.s;
    if (name.rfind("alembic.op.", 0) == 0) return op_call(name.substr(11), call);
    if (name.rfind("alembic.batch_op.", 0) == 0 && call.object_id >= 0)
        return batch_call(*batches_[static_cast<size_t>(call.object_id)], name.substr(17), call);
    if (name.rfind("alembic.bind.", 0) == 0) return bind_call(name.substr(13), call);
    if (name.rfind("alembic.context.", 0) == 0)
        throw Error(call.loc, "'" + call.short_name() + "' on the migration context is not supported by Revlab; use "
                                                         "op.execute(...) for SQL");
    return nullptr;
}

} // namespace revlab::operations
