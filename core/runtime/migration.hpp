// Runs a list of migration steps against the database, as Alembic's MigrationContext.run_migrations
// does, but safely: the whole command is one transaction, and each step is a savepoint inside it.
// A failing step is rolled back completely (schema, data and alembic_version), the steps before it
// stay, and the file database pays one commit per command, not one per step.
#pragma once

#include "operations/script_host.hpp"
#include "output.hpp"
#include "project/file_tree.hpp"
#include "runtime/migration_step.hpp"
#include "runtime/version_table.hpp"
#include "script/revision_map.hpp"
#include "sqlite/database.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace revlab::runtime {

// Computes the steps once the database's current heads are known (Alembic's migration fn).
using StepPlanner = std::function<std::vector<MigrationStep>(const std::vector<std::string>& heads)>;

struct RunOptions {
    bool offline = false;                         // --sql
    std::vector<std::string> starting_heads;      // offline: where the range starts
    bool purge = false;                           // stamp --purge
    bool dont_mutate = false;                     // never create alembic_version (current, show current)
    // The project, where revision scripts import the project's own modules from (null: none).
    const project::FileTree* files = nullptr;
    std::uint64_t script_steps = 0; // the scripts' step budget; 0 for the interpreter's default
    // How many steps one SQL statement may run in the offline run's scratch database, as on the
    // project's own connection (--sql-steps): an endless query stops there too.
    std::uint64_t sql_steps = sqlite::kDefaultStepBudget;
    // Compiled built-in Python modules, kept by the project between commands (may be null).
    std::shared_ptr<py::ModuleTrees> module_trees;
    // env.py's version_table.
    std::string version_table = kVersionTable;
    // The command's interpreter, where env.py ran (null: the run makes its own).
    operations::ScriptHost* scripts = nullptr;
    // The alembic.ini (a project path) whose logging sections the scripts' logging follows, as
    // env.py's fileConfig(config.config_file_name) sets it up; empty: Python's defaults.
    std::string logging_config;
    // run_migrations()'s keywords in env.py, given to every revision function (engine_name=).
    std::vector<std::pair<std::string, std::string>> function_kwargs;
};

// The two lines every command that connects logs first (env.py's context.configure).
void log_context(Output& out, bool offline);

// The revision map, asked for only when needed: Alembic builds its map lazily, inside the
// planner, so a broken graph fails after alembic_version was created (as it is there).
using MapSource = std::function<const script::RevisionMap&()>;

// Runs the planned steps. Online, against `db`; offline (db unused, may be null), the SQL is written to `out` and the
// schema is replayed in a scratch database so that batch operations can reflect it.
// Returns the heads after the run. Throws Error when a step fails (after rolling it back).
std::vector<std::string> run_migrations(sqlite::Database* db, Output& out, const MapSource& map,
                                        const StepPlanner& plan, const RunOptions& options);

// Runs one revision function (upgrade/downgrade) of `rev` on an executor. Used by the run above
// and by offline replay.
void run_revision_function(operations::Executor& ex, const script::Revision& rev, bool upgrade,
                           operations::ScriptHost& scripts,
                           const std::vector<std::pair<std::string, std::string>>& kwargs = {});

// A script host whose print() and logging go to `out`, line by line, as a terminal shows them.
std::unique_ptr<operations::ScriptHost> script_host(Output& out, const RunOptions& options);

} // namespace revlab::runtime
