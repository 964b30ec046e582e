#include "command/script_directory.hpp"

#include "command/alembic_ini.hpp"
#include "command/revision_cache.hpp"
#include "command/revision_path.hpp"
#include "command/template.hpp"
#include "py/lexer.hpp"
#include "py/parser.hpp"

namespace revlab::command {

namespace {

bool is_revision_file(const std::string& name) {
    if (name.size() < 3 || name.compare(name.size() - 3, 3, ".py") != 0) return false;
    if (name.rfind(".#", 0) == 0 || name.rfind("__init__", 0) == 0) return false;
    return true;
}

} // namespace

ScriptDirectory::ScriptDirectory(const Context& ctx, Output* warnings)
    : ctx_(ctx), warnings_(warnings), dir_(project::normalize_path(ctx.migrations_dir)) {
    if (!ctx.files.is_dir(dir_) || dir_.empty())
        throw Error("Path doesn't exist: '" + ctx.files.display_path(dir_) +
                    "'.  Please use the 'init' command to create a new scripts folder.");
}

void ScriptDirectory::warn(const std::string& message) const {
    // Python prints a warning as "<alembic source>:<line>: UserWarning: <message>" plus the source
    // line; the location is Alembic's own, so only the category and the message are kept.
    if (warnings_ && warned_.insert(message).second) warnings_->err("UserWarning: " + message);
}

const script::RevisionMap& ScriptDirectory::map() const {
    if (map_) return *map_;
    std::vector<script::Revision> revisions;
    const std::string versions = versions_dir();
    // Alembic lists the folder with os.listdir, which fails on a file ("NotADirectoryError: [Errno
    // 20] Not a directory: ..."): a file there is not an empty history.
    if (ctx_.files.exists(versions) && !ctx_.files.is_dir(versions))
        throw Error("[Errno 20] Not a directory: '" + ctx_.files.display_path(versions) +
                    "'; the revision files live in a folder there: remove or rename the file");
    RevisionCache cache(ctx_.files, versions);
    for (const auto& name : ctx_.files.list(versions)) {
        std::string path = versions + "/" + name;
        if (!is_revision_file(name)) continue;
        // A stamp means a regular file; without one (a tree in memory), ask.
        const auto stamp = cache.stamp(path);
        if (!stamp && ctx_.files.is_dir(path)) continue;
        try {
            if (stamp)
                if (auto cached = cache.find(name, path, *stamp)) {
                    revisions.push_back(std::move(*cached));
                    continue;
                }
            auto module = std::make_shared<py::Module>(py::parse(ctx_.files.read(path, py::kMaxSourceBytes), path));
            revisions.push_back(script::revision_from_module(module, path, ctx_.files.display_path(path)));
            if (stamp) cache.remember(name, *stamp, revisions.back());
        } catch (const Error&) {
            // Alembic reads the files one by one into its map, warning about a repeated id as it
            // goes: the files before a bad one have had their say.
            std::set<std::string> ids;
            for (const auto& r : revisions)
                if (!ids.insert(r.id).second) warn("Revision " + r.id + " is present more than once");
            throw;
        }
    }
    map_ = std::make_unique<script::RevisionMap>(std::move(revisions),
                                                  [this](const std::string& message) { warn(message); });
    cache.save();
    return *map_;
}

std::string ScriptDirectory::write_revision(Context& ctx, const NewRevision& rev) const {
    const std::string mako = dir_ + "/script.py.mako";
    if (!ctx.files.exists(mako))
        throw Error("No such file: '" + ctx.files.display_path(mako) + "'; the migrations folder needs its "
                    "script.py.mako template (flask db init writes one)");
    TemplateValues values;
    values.message = rev.message.value_or("empty message");
    values.up_revision = rev.id;
    values.down_revision = rev.down_revisions;
    values.branch_labels = rev.branch_labels;
    values.depends_on = rev.depends_on;
    values.create_date = ctx.now ? ctx.now() : local_timestamp();
    values.upgrades = rev.upgrades;
    values.downgrades = rev.downgrades;
    values.imports = rev.imports;
    std::string text = render_script_template(ctx.files.read(mako, py::kMaxSourceBytes), values, mako);
    const ScriptConfig config = read_script_config(ctx.files, dir_);
    std::string path =
        versions_dir() + "/" + revision_file_name(config, rev.id, rev.message.value_or(""), values.create_date);
    ctx.files.write(path, text);
    return path;
}

} // namespace revlab::command
