// env.py, run as Alembic's ScriptDirectory.run_env runs it for every command that connects: the
// project's own env.py in the script host's interpreter, with `alembic.context` (its Config,
// configure(), run_migrations()) and Flask's `current_app` (operations/lib/flask) as Flask-Migrate
// gives them. What env.py passed to context.configure() becomes the command's options.
//
// The command's work (the steps, `current`'s report, autogenerate's comparison) runs inside env.py's
// context.run_migrations(**kw), once per call, against the database that configure() connected
// to, and the keywords reach every upgrade()/downgrade(): Flask-Migrate's --multidb env.py calls
// it once per bind with engine_name=. Revlab's own transaction and savepoints (migration.hpp) stay.
// An env.py that fails before run_migrations(), never calls it, or configures what Revlab does not
// apply, gets one warning naming its line, and the command goes on as under Flask-Migrate's own
// env.py; a step that fails inside it fails the command, whatever env.py does with the exception.
#pragma once

#include "error.hpp"
#include "operations/script_host.hpp"
#include "output.hpp"
#include "project/file_tree.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace revlab::py {
struct CallArgs;
} // namespace revlab::py

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
    // SQLALCHEMY_BINDS: bind key and URL, in the order the app declares them (--multidb).
    std::vector<std::pair<std::string, std::string>> binds;
    // The database of a bind's URL, opened on first use (null: no such bind).
    std::function<sqlite::Database*(const std::string& url)> open_bind;
};

// One context.run_migrations(**kw) of env.py: where the command's work runs, and what it passes on.
struct EngineRun {
    sqlite::Database* database = nullptr; // the configured connection's (null offline)
    std::string url;                      // its URL; the command's own database when env.py named none
    // The keywords of run_migrations(), passed to every revision function (all str in Revlab).
    std::vector<std::pair<std::string, std::string>> kwargs;
    // configure(upgrade_token=, downgrade_token=): where autogenerate's operations go in the template.
    std::string upgrade_token = "upgrades", downgrade_token = "downgrades";
    // kwargs' engine_name ("" for the default database), when given.
    std::optional<std::string> engine_name() const;
};
using EngineRunner = std::function<void(const EngineRun&)>;

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
    std::string upgrade_token = "upgrades", downgrade_token = "downgrades";
};

class Environment {
public:
    Environment(Output& out, operations::ScriptHost& scripts) : out_(out), scripts_(scripts) {}

    // Runs <migrations>/env.py when the project has one (else only logs what configure() logs), and
    // `runner` once for each of its run_migrations() calls; once after it, on the command's database,
    // when it made none (no env.py, env.py failed before it, or never called it).
    void run(const project::FileTree& files, const EnvironmentSettings& settings, const EngineRunner& runner);
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
        // The operations of each database (one entry; one per bind in --multidb), one description each.
        struct Ops {
            std::string upgrade_token = "upgrades", downgrade_token = "downgrades";
            std::vector<std::string> upgrades, downgrades;
        };
        std::vector<Ops> ops;
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
    // env.py's run_migrations(**kw): the runner on the database configure() connected to.
    void run_engine(py::Interp& I, py::CallArgs& args);
    void default_logging();
    void warn(const std::string& where, const std::string& message);

    Output& out_;
    operations::ScriptHost& scripts_;
    EnvironmentSettings settings_;
    const project::FileTree* files_ = nullptr;
    EnvironmentOptions options_;
    const EngineRunner* runner_ = nullptr;
    bool logged_context_ = false;
    bool from_env_ = false;
    bool ran_ = false;                 // the runner ran (from env.py or after it)
    std::optional<Error> run_failure_; // how it failed inside env.py
    std::set<std::string> warned_;     // warnings already given (configure() runs once per engine)
};

} // namespace revlab::runtime
