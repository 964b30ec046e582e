// upgrade, downgrade and stamp: the verbs that move the database (Alembic's command.upgrade,
// command.downgrade, command.stamp over ScriptDirectory._upgrade_revs / _downgrade_revs /
// _stamp_revs).
#include "command/verbs.hpp"

#include "runtime/migration.hpp"
#include "runtime/version_table.hpp"

#include <algorithm>

namespace revlab::command {

namespace {

using runtime::MigrationStep;
using script::RevArg;

std::vector<std::string> resolve_starting(const script::RevisionMap& map, const std::optional<std::string>& start) {
    std::vector<std::string> heads;
    if (!start || *start == "base" || start->empty()) return heads;
    const script::Revision* r = catch_revision_errors({}, [&] { return map.get_revision(*start); });
    if (r) heads.push_back(r->id);
    return heads;
}

std::vector<MigrationStep> upgrade_steps(const script::RevisionMap& map, const std::string& destination,
                                         const std::vector<std::string>& current) {
    RevisionErrorTexts texts;
    texts.ancestor = "Destination %(end)s is not a valid upgrade target from current head(s)";
    texts.end = destination;
    auto revs = catch_revision_errors(texts, [&] {
        return map.iterate_revisions(RevArg{destination}, RevArg{current}, true, false, true, false);
    });
    std::vector<MigrationStep> steps;
    for (auto it = revs.rbegin(); it != revs.rend(); ++it) steps.push_back(MigrationStep::upgrade(**it));
    return steps;
}

std::vector<MigrationStep> downgrade_steps(const script::RevisionMap& map, const std::string& destination,
                                           const std::vector<std::string>& current) {
    RevisionErrorTexts texts;
    texts.ancestor = "Destination %(end)s is not a valid downgrade target from current head(s)";
    texts.end = destination;
    auto revs = catch_revision_errors(texts, [&] {
        return map.iterate_revisions(RevArg{current}, RevArg{destination}, false, false, true, true);
    });
    std::vector<MigrationStep> steps;
    for (const auto* r : revs) steps.push_back(MigrationStep::downgrade(*r));
    return steps;
}

// Alembic's ScriptDirectory._stamp_revs.
std::vector<MigrationStep> stamp_steps(const script::RevisionMap& map, const std::vector<std::string>& revisions,
                                       const std::vector<std::string>& current) {
    RevisionErrorTexts texts;
    texts.multiple_heads = "Multiple heads are present; please specify a single target revision";
    return catch_revision_errors(texts, [&] {
        std::vector<const script::Revision*> heads;
        for (const auto* r : map.get_revisions(RevArg{current}))
            if (r) heads.push_back(r);
        std::vector<std::string> targets = revisions;
        if (targets.empty()) targets.push_back("base");
        std::vector<const script::Revision*> filtered;
        for (const auto& t : targets) {
            if (t.empty()) continue;
            for (const auto* h : map.filter_for_lineage(heads, t, true))
                if (std::find(filtered.begin(), filtered.end(), h) == filtered.end()) filtered.push_back(h);
        }
        std::vector<const script::Revision*> dests = map.get_revisions(RevArg{targets});
        if (dests.empty()) dests.push_back(nullptr);

        std::vector<MigrationStep> steps;
        std::vector<std::string> filtered_ids;
        for (const auto* h : filtered) filtered_ids.push_back(h->id);
        for (const auto* dest : dests) {
            if (!dest) {
                for (const auto* h : filtered) steps.push_back(MigrationStep::stamp({h->id}, {}, false, true));
                continue;
            }
            if (std::find(filtered.begin(), filtered.end(), dest) != filtered.end()) continue;
            auto desc = map.descendants({dest}, script::RevisionMap::Edges::WithDependencies);
            auto anc = map.ancestors({dest}, true);
            auto meets = [&](const std::vector<const script::Revision*>& set) {
                return std::any_of(filtered.begin(), filtered.end(), [&](const script::Revision* h) {
                    return std::find(set.begin(), set.end(), h) != set.end();
                });
            };
            if (meets(desc)) steps.push_back(MigrationStep::stamp(filtered_ids, {dest->id}, false, false));
            else if (meets(anc)) steps.push_back(MigrationStep::stamp(filtered_ids, {dest->id}, true, false));
            else steps.push_back(MigrationStep::stamp({}, {dest->id}, true, true));
        }
        return steps;
    });
}

// What every run of the command's steps shares: the project, the limits, env.py's interpreter and
// options, and run_migrations()'s keywords.
runtime::RunOptions run_options(Invocation& inv, const runtime::EngineRun& engine) {
    runtime::RunOptions options;
    options.files = &inv.ctx.files;
    options.script_steps = inv.ctx.script_steps;
    options.sql_steps = inv.ctx.database.step_budget();
    options.module_trees = inv.ctx.module_trees;
    options.scripts = inv.scripts.get();
    options.version_table = inv.env->options().version_table;
    options.logging_config = inv.ctx.migrations_dir + "/alembic.ini";
    options.function_kwargs = engine.kwargs;
    return options;
}

runtime::MapSource map_source(const ScriptDirectory& scripts) {
    return [&scripts]() -> const script::RevisionMap& { return scripts.map(); };
}

std::pair<std::optional<std::string>, std::string> split_range(const std::string& revision, bool sql) {
    auto colon = revision.find(':');
    if (colon == std::string::npos) return {std::nullopt, revision};
    if (!sql) throw Error("Range revision not allowed");
    std::string rest = revision.substr(colon + 1);
    // Python's str.split(":", 2) then unpacking into two names
    if (rest.find(':') != std::string::npos) throw Error("too many values to unpack (expected 2)");
    return {revision.substr(0, colon), rest};
}

} // namespace

namespace {

// upgrade and downgrade: `revision` may be a range `start:end` (offline only), then the steps run.
using Planner = std::vector<MigrationStep> (*)(const script::RevisionMap&, const std::string&,
                                               const std::vector<std::string>&);
void run_to(Invocation& inv, const std::string& revision, bool sql, Planner planner) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    auto range = split_range(revision, sql);
    const auto start = range.first;
    const std::string destination = range.second;
    inv.load_env(sql, false, [&](const runtime::EngineRun& engine) {
        runtime::RunOptions options = run_options(inv, engine);
        options.offline = sql;
        if (sql) options.starting_heads = resolve_starting(scripts.map(), start);
        runtime::run_migrations(engine.database, inv.out, map_source(scripts),
                                [&](const std::vector<std::string>& heads) {
                                    return planner(scripts.map(), destination, heads);
                                },
                                options);
    });
}

} // namespace

void cmd_upgrade(Invocation& inv) {
    run_to(inv, inv.args.positional.at(0), inv.args.flag("sql"), upgrade_steps);
}

void cmd_downgrade(Invocation& inv) {
    bool sql = inv.args.flag("sql");
    std::string revision = inv.args.positional.at(0);
    if (sql && revision == "-1") revision = "head:-1"; // Flask-Migrate's default for --sql
    if (sql && revision.find(':') == std::string::npos) {
        ScriptDirectory scripts(inv.ctx, &inv.out); // a missing migrations folder is reported first
        throw Error("downgrade with --sql requires <fromrev>:<torev>");
    }
    run_to(inv, revision, sql, downgrade_steps);
}

void cmd_stamp(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    bool sql = inv.args.flag("sql");
    std::optional<std::string> starting;
    std::vector<std::string> destinations;
    for (const auto& r : inv.args.positional) {
        if (sql && r.find(':') != std::string::npos) {
            auto [s, d] = split_range(r, true);
            if (starting && *starting != *s)
                throw Error("Stamp operation with --sql only supports one starting revision at a time");
            starting = s;
            destinations.push_back(d);
        } else {
            destinations.push_back(r);
        }
    }
    const bool purge = inv.args.flag("purge");
    inv.load_env(sql, false, [&](const runtime::EngineRun& engine) {
        // MigrationContext.run_migrations refuses this, after the context lines.
        if (purge && sql) throw Error("Can't use --purge with --sql mode");
        runtime::RunOptions options = run_options(inv, engine);
        options.offline = sql;
        options.purge = purge;
        if (sql) options.starting_heads = resolve_starting(scripts.map(), starting);
        runtime::run_migrations(engine.database, inv.out, map_source(scripts),
                                [&](const std::vector<std::string>& heads) {
                                    return stamp_steps(scripts.map(), destinations, heads);
                                },
                                options);
    });
}

} // namespace revlab::command
