#include "command/script_directory.hpp"

#include "command/alembic_ini.hpp"
#include "command/binds.hpp"
#include "command/revision_cache.hpp"
#include "command/revision_path.hpp"
#include "command/template.hpp"
#include "py/lexer.hpp"
#include "py/parser.hpp"

#include <cctype>

namespace revlab::command {

namespace {

bool is_revision_file(const std::string& name) {
    if (name.size() < 3 || name.compare(name.size() - 3, 3, ".py") != 0) return false;
    if (name.rfind(".#", 0) == 0 || name.rfind("__init__", 0) == 0) return false;
    return true;
}

// What a file that does not parse still says about itself: the strings assigned on its
// `revision = ...` and `down_revision = ...` lines (annotated or not, a tuple or None), read line
// by line. Enough to draw it in its place; nothing runs on it.
struct Salvaged {
    std::optional<std::string> id;
    std::vector<std::string> down_revisions;
};

std::vector<std::string> quoted_strings(const std::string& text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size(); ++i) {
        char q = text[i];
        if (q == '#') break;
        if (q != '\'' && q != '"') continue;
        size_t end = text.find(q, i + 1);
        if (end == std::string::npos) break;
        out.push_back(text.substr(i + 1, end - i - 1));
        i = end;
    }
    return out;
}

Salvaged salvage(const std::string& source) {
    Salvaged out;
    size_t start = 0;
    while (start < source.size()) {
        size_t nl = source.find('\n', start);
        std::string line = source.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        start = nl == std::string::npos ? source.size() : nl + 1;
        for (const std::string name : {"revision", "down_revision"}) {
            if (line.rfind(name, 0) != 0) continue;
            size_t at = name.size();
            if (at < line.size() && (std::isalnum(static_cast<unsigned char>(line[at])) || line[at] == '_')) continue;
            size_t eq = line.find('=', at);
            if (eq == std::string::npos || (eq + 1 < line.size() && line[eq + 1] == '=')) continue;
            auto values = quoted_strings(line.substr(eq + 1));
            if (name == std::string("revision")) {
                if (values.size() == 1) out.id = values[0];
            } else {
                out.down_revisions = values;
            }
        }
    }
    return out;
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

ScriptDirectory::Readable ScriptDirectory::readable() const {
    Readable out;
    const std::string versions = versions_dir();
    if (!ctx_.files.is_dir(versions)) return out;
    std::vector<script::Revision> revisions;
    struct Broken {
        std::string name, error;
        std::optional<script::Revision> salvaged; // what the file still says about itself
    };
    std::vector<Broken> broken;
    for (const auto& name : ctx_.files.list(versions)) {
        std::string path = versions + "/" + name;
        if (!is_revision_file(name) || ctx_.files.is_dir(path)) continue;
        std::string source;
        try {
            source = ctx_.files.read(path, py::kMaxSourceBytes);
            auto module = std::make_shared<py::Module>(py::parse(source, path));
            revisions.push_back(script::revision_from_module(module, path, ctx_.files.display_path(path)));
        } catch (const Error& e) {
            Broken bad{name, e.message(), std::nullopt};
            // A file being edited usually still names itself and its parents: draw it there.
            if (auto said = salvage(source); said.id) {
                bad.salvaged.emplace();
                bad.salvaged->id = *said.id;
                bad.salvaged->down_revisions = said.down_revisions;
                bad.salvaged->file = path;
                bad.salvaged->path = ctx_.files.display_path(path);
            }
            broken.push_back(std::move(bad));
        }
    }
    std::set<std::string> ids, labels;
    for (const auto& r : revisions) {
        if (!ids.insert(r.id).second) return {}; // a repeated id: the graph itself is in question
        labels.insert(r.own_branch_labels.begin(), r.own_branch_labels.end());
    }
    for (auto& bad : broken) {
        if (!bad.salvaged || !ids.insert(bad.salvaged->id).second) continue; // a good file has that id
        out.stand_ins.emplace(bad.salvaged->id, Readable::StandIn{bad.salvaged->file, bad.error});
        revisions.push_back(std::move(*bad.salvaged));
    }
    std::vector<script::Revision> missing;
    for (auto& r : revisions) {
        for (const auto& down : r.down_revisions) {
            if (ids.count(down) || out.stand_ins.count(down)) continue;
            // Alembic names files <id>_<slug>.py by default: a broken file whose name starts with
            // the missing id is where that revision lives.
            Readable::StandIn stand_in{"", "no revision file has revision = '" + down + "'"};
            for (const auto& bad : broken)
                if (bad.name.rfind(down, 0) == 0) stand_in = {versions + "/" + bad.name, bad.error};
            out.stand_ins.emplace(down, stand_in);
            script::Revision placeholder;
            placeholder.id = down;
            placeholder.file = stand_in.file;
            placeholder.path = stand_in.file.empty() ? "" : ctx_.files.display_path(stand_in.file);
            missing.push_back(std::move(placeholder));
        }
        // A dependency on what did not read is left out: a view, not a plan to run.
        std::erase_if(r.dependencies, [&](const std::string& d) { return !ids.count(d) && !labels.count(d); });
    }
    for (auto& m : missing) revisions.push_back(std::move(m));
    try {
        out.map = std::make_unique<script::RevisionMap>(std::move(revisions));
    } catch (const Error&) {
        return {};
    }
    return out;
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
    values.bodies = rev.bodies;
    values.imports = rev.imports;
    std::unique_ptr<operations::ScriptHost> own;
    operations::ScriptHost* host = rev.scripts;
    if (host == nullptr) {
        // The template's own prints go nowhere, as Mako's output is the file.
        own = std::make_unique<operations::ScriptHost>(&ctx.files, [](std::string_view) {}, [](std::string_view) {},
                                                       ctx.module_trees);
        install_app_settings(own->interp(), ctx);
        host = own.get();
    }
    std::string text = render_script_template(*host, ctx.files.read(mako, py::kMaxSourceBytes), values, mako);
    const ScriptConfig config = read_script_config(ctx.files, dir_);
    std::string path =
        versions_dir() + "/" + revision_file_name(config, rev.id, rev.message.value_or(""), values.create_date);
    ctx.files.write(path, text);
    return path;
}

} // namespace revlab::command
