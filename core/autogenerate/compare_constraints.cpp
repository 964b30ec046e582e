// Indexes, unique constraints and foreign keys (compare.py's _compare_indexes_and_uniques and
// _compare_foreign_keys). Indexes and named unique constraints match by name; unnamed unique
// constraints by their sorted columns ("signature"), so they can be added but never dropped;
// foreign keys by source and target columns plus ON UPDATE / ON DELETE / DEFERRABLE, never by name.
#include "autogenerate/compare_parts.hpp"

#include "py/str_repr.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace revlab::autogenerate::detail {

namespace {

using Names = std::vector<std::string>;

Names sorted(Names v) {
    std::sort(v.begin(), v.end());
    return v;
}

// _ix_constraint_sig / _uq_constraint_sig.
struct Sig {
    bool is_index = false;
    bool is_unique = false;
    std::optional<std::string> name;
    Names columns; // column_names, in declaration order (None for an expression)
    Names sig;     // sorted column names
    schema::Index index;
    schema::UniqueConstraint unique;
    bool conventional = false;
};

Sig index_sig(const schema::Index& ix, const schema::Table* meta) {
    Sig s;
    s.is_index = true;
    s.is_unique = ix.unique;
    s.name = ix.name;
    for (std::size_t i = 0; i < ix.expressions.size(); ++i) {
        bool expression = i < ix.is_expression.size() && ix.is_expression[i];
        s.columns.push_back(expression ? "None" : ix.expressions[i]);
        if (!expression) s.sig.push_back(ix.expressions[i]);
    }
    s.sig = sorted(s.sig);
    s.index = ix;
    s.conventional = meta && conventional_index_name(*meta, ix);
    return s;
}

Sig unique_sig(const schema::UniqueConstraint& uq) {
    Sig s;
    s.is_unique = true;
    s.name = uq.name;
    s.columns = uq.columns;
    s.sig = sorted(uq.columns);
    s.unique = uq;
    return s;
}

// column_names as the log prints them: the repr of the list, except that an expression's None
// is bare.
std::string column_names(const Sig& s) {
    std::string out = "[";
    for (std::size_t i = 0; i < s.columns.size(); ++i) {
        out += i ? ", " : "";
        bool expression = s.is_index && i < s.index.is_expression.size() && s.index.is_expression[i];
        out += expression ? "None" : py::repr_str(s.columns[i]);
    }
    return out + "]";
}

std::string name_text(const std::optional<std::string>& name) {
    return name ? *name : "None";
}

struct IndexComparison {
    const std::string& table;
    bool create_or_drop; // uniques of a new or removed table are part of its CREATE TABLE
    ModifyTable& ops;
    std::vector<LogLine>& log;

    void added(const Sig& s) {
        if (s.is_index) {
            ops.ops.push_back(CreateIndex{table, s.index, s.conventional, Origin::Model});
            detected(log, "Detected added index '" + name_text(s.name) + "' on '" + column_names(s) + "'");
        } else if (!create_or_drop) {
            ops.ops.push_back(AddUniqueConstraint{table, s.unique});
            detected(log, "Detected added unique constraint '" + name_text(s.name) + "' on '" +
                              column_names(s) + "'");
        }
    }

    void removed(const Sig& s) {
        if (s.is_index) {
            ops.ops.push_back(DropIndex{table, s.index, false, Origin::Database});
            detected(log, "Detected removed index '" + name_text(s.name) + "' on '" + table + "'");
        } else if (!create_or_drop) {
            schema::Constraint c{schema::Constraint::Kind::Unique, {}, {}, {}};
            c.unique = s.unique;
            ops.ops.push_back(DropConstraint{table, c});
            detected(log,
                     "Detected removed unique constraint '" + name_text(s.name) + "' on '" + table + "'");
        }
    }

    void changed(const Sig& old, const Sig& now, const std::vector<std::string>& msg) {
        std::string joined;
        for (const auto& m : msg)
            joined += (joined.empty() ? "" : ", ") + m;
        const char* what = old.is_index ? "index" : "unique constraint";
        detected(log, std::string("Detected changed ") + what + " '" + name_text(old.name) + "' on '" +
                          table + "':" + joined);
        if (old.is_index) {
            ops.ops.push_back(DropIndex{table, old.index, false, Origin::Database});
            ops.ops.push_back(CreateIndex{table, now.index, now.conventional, Origin::Model});
        } else {
            schema::Constraint c{schema::Constraint::Kind::Unique, {}, {}, {}};
            c.unique = old.unique;
            ops.ops.push_back(DropConstraint{table, c});
            ops.ops.push_back(AddUniqueConstraint{table, now.unique});
        }
    }
};

std::string py_bool(bool b) {
    return b ? "True" : "False";
}

} // namespace

void compare_indexes_and_uniques(const schema::Table* conn, const schema::Table* meta,
                                 const std::string& table, ModifyTable& ops, std::vector<LogLine>& log) {
    IndexComparison cmp{table, conn == nullptr || meta == nullptr, ops, log};

    std::vector<Sig> meta_uniques, meta_indexes, conn_uniques, conn_indexes;
    if (meta) {
        for (const auto& u : unique_constraints(*meta))
            meta_uniques.push_back(unique_sig(u));
        for (const auto& ix : meta->indexes)
            meta_indexes.push_back(index_sig(ix, meta));
    }
    if (conn) {
        if (meta)
            for (const auto& u : unique_constraints(*conn))
                conn_uniques.push_back(unique_sig(u));
        for (const auto& ix : conn->indexes)
            conn_indexes.push_back(index_sig(ix, nullptr));
    }

    // 5. by name: every model index, and the model's named unique constraints.
    std::map<std::string, Sig> meta_names, conn_names, conn_uniques_by_name, conn_indexes_by_name;
    for (const auto& s : meta_uniques)
        if (s.name) meta_names[*s.name] = s;
    for (const auto& s : meta_indexes)
        if (s.name) meta_names[*s.name] = s;
    for (const auto& s : conn_uniques)
        if (s.name) conn_uniques_by_name[*s.name] = conn_names[*s.name] = s;
    for (const auto& s : conn_indexes)
        if (s.name) conn_indexes_by_name[*s.name] = conn_names[*s.name] = s;
    std::set<std::string> doubled;
    for (const auto& [name, s] : conn_uniques_by_name)
        if (conn_indexes_by_name.count(name)) doubled.insert(name);

    // 6. by signature, for unnamed unique constraints.
    std::set<Names> conn_unique_sigs, meta_unique_sigs, meta_index_sigs;
    for (const auto& s : conn_uniques)
        conn_unique_sigs.insert(s.sig);
    for (const auto& s : meta_uniques)
        meta_unique_sigs.insert(s.sig);
    for (const auto& s : meta_indexes)
        meta_index_sigs.insert(s.sig);
    std::vector<Sig> unnamed_meta_uniques;
    for (const auto& s : meta_uniques)
        if (!s.name && std::none_of(unnamed_meta_uniques.begin(), unnamed_meta_uniques.end(),
                                    [&](const Sig& u) { return u.sig == s.sig; }))
            unnamed_meta_uniques.push_back(s);
    auto is_unnamed_meta_sig = [&](const Names& sig) {
        return std::any_of(unnamed_meta_uniques.begin(), unnamed_meta_uniques.end(),
                           [&](const Sig& u) { return u.sig == sig; });
    };

    for (const auto& [name, conn_obj] : conn_names) {
        if (meta_names.count(name)) continue;
        if (!conn_obj.is_index && is_unnamed_meta_sig(conn_obj.sig)) continue;
        if (doubled.count(name)) {
            if (!meta_index_sigs.count(conn_obj.sig) && !meta_unique_sigs.count(conn_obj.sig)) {
                cmp.removed(conn_uniques_by_name.at(name));
                cmp.removed(conn_indexes_by_name.at(name));
            }
        } else {
            cmp.removed(conn_obj);
        }
    }

    for (const auto& [name, meta_obj] : meta_names) {
        if (!conn_names.count(name)) continue;
        const Sig& conn_obj = doubled.count(name) ? (meta_obj.is_index ? conn_indexes_by_name.at(name)
                                                                       : conn_uniques_by_name.at(name))
                                                  : conn_names.at(name);
        if (conn_obj.is_index != meta_obj.is_index) {
            cmp.removed(conn_obj);
            cmp.added(meta_obj);
            continue;
        }
        std::vector<std::string> msg;
        if (conn_obj.is_unique != meta_obj.is_unique)
            msg.push_back(" unique=" + py_bool(conn_obj.is_unique) +
                          " to unique=" + py_bool(meta_obj.is_unique));
        if (conn_obj.sig != meta_obj.sig)
            msg.push_back(" columns " + py::repr_str_tuple(conn_obj.sig) + " to " +
                          py::repr_str_tuple(meta_obj.sig));
        if (!msg.empty()) cmp.changed(conn_obj, meta_obj, msg);
    }

    for (const auto& [name, meta_obj] : meta_names)
        if (!conn_names.count(name)) cmp.added(meta_obj);

    for (const auto& s : unnamed_meta_uniques)
        if (!conn_unique_sigs.count(s.sig)) cmp.added(s);
}

namespace {

std::optional<std::string> lower_action(const std::optional<std::string>& action) {
    if (!action || action->empty()) return std::nullopt;
    std::string s = *action;
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (s == "no action") return std::nullopt;
    return s;
}

// _fk_constraint_sig with include_options (SQLite reflects the options).
struct FkSig {
    Names source_columns;
    std::string target_table;
    Names target_columns;
    std::optional<std::string> onupdate, ondelete;
    std::string deferrable;
    bool operator==(const FkSig&) const = default;
};

FkSig fk_sig(const schema::ForeignKey& fk) {
    FkSig s{fk.columns,
            fk.referred_table,
            fk.referred_columns,
            lower_action(fk.onupdate),
            lower_action(fk.ondelete),
            "not deferrable"};
    std::string initially = fk.deferrable_initially.value_or("");
    for (auto& c : initially)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (initially == "deferred")
        s.deferrable = "initially_deferrable";
    else if (fk.deferrable.value_or(false))
        s.deferrable = "deferrable";
    return s;
}

std::string joined(const Names& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

} // namespace

void compare_foreign_keys(const schema::Table& conn, const schema::Table& meta, ModifyTable& ops,
                          std::vector<LogLine>& log) {
    auto conn_fks = foreign_keys(conn), meta_fks = foreign_keys(meta);
    auto contains = [](const std::vector<schema::ForeignKey>& fks, const FkSig& sig) {
        return std::any_of(fks.begin(), fks.end(),
                           [&](const schema::ForeignKey& fk) { return fk_sig(fk) == sig; });
    };
    auto describe = [&](const schema::ForeignKey& fk) {
        return "(" + joined(fk.columns) + ")(" + joined(fk.referred_columns) + ") on table " + meta.name;
    };
    std::vector<FkSig> seen;
    auto first_time = [&](const FkSig& sig) {
        if (std::find(seen.begin(), seen.end(), sig) != seen.end()) return false;
        seen.push_back(sig);
        return true;
    };
    for (const auto& fk : conn_fks) {
        FkSig sig = fk_sig(fk);
        if (contains(meta_fks, sig) || !first_time(sig)) continue;
        schema::Constraint c{schema::Constraint::Kind::ForeignKey, {}, {}, {}};
        c.foreign_key = fk;
        ops.ops.push_back(DropConstraint{meta.name, c});
        detected(log, "Detected removed foreign key " + describe(fk));
    }
    for (const auto& fk : meta_fks) {
        FkSig sig = fk_sig(fk);
        if (contains(conn_fks, sig) || !first_time(sig)) continue;
        ops.ops.push_back(AddForeignKey{meta.name, fk});
        detected(log, "Detected added foreign key " + describe(fk));
    }
}

} // namespace revlab::autogenerate::detail
