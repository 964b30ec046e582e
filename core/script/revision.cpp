#include "script/revision.hpp"

#include <algorithm>

namespace revlab::script {

namespace {

std::string strip(const std::string& s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

void append_unique(std::vector<std::string>& out, const std::vector<std::string>& more) {
    for (const auto& m : more)
        if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
}

// A revision attribute is None, a string, or a tuple/list of strings (Alembic's util.to_tuple).
std::vector<std::string> string_or_tuple(const py::Expr& e, const std::string& attr) {
    switch (e.kind) {
    case py::ExprKind::None: return {};
    case py::ExprKind::String: return e.text.empty() ? std::vector<std::string>{} : std::vector<std::string>{e.text};
    case py::ExprKind::Tuple:
    case py::ExprKind::List: {
        std::vector<std::string> out;
        for (const auto& item : e.items) {
            if (item->kind != py::ExprKind::String)
                throw Error(item->loc, "'" + attr + "' must hold revision identifiers as strings");
            out.push_back(item->text);
        }
        return out;
    }
    default:
        throw Error(e.loc, "'" + attr + "' must be None, a string, or a tuple of strings");
    }
}

} // namespace

RevisionBody::RevisionBody(std::shared_ptr<const py::Module> module) : module_(std::move(module)) {
    load();
}

RevisionBody::RevisionBody(std::function<std::shared_ptr<const py::Module>()> parse) : parse_(std::move(parse)) {}

void RevisionBody::load() const {
    if (!module_) module_ = parse_();
    // Python binds the name to the last `def` of it.
    for (const auto& stmt : module_->body)
        if (stmt->kind == py::StmtKind::FunctionDef) {
            if (stmt->name == "upgrade") upgrade_ = stmt.get();
            if (stmt->name == "downgrade") downgrade_ = stmt.get();
        }
}

const py::Module& RevisionBody::module() const {
    if (!module_) load();
    return *module_;
}

std::shared_ptr<const py::Module> RevisionBody::shared_module() const {
    if (!module_) load();
    return module_;
}

const py::Stmt* RevisionBody::upgrade() const {
    module();
    return upgrade_;
}

const py::Stmt* RevisionBody::downgrade() const {
    module();
    return downgrade_;
}

std::string Revision::doc() const {
    auto cut = longdoc.find("\n\n");
    return cut == std::string::npos ? longdoc : longdoc.substr(0, cut);
}

std::vector<std::string> Revision::all_down_revisions() const {
    std::vector<std::string> out;
    append_unique(out, down_revisions);
    append_unique(out, resolved_dependencies);
    return out;
}

std::vector<std::string> Revision::normalized_down_revisions() const {
    std::vector<std::string> out;
    append_unique(out, down_revisions);
    append_unique(out, normalized_dependencies);
    return out;
}

std::string format_as_comma(const std::vector<std::string>& ids) {
    std::string out;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ", ";
        out += ids[i];
    }
    return out;
}

Revision revision_from_module(std::shared_ptr<const py::Module> module, const std::string& file,
                              const std::string& display_path) {
    Revision rev;
    rev.file = file;
    rev.path = display_path;
    if (const py::Expr* doc = module->docstring()) rev.longdoc = strip(doc->text);

    bool has_revision = false, has_down_revision = false;
    SourceLocation revision_at;
    for (const auto& stmt : module->body) {
        if (stmt->kind == py::StmtKind::FunctionDef) continue;
        const py::Expr* value = nullptr;
        std::string target;
        if (stmt->kind == py::StmtKind::Assign && stmt->targets.size() == 1 &&
            stmt->targets[0]->kind == py::ExprKind::Name) {
            target = stmt->targets[0]->text;
            value = stmt->value.get();
        } else if (stmt->kind == py::StmtKind::AnnAssign && stmt->value &&
                   stmt->targets[0]->kind == py::ExprKind::Name) {
            target = stmt->targets[0]->text; // `revision: str = '...'` in newer templates
            value = stmt->value.get();
        }
        if (!value) continue;
        if (target == "revision") {
            if (value->kind != py::ExprKind::String || value->text.empty())
                throw Error(value->loc, "'revision' must be a non-empty string");
            rev.id = value->text;
            revision_at = value->loc;
            has_revision = true;
        } else if (target == "down_revision") {
            rev.down_revisions = string_or_tuple(*value, target);
            has_down_revision = true;
        } else if (target == "branch_labels") {
            rev.own_branch_labels = string_or_tuple(*value, target);
        } else if (target == "depends_on") {
            rev.dependencies = string_or_tuple(*value, target);
        }
    }
    if (!has_revision)
        throw Error(SourceLocation{file, 1, 1},
                    "Could not determine revision id from filename " + file.substr(file.rfind('/') + 1) +
                        ". Be sure the 'revision' variable is declared inside the script");
    if (!has_down_revision)
        throw Error(SourceLocation{file, 1, 1},
                    "revision " + rev.id + " has no 'down_revision'; write down_revision = None for a base "
                    "revision, or the id of the revision it follows");
    // Alembic raises these three while it builds the Revision, as a RevisionError that the command
    // prints as is. The characters it refuses are the identifier grammar's operators (+N, -N,
    // label@rev); Revlab's message also names the assignment, since the id may be anything else
    // (quotes and SQL included: it is only ever bound as a value, never pasted into SQL).
    std::string illegal;
    for (char c : std::string("+-@"))
        if (rev.id.find(c) != std::string::npos) illegal += std::string(illegal.empty() ? "" : ", ") + c;
    if (!illegal.empty())
        throw Error(revision_at, "Character(s) '" + illegal + "' not allowed in revision identifier '" + rev.id + "'");
    if (std::find(rev.down_revisions.begin(), rev.down_revisions.end(), rev.id) != rev.down_revisions.end())
        throw Error("Self-loop is detected in revisions (" + rev.id + ")");
    if (std::find(rev.dependencies.begin(), rev.dependencies.end(), rev.id) != rev.dependencies.end())
        throw Error("Dependency self-loop is detected in revisions (" + rev.id + ")");
    rev.branch_labels = rev.own_branch_labels;
    rev.body = std::make_shared<const RevisionBody>(std::move(module));
    return rev;
}

} // namespace revlab::script
