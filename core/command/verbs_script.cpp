// init, revision, merge, list-templates and edit: the verbs that write migration files
// (Alembic's command.init / revision / merge over ScriptDirectory.generate_revision).
#include "command/verbs.hpp"

#include "project/examples.hpp"

#include <algorithm>
#include <set>

namespace revlab::command {

using script::RevArg;

namespace {

// Flask-Migrate's "flask" template: its files come from the bundled example, which carries them
// verbatim; the README is the template's one line.
constexpr const char* kTemplateReadme = "Single-database configuration for Flask.\n";

void generating(Invocation& inv, const std::string& path) {
    inv.out.out("Generating " + inv.ctx.files.display_path(path) + " ...  done");
}

struct RevisionRequest {
    std::string id;
    std::optional<std::string> message;
    std::vector<std::string> heads; // identifiers to build on
    bool splice = false;
    std::optional<std::string> branch_label;
    std::vector<std::string> depends_on;
    std::string multiple_heads_text =
        "Multiple heads are present; please specify the head revision on which the new revision should be based, "
        "or perform a merge.";
};

// ScriptDirectory.generate_revision.
std::string generate_revision(Invocation& inv, const ScriptDirectory& scripts, const RevisionRequest& req) {
    for (char c : req.id)
        if (c == '@' || c == '-' || c == '+') {
            std::string bad;
            for (char b : std::string("+-@"))
                if (req.id.find(b) != std::string::npos) bad += std::string(bad.empty() ? "" : ", ") + b;
            throw Error("Character(s) '" + bad + "' not allowed in revision identifier '" + req.id + "'");
        }
    const auto& map = scripts.map();
    if (map.find(req.id)) throw Error("Revision " + req.id + " is already present; choose another --rev-id");
    RevisionErrorTexts texts;
    texts.multiple_heads = req.multiple_heads_text;
    std::vector<const script::Revision*> heads =
        catch_revision_errors(texts, [&] { return map.get_revisions(RevArg{req.heads}); });
    std::set<const script::Revision*> unique(heads.begin(), heads.end());
    if (unique.size() != heads.size()) throw Error("Duplicate head revisions specified");
    if (!req.splice)
        for (const auto* h : heads)
            if (h && !h->is_head())
                throw Error("Revision " + h->id +
                            " is not a head revision; please specify --splice to create a new branch from this revision");
    ScriptDirectory::NewRevision rev;
    rev.id = req.id;
    rev.message = req.message;
    for (const auto* h : heads)
        if (h) rev.down_revisions.push_back(h->id);
    if (req.branch_label) rev.branch_labels = {*req.branch_label};
    for (const auto& dep : req.depends_on) {
        const script::Revision* r = catch_revision_errors({}, [&] { return map.get_revision(dep); });
        if (!r) continue;
        // A branch label is kept as written; a partial id is resolved to the full one.
        rev.depends_on.push_back(std::find(r->branch_labels.begin(), r->branch_labels.end(), dep) != r->branch_labels.end()
                                     ? dep
                                     : r->id);
    }
    std::string path = scripts.write_revision(inv.ctx, rev);
    generating(inv, path);
    // Alembic then adds the new script to its map (RevisionMap.add_revision), and fails there,
    // leaving the file written, when the map cannot take it: first a branch label that is
    // already a key of the map, then anything else a map with the new file refuses.
    for (const auto& label : rev.branch_labels)
        if (const script::Revision* taken = map.lookup(label))
            throw Error("Branch name '" + label + "' in revision " + rev.id + " already used by revision " + taken->id);
    catch_revision_errors({}, [&] { ScriptDirectory(inv.ctx).map(); });
    return path;
}

std::string new_id(Invocation& inv) {
    if (auto id = inv.args.value("rev_id")) return *id;
    return inv.ctx.new_revision_id ? inv.ctx.new_revision_id() : random_revision_id();
}

} // namespace

void cmd_revision(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    if (inv.args.flag("autogenerate"))
        throw Error("revision --autogenerate compares app/models.py with the database: use `flask db migrate`");
    if (inv.args.flag("sql"))
        throw Error("Using --sql with the revision command when revision_environment is not configured does not "
                    "make any sense");
    if (auto vp = inv.args.value("version_path"); vp && project::normalize_path(*vp) != scripts.versions_dir())
        throw Error("Path " + *vp + " is not represented in current version locations");
    RevisionRequest req;
    req.id = new_id(inv);
    req.message = inv.args.value("message");
    req.heads = {inv.args.value("head").value_or("head")};
    req.splice = inv.args.flag("splice");
    req.branch_label = inv.args.value("branch_label");
    req.depends_on = inv.args.all("depends_on");
    generate_revision(inv, scripts, req);
}

void cmd_merge(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    RevisionRequest req;
    req.id = new_id(inv);
    req.message = inv.args.value("message");
    req.heads = inv.args.positional;
    req.branch_label = inv.args.value("branch_label");
    generate_revision(inv, scripts, req);
}

void cmd_init(Invocation& inv) {
    if (inv.args.flag("multidb") || inv.args.value("template").value_or("flask") != "flask")
        throw Error("Revlab provides Flask-Migrate's single-database 'flask' template only");
    auto& files = inv.ctx.files;
    std::string dir = project::normalize_path(inv.ctx.migrations_dir);
    if (files.is_dir(dir) && !files.list(dir).empty())
        throw Error("Directory " + files.display_path(dir) + " already exists and is not empty");
    std::string versions = dir + "/versions";
    for (const auto& d : {dir, versions}) {
        inv.out.out("Creating directory " + files.display_path(d) + " ...  done");
        files.make_dir(d);
    }
    // In the order Debian's Flask-Migrate lists its template folder.
    for (const char* name : {"script.py.mako", "README", "env.py", "alembic.ini"}) {
        std::string content = std::string(name) == "README" ? std::string(kTemplateReadme)
                                                            : project::example_file("visits", "migrations/" + std::string(name));
        files.write(dir + "/" + name, content);
        generating(inv, dir + "/" + name);
    }
    if (inv.args.flag("package")) {
        for (const auto& d : {dir, versions}) {
            files.write(d + "/__init__.py", "");
            generating(inv, d + "/__init__.py");
        }
    }
    inv.out.out("Please edit configuration/connection/logging settings in '" + files.display_path(dir + "/alembic.ini") +
                "' before proceeding.");
}

void cmd_list_templates(Invocation& inv) {
    inv.out.out("Available templates:");
    inv.out.out("");
    inv.out.out("aioflask - Single-database configuration for aioflask.");
    inv.out.out("aioflask-multidb - Multi-database configuration for aioflask.");
    inv.out.out("flask - Single-database configuration for Flask.");
    inv.out.out("flask-multidb - Multi-database configuration for Flask.");
}

void cmd_edit(Invocation& inv) {
    ScriptDirectory scripts(inv.ctx, &inv.out);
    const std::string& rev = inv.args.positional.at(0);
    auto revs = catch_revision_errors({}, [&] { return scripts.map().get_revisions(RevArg{rev}); });
    if (revs.empty()) throw Error("No revision files indicated by symbol '" + rev + "'");
    std::string paths;
    for (const auto* r : revs)
        if (r) paths += (paths.empty() ? "" : ", ") + r->path;
    throw Error("Revlab opens no external editor; edit " + paths + " in the playground's editor or your own");
}

} // namespace revlab::command
