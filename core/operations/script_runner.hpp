// Runs the body of a revision's upgrade() or downgrade(): each statement is evaluated, and each
// op.* / batch_op.* call becomes an operation on the Executor, in order. This is where Alembic's
// Operations API (alembic/operations/base.py, ops.py, toimpl.py) meets Revlab's schema model.
#pragma once

#include "operations/batch.hpp"
#include "operations/evaluator.hpp"
#include "operations/executor.hpp"
#include "py/ast.hpp"

#include <memory>
#include <vector>

namespace revlab::operations {

class ScriptRunner {
public:
    explicit ScriptRunner(Executor& ex);

    // Runs `function` (a def in `module`) against the executor. Errors carry the location of the
    // statement or argument at fault.
    void run(const py::Module& module, const py::Stmt& function);

private:
    void exec_block(const std::vector<py::StmtPtr>& body, Scope& scope);
    void exec(const py::Stmt& stmt, Scope& scope);
    ValuePtr handle_call(const Value& call);
    ValuePtr op_call(const std::string& name, const Value& call);
    ValuePtr batch_call(BatchOperation& batch, const std::string& name, const Value& call);
    void bulk_insert(const Value& table, const Value& rows);

    Executor& ex_;
    Evaluator evaluator_;
    std::vector<std::unique_ptr<BatchOperation>> batches_;
};

} // namespace revlab::operations
