// migrate and check: the verbs that compare app/models.py with the database (Flask-Migrate's
// `migrate`, which is Alembic's `revision --autogenerate`, and Alembic 1.9's `check`).
//
// The order of events follows Flask-Migrate: the models are read first (Flask imports the app
// before any command runs), then the migrations folder, then env.py runs (the context lines),
// the database must be at every head, the comparison logs what it detects, and only then is the
// revision file written, which is where --head, --splice and --rev-id are checked.
#include "command/verbs.hpp"

#include "autogenerate/compare.hpp"
#include "autogenerate/diffs.hpp"
#include "autogenerate/render.hpp"
#include "autogenerate/safety.hpp"
#include "models/models.hpp"
#include "runtime/version_table.hpp"
#include "schema/reflect.hpp"

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
    return models::load_models(inv.ctx.files.read(path), path);
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

std::vector<schema::Table> reflect_database(sqlite::Database& db) {
    std::vector<schema::Table> tables;
    for (const auto& name : schema::table_names(db))
        if (name != runtime::kVersionTable) tables.push_back(schema::reflect_table(db, name));
    return tables;
}

struct Compared {
    std::vector<schema::Table> models, database;
    autogenerate::Comparison comparison;
};

// Everything migrate and check share, up to the "Detected ..." lines.
Compared compare_with_database(Invocation& inv, const ScriptDirectory& scripts, const models::MetaData& meta,
                               const autogenerate::CompareOptions& options) {
    inv.load_env(false);
    sqlite::Database& db = inv.ctx.database.open();
    require_up_to_date(scripts, runtime::read_heads(db));
    Compared c{meta.tables, reflect_database(db), {}};
    c.comparison = autogenerate::compare_metadata(c.models, c.database, options);
    for (const auto& line : c.comparison.log)
        inv.out.info(line.logger, line.message);
    return c;
}

void check_revision_id(const std::string& id) {
    std::string bad;
    for (char b : std::string("+-@"))
        if (id.find(b) != std::string::npos) bad += std::string(bad.empty() ? "" : ", ") + b;
    if (!bad.empty())
        throw Error("Character(s) '" + bad + "' not allowed in revision identifier '" + id + "'");
}

// ScriptDirectory.generate_revision, as `revision` runs it (verbs_script.cpp), with the bodies
// autogenerate rendered.
std::string write_revision(Invocation& inv, const ScriptDirectory& scripts,
                           const autogenerate::OpList& upgrade) {
    std::string id = inv.args.value("rev_id").value_or(inv.ctx.new_revision_id ? inv.ctx.new_revision_id()
                                                                               : random_revision_id());
    check_revision_id(id);
    const auto& map = scripts.map();
    if (map.find(id)) throw Error("Revision " + id + " is already present; choose another --rev-id");
    RevisionErrorTexts texts;
    texts.multiple_heads =
        "Multiple heads are present; please specify the head revision on which the new revision "
        "should be based, or perform a merge.";
    std::string head = inv.args.value("head").value_or("head");
    auto heads = catch_revision_errors(texts, [&] { return map.get_revisions(RevArg{head}); });
    std::set<const script::Revision*> unique(heads.begin(), heads.end());
    if (unique.size() != heads.size()) throw Error("Duplicate head revisions specified");
    if (auto vp = inv.args.value("version_path");
        vp && project::normalize_path(*vp) != scripts.versions_dir())
        throw Error("Path " + *vp + " is not represented in current version locations");
    ScriptDirectory::NewRevision rev;
    for (const auto* h : heads) {
        if (!h) continue;
        if (!inv.args.flag("splice") && !h->is_head())
            throw Error(
                "Revision " + h->id +
                " is not a head revision; please specify --splice to create a new branch from this revision");
        rev.down_revisions.push_back(h->id);
    }
    rev.id = id;
    rev.message = inv.args.value("message");
    if (auto label = inv.args.value("branch_label")) rev.branch_labels = {*label};
    auto rendered = autogenerate::render_migration(upgrade, autogenerate::reverse(upgrade));
    rev.upgrades = rendered.upgrades;
    rev.downgrades = rendered.downgrades;
    rev.imports = rendered.imports;
    std::string path = scripts.write_revision(inv.ctx, rev);
    inv.out.out("Generating " + inv.ctx.files.display_path(path) + " ...  done");
    return path;
}

} // namespace

void cmd_migrate(Invocation& inv) {
    models::MetaData meta = read_models(inv);
    ScriptDirectory scripts(inv.ctx);
    if (inv.args.flag("sql")) throw Error("Using --sql with --autogenerate does not make any sense");
    autogenerate::CompareOptions options;
    options.detect_renames = !inv.args.flag("no_rename_detection");
    Compared c = compare_with_database(inv, scripts, meta, options);
    // Flask-Migrate's env.py (process_revision_directives): no file for no changes.
    if (c.comparison.upgrade.empty()) {
        inv.out.info("alembic.env", "No changes in schema detected.");
        return;
    }
    write_revision(inv, scripts, c.comparison.upgrade);
    for (const auto& warning : autogenerate::data_loss_warnings(c.comparison.upgrade))
        inv.out.log("WARNING", autogenerate::kSafetyLogger, warning);
}

void cmd_check(Invocation& inv) {
    models::MetaData meta = read_models(inv);
    ScriptDirectory scripts(inv.ctx);
    // Alembic's diffs know no renames: check reports drift as Alembic sees it.
    autogenerate::CompareOptions options;
    options.detect_renames = false;
    Compared c = compare_with_database(inv, scripts, meta, options);
    if (c.comparison.upgrade.empty()) {
        inv.out.out("No new upgrade operations detected.");
        return;
    }
    throw Error("New upgrade operations detected: " +
                autogenerate::diffs_repr(c.comparison.upgrade, c.models, c.database));
}

} // namespace revlab::command
