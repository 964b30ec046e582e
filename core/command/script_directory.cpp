#include "command/script_directory.hpp"

#include "command/template.hpp"
#include "py/parser.hpp"

namespace revlab::command {

namespace {

bool is_revision_file(const std::string& name) {
    if (name.size() < 3 || name.compare(name.size() - 3, 3, ".py") != 0) return false;
    if (name.rfind(".#", 0) == 0 || name.rfind("__init__", 0) == 0) return false;
    return true;
}

// Python's \w for the slug: ASCII letters, digits, underscore, and any non-ASCII letter (kept as
// its UTF-8 bytes; Chinese messages give Chinese file names, as in Alembic).
bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

} // namespace

std::string revision_slug(const std::string& message) {
    std::string slug;
    size_t i = 0;
    while (i < message.size()) {
        while (i < message.size() && !is_word_byte(static_cast<unsigned char>(message[i]))) ++i;
        size_t start = i;
        while (i < message.size() && is_word_byte(static_cast<unsigned char>(message[i]))) ++i;
        if (i > start) {
            if (!slug.empty()) slug += '_';
            for (size_t k = start; k < i; ++k) {
                char c = message[k];
                slug += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            }
        }
    }
    // Truncation counts characters, not bytes; cut back to the last "_" and keep it.
    size_t chars = 0, cut = slug.size();
    for (size_t k = 0; k < slug.size(); ++k) {
        if ((static_cast<unsigned char>(slug[k]) & 0xC0) != 0x80) {
            if (chars == 40) {
                cut = k;
                break;
            }
            ++chars;
        }
    }
    if (cut < slug.size()) {
        std::string head = slug.substr(0, cut);
        auto us = head.rfind('_');
        slug = (us == std::string::npos ? head : head.substr(0, us)) + "_";
    }
    return slug;
}

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
    for (const auto& name : ctx_.files.list(versions)) {
        std::string path = versions + "/" + name;
        if (!is_revision_file(name) || ctx_.files.is_dir(path)) continue;
        try {
            auto module = std::make_shared<py::Module>(py::parse(ctx_.files.read(path), path));
            revisions.push_back(script::revision_from_module(module, path, ctx_.files.display_path(path)));
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
    std::string text = render_script_template(ctx.files.read(mako), values, mako);
    std::string path = versions_dir() + "/" + rev.id + "_" + revision_slug(rev.message.value_or("")) + ".py";
    ctx.files.write(path, text);
    return path;
}

} // namespace revlab::command
