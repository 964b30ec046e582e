// Runs the body of a revision's upgrade() or downgrade(): each statement is evaluated, and each
// op.* / batch_op.* call becomes an operation on the Executor, in order. This is where Alembic's
// Operations API (alembic/operations/base.py, ops.py, toimpl.py) meets Revlab's schema model.
// The calls are read in op_calls.cpp (op.*), batch_calls.cpp (batch_op.*) and data_calls.cpp
// (bulk_insert, execute, the bind connection).
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

    // One op.* or batch_op.* call, as a record (the script host's entry): the operation's
    // result, or null when it has none.
    ValuePtr dispatch(const Value& call);
    // Runs a batch's recorded operations (the end of its `with` block).
    void flush_batch(int id);

private:
    void exec_block(const std::vector<py::StmtPtr>& body, Scope& scope);
    void exec(const py::Stmt& stmt, Scope& scope);
    ValuePtr handle_call(const Value& call);
    ValuePtr op_call(const std::string& name, const Value& call);
    ValuePtr batch_alter_table(const Value& call);
    ValuePtr batch_call(BatchOperation& batch, const std::string& name, const Value& call);
    ValuePtr bind_call(const std::string& name, const Value& call);
    void execute(const Value& statement, const std::string& what);
    void bulk_insert(const Value& table, const Value& rows, bool multiinsert);

    Executor& ex_;
    Evaluator evaluator_;
    std::vector<std::unique_ptr<BatchOperation>> batches_;
};

// A runtime object handed to the script (a batch_op, the bind connection), as a Value.
ValuePtr make_object(const std::string& name, int id, SourceLocation loc);

} // namespace revlab::operations
