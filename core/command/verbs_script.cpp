// init, revision, merge, list-templates and edit: the verbs that write migration files
// (Alembic's command.init / revision / merge over ScriptDirectory.generate_revision).
#include "command/multidb_template.hpp"
#include "command/generate_revision.hpp"
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
    req.id = new_revision_id(inv);
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
    req.id = new_revision_id(inv);
    req.message = inv.args.value("message");
    req.heads = inv.args.positional;
    req.branch_label = inv.args.value("branch_label");
    generate_revision(inv, scripts, req);
}

void cmd_init(Invocation& inv) {
    // Flask-Migrate: --multidb picks flask-multidb when no template is named.
    const std::string template_name =
        inv.args.value("template").value_or(inv.args.flag("multidb") ? "flask-multidb" : "flask");
    if (template_name != "flask" && template_name != "flask-multidb")
        throw Error("Revlab provides Flask-Migrate's 'flask' and 'flask-multidb' templates; '" + template_name +
                    "' is for aioflask or is not one of Flask-Migrate's (flask db list-templates)");
    const bool multidb = template_name == "flask-multidb";
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
        const std::string file = name;
        std::string content = file == "README"           ? std::string(multidb ? kMultidbReadme : kTemplateReadme)
                              : multidb && file == "env.py" ? std::string(kMultidbEnvPy)
                              : multidb && file == "script.py.mako"
                                  ? std::string(kMultidbScriptMako)
                                  : project::example_file("visits", "migrations/" + file);
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
