// Evaluates the expressions of a revision script into Values, resolving names through the
// script's imports (`import sqlalchemy as sa` makes `sa.Column` the Ref "sqlalchemy.Column").
// Calls become Call values unless a CallHandler claims them: that is how `op.create_table(...)`
// reaches the operations while `sa.Column(...)` stays data.
#pragma once

#include "operations/value.hpp"
#include "py/ast.hpp"

#include <functional>
#include <map>
#include <string>

namespace revlab::operations {

// Names visible to a statement: the function's locals over the module's globals.
class Scope {
public:
    explicit Scope(const Scope* parent = nullptr) : parent_(parent) {}
    void bind(const std::string& name, ValuePtr value) { names_[name] = std::move(value); }
    const ValuePtr* find(const std::string& name) const;

private:
    const Scope* parent_;
    std::map<std::string, ValuePtr> names_;
};

// Gets first refusal on every call: returns a value when it handled the call, nullptr otherwise.
using CallHandler = std::function<ValuePtr(const Value& call)>;

class Evaluator {
public:
    explicit Evaluator(CallHandler handler = {}) : handler_(std::move(handler)) {}

    ValuePtr eval(const py::Expr& e, const Scope& scope) const;

    // Binds a module's imports and simple module-level assignments into `scope`.
    void load_module_globals(const py::Module& module, Scope& scope) const;
    // Binds an assignment target (a name, or a tuple/list of names) to a value.
    void assign(const py::Expr& target, const ValuePtr& value, Scope& scope) const;

private:
    ValuePtr eval_call(const py::Expr& e, const Scope& scope) const;
    ValuePtr eval_binop(const py::Expr& e, const Scope& scope) const;
    CallHandler handler_;
};

// The canonical name of a SQLAlchemy/Alembic object, whatever module path the script used:
// "sqlalchemy.types.Integer" and "sqlalchemy.Integer" are both "sa.Integer";
// "sqlalchemy.dialects.sqlite.JSON" is "sqlite.JSON"; "alembic.op.f" is "op.f".
std::string canonical_name(const std::string& qualified);

} // namespace revlab::operations
