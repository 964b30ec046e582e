// env.py, run as Alembic's ScriptDirectory.run_env runs it for every command that connects: the
// project's own env.py in the script host's interpreter, with `alembic.context` (its Config,
// configure(), run_migrations()) and Flask's `current_app` (operations/lib/flask) as Flask-Migrate
// gives them. What env.py passed to context.configure() becomes the command's options.
//
// Revlab then runs the steps itself, after env.py has returned (one transaction, a savepoint per
// step: migration.hpp), so code in env.py after run_migrations() runs before the steps do.
// An env.py that fails, or that configures what Revlab does not apply, gets one warning naming
// its line, and the command goes on as under Flask-Migrate's own env.py.
#pragma once

#include "operations/script_host.hpp"
#include "output.hpp"
#include "project/file_tree.hpp"

#include <optional>
#include <string>
#include <vector>

namespace revlab::runtime {

// What Flask-Migrate tells env.py about the command.
struct EnvironmentSettings {
    std::string migrations_dir = "migrations"; // -d/--directory: script_location
    bool offline = false;                      // --sql: context.is_offline_mode()
    bool autogenerate = false;                 // `flask db migrate`: config.cmd_opts.autogenerate
    std::string url;                           // SQLALCHEMY_DATABASE_URI
    // -x: context.get_x_argument(); nullopt for verbs without -x (config.cmd_opts.x is None)
    std::optional<std::vector<std::string>> x_args;
    sqlite::Database* database = nullptr;      // what env.py connects to (null offline)
};

// The options env.py gave context.configure(), as far as Revlab applies them. The defaults are
// what Flask-Migrate's own env.py passes (Migrate's configure_args).
struct EnvironmentOptions {
    bool render_as_batch = true;
    bool compare_type = true;
    // Not given: Revlab compares server defaults (its deliberate difference); given: as given.
    std::optional<bool> compare_server_default;
    bool has_target_metadata = true;
    // A process_revision_directives hook was given (revise() calls it).
    bool directives_hook = false;
    // include_name / include_object hooks were given (include() calls them).
    bool include_name = false, include_object = false;
    std::string version_table = "alembic_version";
};

class Environment {
public:
    Environment(Output& out, operations::ScriptHost& scripts) : out_(out), scripts_(scripts) {}

    // Runs <migrations>/env.py when the project has one (else only logs what configure() logs).
    void run(const project::FileTree& files, const EnvironmentSettings& settings);
    const EnvironmentOptions& options() const { return options_; }
    // env.py ran and configured the context (false: the command goes on as under Flask-Migrate's
    // own env.py, whose process_revision_directives drops a revision without changes).
    bool from_env_py() const { return from_env_; }

    // A new revision that autogenerate made, as process_revision_directives sees and may change it.
    struct Revision {
        std::string rev_id;
        std::optional<std::string> message;
        std::string head = "head";
        bool splice = false;
        std::optional<std::string> branch_label;
        std::vector<std::string> upgrades, downgrades; // the operations, one description each
    };
    // Calls env.py's process_revision_directives(context, heads, directives) when it gave one:
    // nullopt when the hook dropped the revision (directives[:] = []), else the revision with the
    // hook's rev_id and message. Without a hook, the revision as it is.
    std::optional<Revision> revise(Revision revision, const std::vector<std::string>& heads);

    // Asks env.py's include_name (`object_hook` false) or include_object hook about one schema, table
    // or column of autogenerate's comparison; true when env.py gave no such hook.
    bool include(bool object_hook, const std::string& type, const std::string& name, const std::string& table,
                 bool reflected, bool has_compare_to);

private:
    // False when env.py never configured the context (the defaults stay).
    bool read_options(const std::string& env_path);
    void default_logging();
    void warn(const std::string& where, const std::string& message);

    Output& out_;
    operations::ScriptHost& scripts_;
    EnvironmentSettings settings_;
    const project::FileTree* files_ = nullptr;
    EnvironmentOptions options_;
    bool logged_context_ = false;
    bool from_env_ = false;
};

} // namespace revlab::runtime
