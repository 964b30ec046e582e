// current, history, heads, branches and show: the verbs that read the revision graph (and, for
// current and history -i, the database) and print it as Alembic does.
#include "command/revision_format.hpp"
#include "command/verbs.hpp"

#include "runtime/migration.hpp"
#include "runtime/version_table.hpp"

#include <algorithm>

namespace revlab::command {

using script::RevArg;

namespace {

// The current heads as the other readers (show current, history -i / -r current:) get them: in
// env.py's run_migrations, which creates alembic_version on an unversioned database first.
std::vector<std::string> env_heads(Invocation& inv, const ScriptDirectory& scripts, const runtime::EngineRun& engine) {
    std::vector<std::string> heads;
    runtime::RunOptions options;
    options.version_table = inv.env->options().version_table;
    runtime::run_migrations(
        engine.database, inv.out, [&scripts]() -> const script::RevisionMap& { return scripts.map(); },
        [&heads](const std::vector<std::string>& current) {
            heads = current;
            return std::vector<runtime::MigrationStep>{};
        },
        options);
    return heads;
}

} // namespace

void cmd_current(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    // Alembic's display_version, in each of env.py's run_migrations() (once per database).
    inv.load_env(false, false, [&](const runtime::EngineRun& engine) {
        // Connecting created the database file, as SQLAlchemy's connect does; `current` never
        // creates the version table (dont_mutate).
        if (engine.database == nullptr) throw Error("no database to read the current revision from");
        auto heads = runtime::read_heads(*engine.database, inv.env->options().version_table);
        if (inv.args.flag("verbose")) inv.out.out("Current revision(s) for " + engine.url + ":");
        auto current = catch_revision_errors({}, [&] { return scripts.map().get_all_current(heads); });
        for (const auto* rev : current) inv.print(cmd_format(*rev, inv.args.flag("verbose"), {}));
    });
}

void cmd_history(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    std::optional<std::string> base, head;
    if (auto range = inv.args.value("rev_range")) {
        if (range->find(':') == std::string::npos)
            throw Error("History range requires [start]:[end], [start]:, or :[end]");
        std::string r = *range;
        auto b = r.find_first_not_of(" \t\n"), e = r.find_last_not_of(" \t\n");
        r = b == std::string::npos ? "" : r.substr(b, e - b + 1);
        auto colon = r.find(':');
        if (r.find(':', colon + 1) != std::string::npos) throw Error("too many values to unpack (expected 2)");
        if (colon > 0) base = r.substr(0, colon);
        if (colon + 1 < r.size()) head = r.substr(colon + 1);
    }
    bool indicate = inv.args.flag("indicate_current");
    bool verbose = inv.args.flag("verbose");
    // Printed in each of env.py's run_migrations() with the database's revisions marked (once per
    // database), or once without env.py when the database plays no part.
    auto print_history = [&](const std::vector<std::string>& currents) {
        // history -r current:... / ...:current walk from / to the database's revisions; an empty
        // database makes the bound fall back to base / heads, as in Alembic.
        RevArg lower = base ? RevArg{*base} : RevArg{std::string("base")};
        RevArg upper = head ? RevArg{*head} : RevArg{std::string("heads")};
        if (base == std::optional<std::string>("current"))
            lower = currents.empty() ? RevArg{std::string("base")} : RevArg{currents};
        if (head == std::optional<std::string>("current"))
            upper = currents.empty() ? RevArg{std::string("heads")} : RevArg{currents};
        RevisionErrorTexts texts;
        texts.start = base.value_or("base");
        texts.end = head.value_or("heads");
        auto revs = catch_revision_errors(texts, [&] {
            return scripts.map().iterate_revisions(upper, lower, false, true, false, false);
        });
        HeadOnlyOptions o;
        o.include_branches = o.include_doc = o.include_parents = true;
        for (const auto* rev : revs) {
            o.current = indicate && std::find(currents.begin(), currents.end(), rev->id) != currents.end();
            inv.print(cmd_format(*rev, verbose, o));
        }
    };
    bool with_env = indicate || base == std::optional<std::string>("current") || head == std::optional<std::string>("current");
    if (!with_env) return print_history({});
    inv.load_env(false, false,
                 [&](const runtime::EngineRun& engine) { print_history(env_heads(inv, scripts, engine)); });
}

void cmd_heads(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    const auto& map = scripts.map();
    std::vector<const script::Revision*> heads = catch_revision_errors({}, [&] {
        return inv.args.flag("resolve_dependencies") ? map.get_revisions(RevArg{std::string("heads")})
                                                     : map.get_revisions(RevArg{map.heads()});
    });
    HeadOnlyOptions o;
    o.include_branches = true;
    o.tree_indicators = false;
    for (const auto* rev : heads) inv.print(cmd_format(*rev, inv.args.flag("verbose"), o));
}

void cmd_branches(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    const auto& map = scripts.map();
    bool verbose = inv.args.flag("verbose");
    auto revs = catch_revision_errors({}, [&] {
        return map.iterate_revisions(RevArg{std::string("heads")}, RevArg{std::string("base")}, false, true, false, false);
    });
    for (const auto* rev : revs) {
        if (!rev->is_branch_point()) continue;
        HeadOnlyOptions o;
        o.include_branches = true;
        std::string text = cmd_format(*rev, verbose, o) + "\n";
        std::string children;
        for (const auto& next : rev->nextrev) {
            HeadOnlyOptions co;
            co.include_branches = true;
            co.include_doc = verbose;
            if (!children.empty()) children += "\n";
            children += std::string(rev->id.size(), ' ') + " -> " + cmd_format(*map.find(next), false, co);
        }
        inv.print(text + children + "\n");
    }
}

void cmd_show(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    const std::string& rev = inv.args.positional.at(0);
    std::vector<const script::Revision*> revs;
    if (rev == "current") {
        inv.load_env(false, false, [&](const runtime::EngineRun& engine) {
            auto heads = env_heads(inv, scripts, engine);
            for (const auto* r : catch_revision_errors({}, [&] { return scripts.map().get_revisions(RevArg{heads}); }))
                if (r && !scripts.map().is_base_marker(r)) inv.print(log_entry(*r));
        });
        return;
    }
    revs = catch_revision_errors({}, [&] { return scripts.map().get_revisions(RevArg{rev}); });
    for (const auto* r : revs)
        if (r && !scripts.map().is_base_marker(r)) inv.print(log_entry(*r));
}

} // namespace revlab::command
