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

ScriptDirectory::ScriptDirectory(const Context& ctx) : dir_(project::normalize_path(ctx.migrations_dir)) {
    if (!ctx.files.is_dir(dir_) || dir_.empty())
        throw Error("Path doesn't exist: '" + ctx.files.display_path(dir_) +
                    "'.  Please use the 'init' command to create a new scripts folder.");
    std::vector<script::Revision> revisions;
    const std::string versions = versions_dir();
    for (const auto& name : ctx.files.list(versions)) {
        std::string path = versions + "/" + name;
        if (!is_revision_file(name) || ctx.files.is_dir(path)) continue;
        auto module = std::make_shared<py::Module>(py::parse(ctx.files.read(path), path));
        revisions.push_back(script::revision_from_module(module, path, ctx.files.display_path(path)));
    }
    map_ = std::make_unique<script::RevisionMap>(std::move(revisions));
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
