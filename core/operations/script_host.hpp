// Runs revision scripts in Revlab's Python interpreter. One ScriptHost lives for one command, as
// one Python process does for `flask db upgrade`: each revision file is executed as a module once,
// then its upgrade() or downgrade() is called for each step, with `op` (alembic.op) reaching the
// step's Executor and op.get_bind() the same database through SQLAlchemy's emulation (core/sa).
#pragma once

#include "operations/executor.hpp"
#include "project/file_tree.hpp"
#include "py/ast.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace revlab::py {
class Interp;
struct Limits;
struct ModuleTrees;
} // namespace revlab::py

namespace revlab::operations {

class ScriptHost {
public:
    using Sink = std::function<void(std::string_view)>;

    // `files`: the project, where imports of the project's own modules resolve (null: none);
    // `out`: what scripts print(); `err`: warnings and logging.
    // `trees`: compiled built-in modules shared with other commands of the project (may be null).
    ScriptHost(const project::FileTree* files, Sink out, Sink err, std::shared_ptr<py::ModuleTrees> trees = nullptr);
    ~ScriptHost();
    ScriptHost(const ScriptHost&) = delete;
    ScriptHost& operator=(const ScriptHost&) = delete;

    // Runs `function` ("upgrade" or "downgrade") of the revision module `tree` against `ex`.
    // Errors are revlab::Error located in the script (with a short traceback in the message).
    // `kwargs`: keyword arguments of the call (env.py's run_migrations(engine_name=...)).
    void run(Executor& ex, const std::shared_ptr<const py::Module>& tree, const std::string& function,
             const std::vector<std::pair<std::string, std::string>>& kwargs = {});

    // The __name__ of the module's `function` ("upgrade", or "wrapper" under a decorator), which
    // Alembic's log line shows; `function` itself when the module fails to load (run() says why).
    std::string function_name(const std::shared_ptr<const py::Module>& tree, const std::string& function);

    // Runs `f` (which uses interp()) as a script runs: a Python exception, the sandbox stopping it or
    // memory running out becomes one located revlab::Error, as run() reports them.
    void guarded(const std::function<void(py::Interp&)>& f);
    // guarded(f) with the scripts' connection (op.get_bind(), engine.connect()) on `db` while f runs:
    // env.py connects before any step does. Null `db` (--sql): no connection, as before.
    void guarded_on(sqlite::Database* db, const std::function<void(py::Interp&)>& f);

    py::Interp& interp();
    // The scripts' step budget (the interpreter's default otherwise).
    void set_step_budget(std::uint64_t steps);
    // The alembic.ini (a project path) whose [loggers]/[handlers]/[formatters] configure the
    // scripts' logging when the interpreter starts, as Flask-Migrate's env.py does with
    // fileConfig(); a file that is missing or that logging.config refuses leaves Python's defaults.
    void set_logging_config(std::string path);

    struct State; // script_host.cpp: the interpreter, the step's executor, the op module's context

private:
    std::unique_ptr<State> state_;
};

} // namespace revlab::operations
