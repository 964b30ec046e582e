// migrate and check: the verbs that compare app/models.py with the database (Flask-Migrate's
// `migrate`, which is Alembic's `revision --autogenerate`, and Alembic 1.9's `check`).
//
// The order of events follows Flask-Migrate: the models are read first (Flask imports the app
// before any command runs), then the migrations folder, then env.py runs (the context lines),
// the database must be at every head, the comparison logs what it detects, and only then is the
// revision file written, which is where --head, --splice and --rev-id are checked.
#include "command/generate_revision.hpp"
#include "command/verbs.hpp"

#include "autogenerate/compare.hpp"
#include "autogenerate/diffs.hpp"
#include "autogenerate/render.hpp"
#include "autogenerate/safety.hpp"
#include "models/models.hpp"
#include "py/lexer.hpp"
#include "runtime/version_table.hpp"
#include "schema/reflect.hpp"
#include "sqlite/database.hpp"

#include <algorithm>
#include <set>

namespace revlab::command {

namespace {

using script::RevArg;

models::MetaData read_models(Invocation& inv) {
    const std::string& path = inv.ctx.models_path;
    if (!inv.ctx.files.exists(path))
        throw Error("No such file: '" + inv.ctx.files.display_path(path) +
                    "'; autogenerate compares the models in it with the database");
    return models::load_models(inv.ctx.files.read(path, py::kMaxSourceBytes), path);
}

// RevisionContext._run_environment: autogenerate only from a database at every head.
void require_up_to_date(const ScriptDirectory& scripts, const std::vector<std::string>& current) {
    const auto& map = scripts.map();
    auto as_set = [](const std::vector<const script::Revision*>& revs) {
        return std::set<const script::Revision*>(revs.begin(), revs.end());
    };
    auto at = catch_revision_errors({}, [&] { return as_set(map.get_revisions(RevArg{current})); });
    auto heads =
        catch_revision_errors({}, [&] { return as_set(map.get_revisions(RevArg{std::string("heads")})); });
    if (at != heads) throw Error("Target database is not up to date.");
}

std::vector<schema::Table> reflect_database(sqlite::Database& db, const std::string& version_table) {
    std::vector<std::string> names;
    for (const auto& name : schema::table_names(db))
        if (name != version_table) names.push_back(name);
    return schema::reflect_tables(db, names);
}

// One database's comparison: in each of env.py's run_migrations() (once per bind in --multidb).
struct Compared {
    runtime::EngineRun engine;
    std::vector<schema::Table> models, database;
    autogenerate::Comparison comparison;
};

// Everything migrate and check share, up to the "Detected ..." lines: env.py runs, and each of its
// run_migrations() compares its database with the models of its bind (engine_name=; the default
// database's models without one).
std::vector<Compared> compare_with_databases(Invocation& inv, const ScriptDirectory& scripts,
                                             const models::MetaData& meta, const autogenerate::CompareOptions& given,
                                             bool autogenerate) {
    std::vector<Compared> out;
    inv.load_env(false, autogenerate, [&](const runtime::EngineRun& engine) {
        const runtime::EnvironmentOptions& env = inv.env->options();
        if (autogenerate && !env.has_target_metadata)
            throw Error("Can't proceed with --autogenerate option; environment script " +
                        inv.ctx.files.display_path(project::join_path(inv.ctx.migrations_dir, "env.py")) +
                        " does not provide a MetaData object or sequence of objects to the context.");
        autogenerate::CompareOptions options = given;
        options.compare_type = env.compare_type;
        runtime::Environment& environment = *inv.env;
        if (env.include_name)
            options.include_name = [&environment](const autogenerate::SchemaObject& o) {
                return environment.include(false, o.type, o.name, o.table, o.reflected, o.has_compare_to);
            };
        if (env.include_object)
            options.include_object = [&environment](const autogenerate::SchemaObject& o) {
                return environment.include(true, o.type, o.name, o.table, o.reflected, o.has_compare_to);
            };
        if (env.compare_server_default) options.compare_server_defaults = *env.compare_server_default;
        if (engine.database == nullptr) throw Error("no database to compare the models with");
        sqlite::Database& db = *engine.database;
        // MigrationContext.run_migrations runs before autogenerate looks: a database with no version
        // table gets one, and keeps it even when the database then turns out not to be up to date
        // (real Flask-Migrate leaves an app.db holding an empty alembic_version).
        const std::string& version_table = env.version_table;
        if (!runtime::has_version_table(db, version_table)) {
            operations::Executor ex(db);
            sqlite::Transaction tx(db);
            runtime::create_version_table(ex, version_table);
            tx.commit();
        }
        require_up_to_date(scripts, runtime::read_heads(db, version_table));
        options.version_table = version_table;
        Compared c{engine, meta.tables_of(engine.engine_name().value_or("")),
                   reflect_database(db, version_table), {}};
        c.comparison = autogenerate::compare_metadata(c.models, c.database, options);
        for (const auto& line : c.comparison.log)
            inv.out.info(line.logger, line.message);
        out.push_back(std::move(c));
    });
    return out;
}

// The new revision, with the bodies autogenerate rendered for each database, by token.
std::string write_revision(Invocation& inv, const ScriptDirectory& scripts, const std::vector<Compared>& runs,
                           const runtime::Environment::Revision& revision) {
    if (auto vp = inv.args.value("version_path"); vp && project::normalize_path(*vp) != scripts.versions_dir())
        throw Error("Path " + *vp + " is not represented in current version locations");
    RevisionRequest req;
    req.id = revision.rev_id;
    req.message = revision.message;
    req.heads = {revision.head};
    req.splice = revision.splice;
    req.branch_label = revision.branch_label;
    // Alembic's template gets the import lines of every database's operations, sorted.
    std::set<std::string> imports;
    for (const Compared& run : runs) {
        const autogenerate::OpList& upgrade = run.comparison.upgrade;
        auto rendered = autogenerate::render_migration(upgrade, autogenerate::reverse(upgrade),
                                                       inv.env->options().render_as_batch);
        req.bodies.emplace_back(run.engine.upgrade_token, rendered.upgrades);
        req.bodies.emplace_back(run.engine.downgrade_token, rendered.downgrades);
        for (std::size_t start = 0; start < rendered.imports.size();) {
            std::size_t nl = rendered.imports.find('\n', start);
            if (nl == std::string::npos) nl = rendered.imports.size();
            if (nl > start) imports.insert(rendered.imports.substr(start, nl - start));
            start = nl + 1;
        }
    }
    std::string lines;
    for (const auto& line : imports) lines += (lines.empty() ? "" : "\n") + line;
    req.imports = lines;
    return generate_revision(inv, scripts, req);
}

} // namespace

void cmd_migrate(Invocation& inv) {
    models::MetaData meta = read_models(inv);
    ScriptDirectory scripts(inv.ctx, &inv.out);
    if (inv.args.flag("sql")) throw Error("Using --sql with --autogenerate does not make any sense");
    autogenerate::CompareOptions options;
    options.detect_renames = !inv.args.flag("no_rename_detection");
    std::vector<Compared> runs = compare_with_databases(inv, scripts, meta, options, true);
    const bool no_changes =
        std::all_of(runs.begin(), runs.end(), [](const Compared& c) { return c.comparison.upgrade.empty(); });
    if (!inv.env->from_env_py() && no_changes) {
        // Flask-Migrate's own env.py (process_revision_directives): no file for no changes.
        inv.out.info("alembic.env", "No changes in schema detected.");
        return;
    }
    runtime::Environment::Revision revision;
    revision.rev_id = new_revision_id(inv);
    revision.message = inv.args.value("message");
    revision.head = inv.args.value("head").value_or("head");
    revision.splice = inv.args.flag("splice");
    revision.branch_label = inv.args.value("branch_label");
    for (const Compared& run : runs) {
        runtime::Environment::Revision::Ops ops;
        ops.upgrade_token = run.engine.upgrade_token;
        ops.downgrade_token = run.engine.downgrade_token;
        for (std::size_t i = 0; i < run.comparison.upgrade.ops.size(); ++i) {
            ops.upgrades.push_back("operation " + std::to_string(i + 1));
            ops.downgrades.push_back("operation " + std::to_string(i + 1));
        }
        revision.ops.push_back(std::move(ops));
    }
    std::optional<runtime::Environment::Revision> kept =
        inv.env->revise(std::move(revision),
                        runtime::read_heads(inv.ctx.database.open(), inv.env->options().version_table));
    if (!kept) return; // env.py's process_revision_directives dropped it (and said why)
    write_revision(inv, scripts, runs, *kept);
    for (const Compared& run : runs)
        for (const auto& warning : autogenerate::data_loss_warnings(run.comparison.upgrade))
            inv.out.log("WARNING", autogenerate::kSafetyLogger, warning);
}

void cmd_check(Invocation& inv) {
    models::MetaData meta = read_models(inv);
    ScriptDirectory scripts(inv.ctx, &inv.out);
    // Alembic's diffs know no renames: check reports drift as Alembic sees it.
    autogenerate::CompareOptions options;
    options.detect_renames = false;
    std::vector<Compared> runs = compare_with_databases(inv, scripts, meta, options, false);
    // The diffs of every database, one list (Alembic's check over upgrade_ops_list).
    std::string diffs;
    for (const Compared& c : runs) {
        if (c.comparison.upgrade.empty()) continue;
        std::string one = autogenerate::diffs_repr(c.comparison.upgrade, c.models, c.database);
        if (diffs.empty()) diffs = one;
        else diffs = diffs.substr(0, diffs.size() - 1) + ", " + one.substr(1);
    }
    if (diffs.empty()) {
        inv.out.out("No new upgrade operations detected.");
        return;
    }
    throw Error("New upgrade operations detected: " + diffs);
}

} // namespace revlab::command
