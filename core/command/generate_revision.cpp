#include "command/generate_revision.hpp"

#include <algorithm>
#include <set>

namespace revlab::command {

using script::RevArg;

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
    rev.bodies = req.bodies;
    rev.imports = req.imports;
    rev.scripts = inv.scripts.get();
    for (const auto& dep : req.depends_on) {
        const script::Revision* r = catch_revision_errors({}, [&] { return map.get_revision(dep); });
        if (!r) continue;
        // A branch label is kept as written; a partial id is resolved to the full one.
        rev.depends_on.push_back(std::find(r->branch_labels.begin(), r->branch_labels.end(), dep) != r->branch_labels.end()
                                     ? dep
                                     : r->id);
    }
    std::string path = scripts.write_revision(inv.ctx, rev);
    inv.out.out("Generating " + inv.ctx.files.display_path(path) + " ...  done");
    // Alembic then adds the new script to its map (RevisionMap.add_revision), and fails there,
    // leaving the file written, when the map cannot take it: first a branch label that is
    // already a key of the map, then anything else a map with the new file refuses.
    for (const auto& label : rev.branch_labels)
        if (const script::Revision* taken = map.lookup(label))
            throw Error("Branch name '" + label + "' in revision " + rev.id + " already used by revision " + taken->id);
    catch_revision_errors({}, [&] { ScriptDirectory(inv.ctx).map(); });
    return path;
}

std::string new_revision_id(Invocation& inv) {
    if (auto id = inv.args.value("rev_id")) return *id;
    return inv.ctx.new_revision_id ? inv.ctx.new_revision_id() : random_revision_id();
}

} // namespace revlab::command
