#include "script/revision_map.hpp"

#include <algorithm>
#include <charconv>
#include <list>
#include <set>

namespace revlab::script {

namespace {

using RevSet = std::unordered_set<const Revision*>;

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Python's int() on a revision fragment: optional sign, digits (underscores between digits).
std::optional<long long> python_int(const std::string& text) {
    std::string s;
    for (char c : text)
        if (c != '_') s += c;
    size_t b = s.find_first_not_of(" \t\n");
    size_t e = s.find_last_not_of(" \t\n");
    if (b == std::string::npos) return std::nullopt;
    s = s.substr(b, e - b + 1);
    size_t start = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    if (start == s.size()) return std::nullopt;
    for (size_t i = start; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    long long v = 0;
    auto r = std::from_chars(s.data() + start, s.data() + s.size(), v);
    if (r.ec != std::errc()) return std::nullopt;
    return s[0] == '-' ? -v : v;
}

std::string relative_message(const std::string& relative, int steps) {
    return "Relative revision " + relative + " didn't produce " + std::to_string(std::abs(steps)) + " migrations";
}

RevisionError general(std::string message) { return RevisionError(RevisionError::Kind::General, std::move(message)); }

RevisionError resolution(std::string message, std::string argument) {
    RevisionError e(RevisionError::Kind::Resolution, std::move(message));
    e.argument = std::move(argument);
    return e;
}

RevisionError multiple_heads(std::vector<std::string> heads, std::string argument) {
    RevisionError e(RevisionError::Kind::MultipleHeads,
                    "Multiple heads are present for given argument '" + argument + "'; " + format_as_comma(heads));
    e.heads = std::move(heads);
    e.argument = std::move(argument);
    return e;
}

RevisionError range_not_ancestor(std::string lower, std::string upper) {
    RevisionError e(RevisionError::Kind::RangeNotAncestor, "Revision " + (lower.empty() ? "base" : lower) +
                                                               " is not an ancestor of revision " +
                                                               (upper.empty() ? "base" : upper));
    e.lower = std::move(lower);
    e.upper = std::move(upper);
    return e;
}

// How a RevArg reads in a message ('a', ('a', 'b'), None).
std::string arg_text(const RevArg& a) {
    if (std::holds_alternative<std::monostate>(a)) return "";
    if (auto* s = std::get_if<std::string>(&a)) return *s;
    const auto& v = std::get<std::vector<std::string>>(a);
    if (v.size() == 1) return v[0];
    std::string out = "(";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", '" : "'") + v[i] + "'";
    return out + ")";
}

std::vector<std::string> to_tuple(const RevArg& a) {
    if (std::holds_alternative<std::monostate>(a)) return {};
    if (auto* s = std::get_if<std::string>(&a)) return {*s};
    return std::get<std::vector<std::string>>(a);
}

void push_unique(std::vector<const Revision*>& v, const Revision* r) {
    if (std::find(v.begin(), v.end(), r) == v.end()) v.push_back(r);
}

} // namespace

std::optional<RelativeIdentifier> match_relative(const std::string& text) {
    // Tries the same alternatives, in the same order, as the regex
    // (?:(.+?)@)?(\w+)?((?:\+|-)\d+) under re.match.
    auto try_rest = [&](size_t from, std::optional<std::string> label) -> std::optional<RelativeIdentifier> {
        size_t w = from;
        while (w < text.size() && is_word(text[w])) ++w;
        for (size_t end = w + 1; end-- > from;) { // greedy \w+, then shorter, then none
            if (end < text.size() && (text[end] == '+' || text[end] == '-') && end + 1 < text.size() &&
                text[end + 1] >= '0' && text[end + 1] <= '9') {
                size_t d = end + 1;
                while (d < text.size() && text[d] >= '0' && text[d] <= '9') ++d;
                RelativeIdentifier r;
                r.branch_label = std::move(label);
                if (end > from) r.symbol = text.substr(from, end - from);
                r.relative = text.substr(end, d - end);
                auto v = python_int(r.relative);
                if (!v || *v > 1000000000LL || *v < -1000000000LL) return std::nullopt;
                r.steps = static_cast<int>(*v);
                return r;
            }
        }
        return std::nullopt;
    };
    for (size_t at = 1; at < text.size(); ++at)
        if (text[at] == '@')
            if (auto r = try_rest(at + 1, text.substr(0, at))) return r;
    return try_rest(0, std::nullopt);
}

// --- Building the map -----------------------------------------------------------------------------

RevisionMap::RevisionMap(std::vector<Revision> revisions, Warn warn)
    : revisions_(std::move(revisions)), warn_(std::move(warn)) {
    base_marker_.id = "base";
    build();
}

void RevisionMap::build() {
    // Later files win over earlier ones with the same id, keeping the first one's place, as in
    // Alembic's ordered dict. The earlier ones are kept aside: they still count for heads and bases.
    std::vector<Revision> unique;
    std::vector<std::pair<bool, size_t>> listed; // (replaced?, index into unique or replaced_)
    for (auto& r : revisions_) {
        auto it = index_.find(r.id);
        if (it == index_.end()) {
            index_[r.id] = static_cast<int>(unique.size());
            listed.emplace_back(false, unique.size());
            unique.push_back(std::move(r));
            continue;
        }
        std::string message = "Revision " + r.id + " is present more than once";
        warnings_.push_back(message);
        if (warn_) warn_(message);
        auto& slot = unique[static_cast<size_t>(it->second)];
        for (auto& [replaced, i] : listed)
            if (!replaced && i == static_cast<size_t>(it->second)) {
                replaced = true;
                i = replaced_.size();
            }
        replaced_.push_back(std::move(slot));
        slot = std::move(r);
        listed.emplace_back(false, static_cast<size_t>(it->second));
    }
    revisions_ = std::move(unique);
    for (size_t i = 0; i < revisions_.size(); ++i) revisions_[i].index = static_cast<int>(i);

    map_branch_labels();
    add_dependencies();

    std::vector<bool> is_head(revisions_.size(), true), is_real_head(revisions_.size(), true);
    for (auto& rev : revisions_) {
        for (const auto& down : rev.all_down_revisions()) {
            const Revision* target = lookup(down);
            if (!target)
                throw Error("Revision " + down + " referenced from " + rev.id +
                            " is not present; add the missing revision file or correct the down_revision / "
                            "depends_on of " + rev.file);
            // Alembic's graph walks look a down_revision up among ids only (it fails with a
            // KeyError on a label): say so instead.
            if (target->id != down && contains(rev.down_revisions, down))
                throw Error("down_revision '" + down + "' of revision " + rev.id + " is a branch label; " +
                            "name the revision id (" + target->id + ") in " + rev.file);
            auto& d = revisions_[static_cast<size_t>(target->index)];
            if (!contains(d.all_nextrev, rev.id)) d.all_nextrev.push_back(rev.id);
            if (contains(rev.down_revisions, d.id)) {
                if (!contains(d.nextrev, rev.id)) d.nextrev.push_back(rev.id);
                is_head[static_cast<size_t>(d.index)] = false;
            }
            is_real_head[static_cast<size_t>(d.index)] = false;
        }
    }
    // A file whose id a later file reuses still counts as a head, so the graph walks follow its
    // down_revision too: it must exist like any other (Alembic fails there with a KeyError).
    for (const auto& rev : replaced_)
        for (const auto& down : rev.down_revisions)
            if (!index_.count(down))
                throw Error("Revision " + down + " referenced from " + rev.id + " (" + rev.file +
                            ") is not present; add the missing revision file or correct the down_revision of " +
                            rev.file);
    normalize_dependencies();
    for (const auto& [replaced, i] : listed) {
        const Revision* rev = replaced ? &replaced_[i] : &revisions_[i];
        if (replaced || is_head[i]) heads_.push_back(rev);
        if (replaced || is_real_head[i]) real_heads_.push_back(rev);
        if (rev->is_base()) bases_.push_back(rev);
        if (rev->is_real_base()) real_bases_.push_back(rev);
    }
    detect_cycles();
    add_branches();
}

void RevisionMap::map_branch_labels() {
    for (const auto& rev : revisions_) {
        for (const auto& label : rev.own_branch_labels) {
            const Revision* taken = lookup(label);
            if (taken)
                throw general("Branch name '" + label + "' in revision " + rev.id + " already used by revision " +
                              taken->id);
            label_keys_.emplace_back(label, rev.index);
        }
    }
}

void RevisionMap::add_dependencies() {
    for (auto& rev : revisions_) {
        rev.resolved_dependencies.clear();
        for (const auto& dep : rev.dependencies) {
            const Revision* r = lookup(dep);
            if (!r)
                throw Error("Revision " + dep + " referenced from " + rev.id +
                            " is not present; correct the depends_on of " + rev.file);
            rev.resolved_dependencies.push_back(r->id);
        }
    }
}

void RevisionMap::normalize_dependencies() {
    // A dependency that an ancestor already depends on adds nothing to this revision's own edges.
    for (auto& rev : revisions_) {
        if (rev.resolved_dependencies.empty()) {
            rev.normalized_dependencies.clear();
            continue;
        }
        std::vector<std::string> normalized = rev.resolved_dependencies;
        for (const Revision* anc : ancestors({&rev}, false)) {
            if (anc == &rev) continue;
            for (const auto& d : anc->resolved_dependencies)
                normalized.erase(std::remove(normalized.begin(), normalized.end(), d), normalized.end());
        }
        rev.normalized_dependencies = normalized;
    }
}

void RevisionMap::detect_cycles() const {
    if (revisions_.empty()) return;
    auto all_ids = [&] {
        std::vector<std::string> ids;
        for (const auto& r : revisions_) ids.push_back(r.id);
        return ids;
    };
    // Alembic lists every revision in map order when nothing is a head or a base, and the
    // unreachable ones sorted otherwise.
    auto fail = [&](const std::string& kind, std::vector<std::string> ids, bool sorted) {
        if (sorted) std::sort(ids.begin(), ids.end());
        throw general(kind + " is detected in revisions (" + format_as_comma(ids) + ")");
    };
    // Every revision must be reachable downwards from a head and upwards from a base; what is not
    // lies on a cycle. A replaced revision (an id listed twice) starts a walk with its own edges.
    auto reach = [&](const std::vector<const Revision*>& from, auto next) {
        std::vector<bool> seen(revisions_.size());
        std::vector<int> todo;
        auto visit = [&](const Revision& r) {
            seen[static_cast<size_t>(index_.at(r.id))] = true;
            for (const auto& id : next(r)) todo.push_back(index_.at(id));
        };
        for (const Revision* r : from) visit(*r);
        while (!todo.empty()) {
            int i = todo.back();
            todo.pop_back();
            if (!seen[static_cast<size_t>(i)]) visit(revisions_[static_cast<size_t>(i)]);
        }
        return seen;
    };
    auto check = [&](const std::string& kind, const std::vector<const Revision*>& heads,
                     const std::vector<const Revision*>& bases, auto down, auto up) {
        if (heads.empty() || bases.empty()) fail(kind, all_ids(), false);
        auto a = reach(heads, down);
        auto b = reach(bases, up);
        std::vector<std::string> bad;
        for (const auto& r : revisions_)
            if (!(a[static_cast<size_t>(r.index)] && b[static_cast<size_t>(r.index)])) bad.push_back(r.id);
        if (!bad.empty()) fail(kind, bad, true);
    };
    check("Cycle", heads_, bases_, [](const Revision& r) { return r.down_revisions; },
          [](const Revision& r) { return r.nextrev; });
    check("Dependency cycle", real_heads_, real_bases_, [](const Revision& r) { return r.all_down_revisions(); },
          [](const Revision& r) { return r.all_nextrev; });
}

void RevisionMap::add_branches() {
    // A label names its revision's whole branch: every descendant, and the ancestors down to the
    // branch point it grew from.
    for (auto& rev : revisions_) {
        if (rev.own_branch_labels.empty()) continue;
        const auto labels = rev.branch_labels;
        auto add = [&](Revision& r) {
            for (const auto& l : labels)
                if (!contains(r.branch_labels, l)) r.branch_labels.push_back(l);
        };
        const Revision* last = nullptr;
        for (const Revision* node : descendants({&rev}, Edges::Versioned)) {
            add(revisions_[static_cast<size_t>(node->index)]);
            last = node;
        }
        Revision* parent = last ? &revisions_[static_cast<size_t>(last->index)] : nullptr;
        while (parent && !parent->is_real_branch_point() && !parent->is_merge_point()) {
            add(*parent);
            if (parent->down_revisions.empty()) break;
            parent = &revisions_[static_cast<size_t>(index_.at(parent->down_revisions[0]))];
        }
    }
}

// --- Lookups --------------------------------------------------------------------------------------

const Revision* RevisionMap::find(const std::string& id) const {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &revisions_[static_cast<size_t>(it->second)];
}

const Revision* RevisionMap::lookup(const std::string& key) const {
    if (const Revision* r = find(key)) return r;
    for (const auto& [label, idx] : label_keys_)
        if (label == key) return &revisions_[static_cast<size_t>(idx)];
    return nullptr;
}

std::vector<const Revision*> RevisionMap::by_ids(const std::vector<std::string>& ids) const {
    std::vector<const Revision*> out;
    for (const auto& id : ids) out.push_back(find(id));
    return out;
}

std::vector<std::string> RevisionMap::heads() const {
    std::vector<std::string> out;
    for (const Revision* r : heads_) out.push_back(r->id);
    return out;
}

std::vector<std::string> RevisionMap::real_heads() const {
    std::vector<std::string> out;
    for (const Revision* r : real_heads_) out.push_back(r->id);
    return out;
}

std::vector<std::string> RevisionMap::bases() const {
    std::vector<std::string> out;
    for (const Revision* r : bases_) out.push_back(r->id);
    return out;
}

std::optional<std::string> RevisionMap::get_current_head(const std::optional<std::string>& branch_label) const {
    std::vector<const Revision*> current = by_ids(heads());
    if (branch_label) current = filter_for_lineage(current, branch_label);
    if (current.size() > 1) {
        std::vector<std::string> ids;
        for (auto* r : current) ids.push_back(r->id);
        throw multiple_heads(ids, branch_label ? *branch_label + "@head" : "head");
    }
    if (current.empty()) return std::nullopt;
    return current[0]->id;
}

RevisionMap::Resolved RevisionMap::resolve_revision_number(const std::optional<std::string>& id_in) const {
    Resolved out;
    std::optional<std::string> id = id_in;
    if (id && id->find('@') != std::string::npos) {
        auto at = id->find('@');
        out.branch_label = id->substr(0, at);
        id = id->substr(at + 1);
    }
    if (id && *id == "heads") {
        if (out.branch_label) {
            for (auto* r : filter_for_lineage(by_ids(heads()), out.branch_label)) out.ids.push_back(r->id);
        } else {
            out.ids = real_heads();
        }
    } else if (id && *id == "head") {
        if (auto h = get_current_head(out.branch_label)) out.ids.push_back(*h);
    } else if (!id || *id == "base") {
        // base: nothing
    } else {
        out.ids.push_back(*id);
    }
    return out;
}

std::vector<const Revision*> RevisionMap::get_revisions(const RevArg& id) const {
    if (auto* many = std::get_if<std::vector<std::string>>(&id)) {
        std::vector<const Revision*> out;
        for (const auto& one : *many) {
            auto part = get_revisions(RevArg{one});
            out.insert(out.end(), part.begin(), part.end());
        }
        return out;
    }
    std::optional<std::string> single;
    if (auto* s = std::get_if<std::string>(&id)) single = *s;
    Resolved resolved = resolve_revision_number(single);
    if (resolved.ids.size() == 1) {
        if (auto n = python_int(resolved.ids[0]); n && *n < 0) {
            // branch@-n: walk down from the heads
            std::vector<const Revision*> out;
            for (const Revision* head : by_ids(real_heads())) {
                if (resolved.branch_label && !contains(head->branch_labels, *resolved.branch_label)) continue;
                out.push_back(walk(head, static_cast<int>(std::max<long long>(*n, -1000000000LL)), std::nullopt,
                                   true));
            }
            return out;
        }
    }
    std::vector<const Revision*> out;
    for (const auto& rid : resolved.ids) out.push_back(revision_for_ident(rid, resolved.branch_label));
    return out;
}

const Revision* RevisionMap::get_revision(const std::optional<std::string>& id) const {
    Resolved resolved = resolve_revision_number(id);
    if (resolved.ids.size() > 1) throw multiple_heads(resolved.ids, id.value_or(""));
    if (resolved.ids.empty()) return nullptr;
    return revision_for_ident(resolved.ids[0], resolved.branch_label);
}

const Revision* RevisionMap::resolve_branch(const std::string& label) const {
    if (const Revision* r = lookup(label)) return r;
    try {
        return revision_for_ident(label, std::nullopt);
    } catch (const RevisionError& e) {
        if (e.kind() != RevisionError::Kind::Resolution) throw;
        throw resolution("No such branch: '" + label + "'", label);
    }
}

const Revision* RevisionMap::revision_for_ident(const std::string& id,
                                                const std::optional<std::string>& check_branch) const {
    const Revision* branch_rev = check_branch ? resolve_branch(*check_branch) : nullptr;
    const Revision* revision = lookup(id);
    if (!revision) {
        // A prefix of at least four characters selects the one id (or label) it starts.
        std::vector<const Revision*> candidates;
        std::vector<std::string> names;
        auto consider = [&](const std::string& key, const Revision* r) {
            if (key.size() > 3 && key.compare(0, id.size(), id) == 0 && key.size() >= id.size()) {
                candidates.push_back(r);
                names.push_back(key);
            }
        };
        for (const auto& r : revisions_) consider(r.id, &r);
        for (const auto& [label, idx] : label_keys_) consider(label, &revisions_[static_cast<size_t>(idx)]);
        if (branch_rev) {
            std::vector<const Revision*> kept;
            std::vector<std::string> kept_names;
            auto filtered = filter_for_lineage(candidates, check_branch);
            for (size_t i = 0; i < candidates.size(); ++i)
                if (std::find(filtered.begin(), filtered.end(), candidates[i]) != filtered.end()) {
                    kept.push_back(candidates[i]);
                    kept_names.push_back(names[i]);
                }
            candidates = kept;
            names = kept_names;
        }
        if (candidates.empty())
            throw resolution("No such revision or branch '" + id + "'" +
                                 (id.size() < 4 ? "; please ensure at least four characters are present for "
                                                  "partial revision identifier matches"
                                                : ""),
                             id);
        if (candidates.size() > 1) {
            std::string list;
            for (size_t i = 0; i < names.size() && i < 3; ++i) list += (i ? ", '" : "'") + names[i] + "'";
            throw resolution("Multiple revisions start with '" + id + "': " + list + "...", id);
        }
        revision = candidates[0];
    }
    if (check_branch && revision && !shares_lineage(revision, {branch_rev->id}, false))
        throw resolution("Revision " + revision->id + " is not a member of branch '" + *check_branch + "'", id);
    return revision;
}

bool RevisionMap::shares_lineage(const Revision* target, const std::vector<std::string>& against,
                                 bool include_dependencies) const {
    if (against.empty()) return true;
    RevSet tests;
    for (const auto& a : against) tests.insert(revision_for_ident(a, std::nullopt));
    auto edges = include_dependencies ? Edges::WithDependencies : Edges::Versioned;
    for (const Revision* r : descendants({target}, edges))
        if (tests.count(r)) return true;
    for (const Revision* r : ancestors({target}, include_dependencies))
        if (tests.count(r)) return true;
    return false;
}

std::vector<const Revision*> RevisionMap::filter_for_lineage(const std::vector<const Revision*>& targets,
                                                             const std::optional<std::string>& check_against,
                                                             bool include_dependencies) const {
    Resolved resolved = resolve_revision_number(check_against);
    std::vector<std::string> shares;
    if (resolved.branch_label) shares.push_back(*resolved.branch_label);
    shares.insert(shares.end(), resolved.ids.begin(), resolved.ids.end());
    std::vector<const Revision*> out;
    for (const Revision* t : targets)
        if (shares_lineage(t, shares, include_dependencies)) out.push_back(t);
    return out;
}

// --- Walks ----------------------------------------------------------------------------------------

namespace {

// Alembic's _iterate_related_revisions: a depth-first walk from each target along the edges
// `next` gives, each revision once, in the order Alembic visits them. With `check`, a target
// reached from another target is an error (the two requested revisions overlap).
template <typename Next>
std::vector<const Revision*> walk_related(const std::vector<const Revision*>& targets, bool check, Next next) {
    std::vector<const Revision*> out;
    RevSet seen;
    // Where each target stands in `targets`, for the overlap check: asking every other target
    // after each walk made `upgrade heads` over 10,000 heads quadratic.
    std::unordered_map<const Revision*, std::vector<size_t>> positions;
    if (check)
        for (size_t i = 0; i < targets.size(); ++i) positions[targets[i]].push_back(i);
    for (const Revision* target : targets) {
        std::vector<const Revision*> todo{target};
        RevSet per_target;
        while (!todo.empty()) {
            const Revision* rev = todo.back();
            todo.pop_back();
            if (check) per_target.insert(rev);
            if (!seen.insert(rev).second) continue;
            next(rev, todo);
            out.push_back(rev);
        }
        if (check) {
            std::vector<size_t> hits; // the other targets this walk reached, in the targets' order
            for (const Revision* r : per_target)
                if (r != target)
                    if (auto it = positions.find(r); it != positions.end())
                        hits.insert(hits.end(), it->second.begin(), it->second.end());
            if (!hits.empty()) {
                std::sort(hits.begin(), hits.end());
                std::vector<std::string> overlaps;
                for (size_t i : hits) overlaps.push_back(targets[i]->id);
                throw general("Requested revision " + target->id + " overlaps with other requested revisions " +
                              format_as_comma(overlaps));
            }
        }
    }
    return out;
}

} // namespace

std::vector<const Revision*> RevisionMap::descendants(const std::vector<const Revision*>& targets, Edges edges,
                                                      bool check) const {
    RevSet target_set(targets.begin(), targets.end());
    return walk_related(targets, check, [&](const Revision* rev, std::vector<const Revision*>& todo) {
        const std::vector<std::string>* next = &rev->nextrev;
        if (edges == Edges::WithDependencies || (edges == Edges::OmitImmediateDependencies && !target_set.count(rev)))
            next = &rev->all_nextrev;
        for (const auto& id : *next) todo.push_back(find(id));
    });
}

std::vector<const Revision*> RevisionMap::ancestors(const std::vector<const Revision*>& targets,
                                                    bool include_dependencies, bool check) const {
    return walk_related(targets, check, [&](const Revision* rev, std::vector<const Revision*>& todo) {
        auto next = include_dependencies ? rev->normalized_down_revisions() : rev->down_revisions;
        for (const auto& id : next) todo.push_back(lookup(id));
    });
}

RevisionMap::Position RevisionMap::walk(Position start, int steps, const std::optional<std::string>& branch_label,
                                        bool no_overwalk) const {
    Position initial = start;
    for (int i = 0; i < std::abs(steps); ++i) {
        std::vector<const Revision*> children;
        if (steps > 0) {
            std::vector<const Revision*> up =
                initial == nullptr ? by_ids(bases()) : by_ids(initial->nextrev);
            children = branch_label ? filter_for_lineage(up, branch_label) : up;
        } else if (!is_base_marker(initial)) {
            children = initial == nullptr ? by_ids(heads()) : get_revisions(RevArg{initial->down_revisions});
            if (children.empty()) children.push_back(&base_marker_);
        }
        if (children.empty()) return no_overwalk ? nullptr : initial;
        if (children.size() > 1) throw general("Ambiguous walk");
        initial = children[0];
    }
    return initial;
}

std::pair<std::optional<std::string>, RevisionMap::Position>
RevisionMap::parse_downgrade_target(const RevArg& current, const RevArg& target, bool assert_relative_length) const {
    if (std::holds_alternative<std::monostate>(target)) return {std::nullopt, nullptr};
    const std::string text = arg_text(target);
    if (auto m = match_relative(text)) {
        auto branch_label = m->branch_label;
        if (m->steps >= 0) {
            if (!m->symbol) throw general(relative_message(m->relative, m->steps));
            Position rev = walk(get_revision(*m->symbol), m->steps, branch_label, assert_relative_length);
            if (!rev) throw general("Walked too far");
            return {branch_label, rev};
        }
        bool relative_to_current = !m->symbol;
        std::string symbol = m->symbol.value_or("");
        if (relative_to_current) {
            auto currents = to_tuple(current);
            if (branch_label) {
                std::vector<const Revision*> list = filter_for_lineage(by_ids(currents), branch_label);
                if (list.empty()) list = filter_for_lineage(get_all_current(currents), branch_label);
                if (list.size() != 1) throw general("Ambiguous downgrade from multiple current revisions");
                symbol = list[0]->id;
            } else {
                if (currents.empty()) throw general(relative_message(m->relative, m->steps));
                if (warn_ && std::set<std::string>(currents.begin(), currents.end()).size() > 1)
                    warn_("downgrade -1 from multiple heads is ambiguous; this usage will be disallowed in a "
                          "future release.");
                symbol = currents[0];
                branch_label = symbol; // restrict the walk to the branch of the first current head
            }
        }
        Position start = branch_label ? get_revision(*branch_label + "@" + symbol) : get_revision(symbol);
        Position rev = walk(start, m->steps, std::nullopt, assert_relative_length);
        if (!rev) throw general(relative_to_current ? relative_message(m->relative, m->steps) : "Walked too far");
        return {branch_label, rev};
    }
    auto at = text.rfind('@');
    std::optional<std::string> branch_label;
    std::string symbol = text;
    if (at != std::string::npos) {
        if (at > 0) branch_label = text.substr(0, at);
        symbol = text.substr(at + 1);
    }
    return {branch_label, get_revision(symbol)};
}

std::vector<const Revision*> RevisionMap::parse_upgrade_target(const RevArg& current, const RevArg& target,
                                                               bool assert_relative_length) const {
    std::optional<RelativeIdentifier> m;
    if (auto* s = std::get_if<std::string>(&target)) m = match_relative(*s);
    if (!m) return get_revisions(target);

    auto currents = to_tuple(current);
    if (m->steps > 0) {
        if (m->symbol) {
            return {walk(get_revision(*m->symbol), m->steps, m->branch_label, assert_relative_length)};
        }
        // Relative to the database's current revision(s): there must be exactly one to start from.
        std::vector<Position> start_revs;
        if (currents.empty()) start_revs.push_back(nullptr);
        else for (auto* r : get_revisions(RevArg{currents})) start_revs.push_back(r);
        if (m->branch_label) {
            std::vector<const Revision*> real;
            for (auto* r : start_revs) if (r) real.push_back(r);
            auto on_branch = filter_for_lineage(real, m->branch_label);
            start_revs.assign(on_branch.begin(), on_branch.end());
            if (start_revs.empty()) {
                // The branch is not among the current heads: start from its tip below them.
                auto active = filter_for_lineage(ancestors(get_revisions(RevArg{currents}), true), m->branch_label);
                std::set<std::string> downs;
                for (auto* r : active)
                    for (const auto& d : r->normalized_down_revisions()) downs.insert(d);
                for (auto* r : active)
                    if (!downs.count(r->id)) start_revs.push_back(r);
                if (start_revs.empty()) start_revs.push_back(nullptr);
            }
        }
        if (start_revs.size() > 1) throw general("Ambiguous upgrade from multiple current revisions");
        Position rev = walk(start_revs[0], m->steps, m->branch_label, assert_relative_length);
        if (!rev) throw general(relative_message(m->relative, m->steps));
        return {rev};
    }
    // Alembic formats this one with the parsed int, not the text: "+0" reads "0".
    if (!m->symbol) throw general(relative_message(std::to_string(m->steps), m->steps));
    Position start = m->branch_label ? get_revision(*m->branch_label + "@" + *m->symbol) : get_revision(*m->symbol);
    return {walk(start, m->steps, std::nullopt, assert_relative_length)};
}

std::pair<std::vector<const Revision*>, std::vector<const Revision*>>
RevisionMap::collect_upgrade(const RevArg& upper, const RevArg& lower_in, bool inclusive, bool implicit_base,
                             bool assert_relative_length) const {
    RevArg lower = lower_in;
    std::vector<const Revision*> targets = parse_upgrade_target(lower, upper, assert_relative_length);
    for (auto* t : targets)
        if (!t || is_base_marker(t)) throw general("Walked too far"); // Alembic fails an assertion here

    if (auto* s = std::get_if<std::string>(&lower); s && s->find('@') != std::string::npos) {
        std::string branch = s->substr(0, s->find('@'));
        const Revision* branch_rev = get_revision(branch);
        if (branch_rev && branch_rev->id == branch && !branch_rev->branch_labels.empty())
            branch = branch_rev->branch_labels[0];
        std::vector<const Revision*> kept;
        for (auto* t : targets)
            if (contains(t->branch_labels, branch)) kept.push_back(t);
        targets = kept;
    }

    std::vector<const Revision*> required = ancestors(targets, true, true);
    RevSet required_set(required.begin(), required.end());
    for (auto* t : targets) // a set, not push_unique: `upgrade heads` over 10,000 heads
        if (required_set.insert(t).second) required.push_back(t);

    std::vector<const Revision*> current = get_revisions(lower);
    if (!implicit_base)
        for (auto* r : current)
            if (r && !is_base_marker(r) && !required_set.count(r)) throw range_not_ancestor(arg_text(lower), arg_text(upper));

    if (!current.empty() && current[0] == nullptr) {
        // lower was relative (e.g. history -r-2:): resolve it against upper
        auto [_, rev] = parse_downgrade_target(upper, lower, assert_relative_length);
        if (!rev || is_base_marker(rev)) {
            current.clear();
            lower = std::monostate{};
        } else {
            current = {rev};
            lower = rev->id;
        }
    }
    std::vector<const Revision*> current_real;
    for (auto* r : current)
        if (r && !is_base_marker(r)) current_real.push_back(r);
    RevSet current_nodes;
    for (auto* r : ancestors(current_real, true, true)) current_nodes.insert(r);

    std::vector<const Revision*> needs;
    for (auto* r : required)
        if (!current_nodes.count(r)) needs.push_back(r);
    if (inclusive)
        for (auto* r : get_revisions(lower))
            if (r && !is_base_marker(r)) push_unique(needs, r);
    if (!current_real.empty() && !implicit_base) {
        auto below = descendants(current_real, Edges::Versioned, true);
        RevSet keep(below.begin(), below.end());
        std::erase_if(needs, [&](const Revision* r) { return !keep.count(r); });
    }
    return {needs, targets};
}

std::pair<std::vector<const Revision*>, std::vector<const Revision*>>
RevisionMap::collect_downgrade(const RevArg& upper, const RevArg& target, bool inclusive, bool implicit_base,
                               bool assert_relative_length) const {
    auto [branch_label, target_rev] = parse_downgrade_target(upper, target, assert_relative_length);
    if (is_base_marker(target_rev)) target_rev = nullptr;

    std::vector<const Revision*> roots;
    if (!target_rev) {
        for (const auto& r : revisions_)
            if (r.is_base()) roots.push_back(&r);
    } else if (inclusive) {
        roots.push_back(target_rev);
    } else {
        roots = by_ids(target_rev->nextrev);
    }
    if (branch_label && roots.size() > 1) {
        auto anc = ancestors({resolve_branch(*branch_label)}, false);
        RevSet anc_set(anc.begin(), anc.end());
        std::erase_if(roots, [&](const Revision* r) { return !anc_set.count(r); });
        if (roots.empty()) throw general("Not a valid downgrade target from current heads");
    }
    std::vector<const Revision*> heads = get_revisions(upper);
    std::vector<const Revision*> real_heads;
    for (auto* h : heads)
        if (h && !is_base_marker(h)) real_heads.push_back(h);

    auto active = ancestors(real_heads, true);
    RevSet active_set(active.begin(), active.end());
    std::vector<const Revision*> drop;
    for (auto* r : descendants(roots, Edges::WithDependencies))
        if (active_set.count(r)) drop.push_back(r);
    if (implicit_base) {
        auto root_anc = ancestors(roots, true);
        RevSet root_set(root_anc.begin(), root_anc.end());
        RevSet in_drop(drop.begin(), drop.end());
        for (auto* r : active)
            if (!root_set.count(r) && in_drop.insert(r).second) drop.push_back(r);
    }
    if (target_rev && drop.empty() && std::find(heads.begin(), heads.end(), target_rev) == heads.end())
        throw range_not_ancestor("Nothing to drop", arg_text(upper));
    return {drop, real_heads};
}

std::vector<const Revision*> RevisionMap::topological_sort(const std::vector<const Revision*>& revisions,
                                                           const std::vector<const Revision*>& heads_in) const {
    // Walks down from the heads, one branch at a time, emitting a revision only when no other
    // pending branch still needs it: Alembic's order, which decides the order of steps.
    RevSet todo(revisions.begin(), revisions.end());
    std::vector<const Revision*> current_heads;
    RevSet in_current; // current_heads as a set: a find over 10,000 heads per step was quadratic
    for (auto* h : heads_in)
        if (h && !is_base_marker(h) && todo.count(h) && in_current.insert(h).second) current_heads.push_back(h);
    std::sort(current_heads.begin(), current_heads.end(),
              [](const Revision* a, const Revision* b) { return a->index < b->index; });

    // "Does another pending branch still need this revision" asks whether it is an ancestor of that
    // branch's head. Alembic keeps every ancestor of every pending head in a set and recomputes the
    // sets at each merge point, which is quadratic over a long history with merges. Here each head's
    // ancestors are explored lazily, highest level first (a level is the longest path down to a base,
    // so an ancestor's level is always lower than its descendant's), only as deep as a question needs.
    auto parents = [&](const Revision* r) {
        std::vector<const Revision*> out;
        for (const auto& id : r->normalized_down_revisions())
            if (const Revision* p = lookup(id)) out.push_back(p);
        return out;
    };
    std::unordered_map<const Revision*, int> levels;
    auto level = [&](const Revision* start) { // iterative: a history can be thousands deep
        std::vector<const Revision*> stack{start};
        while (!stack.empty()) {
            const Revision* r = stack.back();
            if (levels.count(r)) {
                stack.pop_back();
                continue;
            }
            int lv = 0;
            bool ready = true;
            for (const Revision* p : parents(r)) {
                auto it = levels.find(p);
                if (it == levels.end()) {
                    stack.push_back(p);
                    ready = false;
                } else {
                    lv = std::max(lv, it->second + 1);
                }
            }
            if (ready) {
                levels[r] = lv;
                stack.pop_back();
            }
        }
        return levels[start];
    };
    struct Ancestors {
        RevSet found;    // ancestors of the head known so far, the head included
        RevSet explored; // those whose parents are in `found` too
        std::vector<std::pair<int, const Revision*>> frontier; // found, unexplored: a max-heap by level
    };
    auto push = [&](Ancestors& a, const Revision* r) {
        if (!a.found.insert(r).second) return;
        a.frontier.emplace_back(level(r), r);
        std::push_heap(a.frontier.begin(), a.frontier.end());
    };
    auto ancestors_of = [&](const Revision* head) {
        Ancestors a;
        push(a, head);
        return a;
    };
    auto is_ancestor = [&](Ancestors& a, const Revision* r) {
        const int lr = level(r);
        while (!a.frontier.empty() && a.frontier.front().first > lr) {
            std::pop_heap(a.frontier.begin(), a.frontier.end());
            const Revision* next = a.frontier.back().second;
            a.frontier.pop_back();
            if (a.explored.insert(next).second)
                for (const Revision* p : parents(next)) push(a, p);
        }
        return a.found.count(r) > 0;
    };
    // Only a revision with a child can be another head's ancestor: a childless candidate (every
    // head of N sibling branches) skips the scan of the other heads, which made downgrading 10,000
    // sibling heads quadratic (24 s). The scan itself is Alembic's, and keeps its order.
    RevSet has_child;
    auto note_children = [&](const Revision& r) {
        for (const Revision* p : parents(&r)) has_child.insert(p);
    };
    for (const auto& r : revisions_) note_children(r);
    for (const auto& r : replaced_) note_children(r);

    // The pending heads in Alembic's order, each with its ancestors. A list: a head leaves from
    // anywhere in it, and erasing from the front of a vector of 10,000 was quadratic too.
    struct Pending {
        const Revision* head;
        Ancestors ancestors;
    };
    std::list<Pending> pending;
    for (auto* h : current_heads) pending.push_back({h, ancestors_of(h)});

    std::vector<const Revision*> output;
    auto at = pending.begin();
    while (!pending.empty()) {
        const Revision* candidate = at->head;
        bool blocked = false;
        if (has_child.count(candidate)) {
            for (auto other = pending.begin(); other != pending.end(); ++other) {
                if (other != at && is_ancestor(other->ancestors, candidate)) {
                    at = other; // another head depends on us: it goes first
                    blocked = true;
                    break;
                }
            }
        }
        if (blocked) continue;
        if (todo.erase(candidate)) output.push_back(candidate);

        std::vector<const Revision*> heads_to_add;
        for (const auto& id : candidate->normalized_down_revisions()) {
            const Revision* r = lookup(id);
            if (todo.count(r) && !in_current.count(r)) heads_to_add.push_back(r);
        }
        in_current.erase(candidate);
        in_current.insert(heads_to_add.begin(), heads_to_add.end());
        if (heads_to_add.empty()) {
            // The head before this one is next (the first, when this was the first).
            at = pending.erase(at);
            if (at != pending.begin()) --at;
        } else if (candidate->normalized_dependencies.empty() && candidate->down_revisions.size() == 1) {
            // One parent: its ancestors are the candidate's, minus the candidate.
            at->head = heads_to_add[0];
            at->ancestors.found.erase(candidate);
            push(at->ancestors, heads_to_add[0]);
        } else {
            at->head = heads_to_add[0];
            at->ancestors = ancestors_of(heads_to_add[0]);
            for (size_t i = 1; i < heads_to_add.size(); ++i) pending.push_back({heads_to_add[i], ancestors_of(heads_to_add[i])});
        }
    }
    if (!todo.empty()) throw general("Dependency resolution failed; the revision graph could not be ordered");
    return output;
}

std::vector<const Revision*> RevisionMap::iterate_revisions(const RevArg& upper, const RevArg& lower,
                                                            bool implicit_base, bool inclusive,
                                                            bool assert_relative_length,
                                                            bool select_for_downgrade) const {
    auto [revisions, heads] = select_for_downgrade
                                  ? collect_downgrade(upper, lower, inclusive, implicit_base, assert_relative_length)
                                  : collect_upgrade(upper, lower, inclusive, implicit_base, assert_relative_length);
    return topological_sort(revisions, heads);
}

std::vector<const Revision*> RevisionMap::filter_into_branch_heads(const std::vector<const Revision*>& targets) const {
    // A target stays unless another target descends from it (along the nextrev edges descendants()
    // follows). One walk up from all the targets at once marks every revision with a target below
    // it: linear, where a descendants() walk per target made `current` quadratic in the history.
    std::unordered_map<const Revision*, std::vector<const Revision*>> parents;
    auto add_parents = [&](const Revision& r) {
        for (const auto& id : r.nextrev) parents[find(id)].push_back(&r);
    };
    for (const auto& r : revisions_) add_parents(r);
    for (const auto& r : replaced_) add_parents(r);
    RevSet above_a_target;
    std::vector<const Revision*> todo;
    for (auto* t : targets) todo.insert(todo.end(), parents[t].begin(), parents[t].end());
    while (!todo.empty()) {
        const Revision* r = todo.back();
        todo.pop_back();
        if (above_a_target.insert(r).second) todo.insert(todo.end(), parents[r].begin(), parents[r].end());
    }
    std::vector<const Revision*> out;
    for (auto* r : targets)
        if (!above_a_target.count(r)) out.push_back(r);
    return out;
}

std::vector<const Revision*> RevisionMap::get_all_current(const std::vector<std::string>& ids) const {
    std::vector<const Revision*> top;
    RevSet in_top; // push_unique on a vector would be quadratic over a long history
    auto add = [&](const Revision* r) {
        if (in_top.insert(r).second) top.push_back(r);
    };
    for (auto* r : get_revisions(RevArg{ids}))
        if (r && !is_base_marker(r)) add(r);
    for (auto* r : ancestors(top, true)) add(r);
    auto heads = filter_into_branch_heads(top);
    std::sort(heads.begin(), heads.end(), [](const Revision* a, const Revision* b) { return a->index < b->index; });
    return heads;
}

} // namespace revlab::script
