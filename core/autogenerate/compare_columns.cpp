// The per-column comparators of compare.py, in their registration order: _compare_nullable,
// _setup_autoincrement, _compare_type, _compare_server_default. Each fills its part of one
// AlterColumnOp; the existing_* values are filled even when nothing changes, because the
// rendered alter_column repeats them for whatever did change.
#include "autogenerate/compare_parts.hpp"

#include "autogenerate/types.hpp"
#include "schema/ddl.hpp"

#include <algorithm>

namespace revlab::autogenerate::detail {

namespace {

// PrimaryKeyConstraint._autoincrement_column: the one integer (or numeric) key column SQLite
// fills by itself, unless it has a server default or a foreign key.
bool is_autoincrement_column(const schema::Table& table, const schema::Column& column) {
    auto pk = table.primary_key_columns();
    if (pk.size() != 1) return column.autoincrement == true;
    if (pk[0] != column.name) return false;
    if (column.autoincrement == true) return true;
    if (column.autoincrement == false) return false;
    std::string affinity = column.type.affinity();
    if (affinity != "integer" && affinity != "numeric") return false;
    if (column.server_default) return false;
    auto fks = foreign_keys(table);
    return std::none_of(fks.begin(), fks.end(), [&](const schema::ForeignKey& fk) {
        return std::find(fk.columns.begin(), fk.columns.end(), column.name) != fk.columns.end();
    });
}

std::string strip_outer(const std::string& s, char open, char close) {
    if (s.size() >= 3 && s.front() == open && s.back() == close) return s.substr(1, s.size() - 2);
    return s;
}

// re.sub(r"^\"?'(.+)'\"?$", r"\1", s)
std::string strip_quotes(const std::string& s) {
    std::string t = s;
    bool dq = t.size() >= 2 && t.front() == '"' && t.back() == '"';
    if (dq) t = t.substr(1, t.size() - 2);
    if (t.size() >= 3 && t.front() == '\'' && t.back() == '\'') return t.substr(1, t.size() - 2);
    return s;
}

} // namespace

std::string normalized_default(const schema::ServerDefault& d, Origin origin) {
    // A model's sa.text() is compiled; what SQLite stores is already compiled.
    std::string sql = d.sql;
    if (origin == Origin::Model && d.kind == schema::ServerDefault::Kind::Text)
        sql = schema::render_text_clause(sql);
    // SQLite stores "DEFAULT (x)" as "x"; strip the parentheses on both sides, then the quotes.
    std::string prev;
    while (prev != sql) {
        prev = sql;
        sql = strip_outer(sql, '(', ')');
    }
    return strip_quotes(sql);
}

void compare_column(const schema::Column& conn, const schema::Table& meta_table, const schema::Column& meta,
                    const CompareOptions& options, ModifyTable& ops, std::vector<LogLine>& log) {
    AlterColumn op;
    op.table = meta_table.name;
    op.column = meta.name;
    std::string where = meta_table.name + "." + meta.name;

    // _compare_nullable
    op.existing_nullable = conn.nullable;
    if (conn.nullable != meta.nullable) {
        op.modify_nullable = meta.nullable;
        detected(log, std::string("Detected ") + (meta.nullable ? "NULL" : "NOT NULL") + " on column '" +
                          where + "'");
    }

    // _setup_autoincrement
    if (is_autoincrement_column(meta_table, meta))
        op.autoincrement = true;
    else if (meta.autoincrement)
        op.autoincrement = *meta.autoincrement;

    // _compare_type
    op.existing_type = TypeRef{conn.type, Origin::Database};
    if (conn.type.affinity() == "null") {
        detected(log, "Couldn't determine database type for column '" + where + "'");
    } else if (meta.type.affinity() == "null") {
        detected(log, "Column '" + where + "' has no type within the model; can't compare");
    } else if (options.compare_type && types_differ(conn.type, meta.type)) {
        op.modify_type = TypeRef{meta.type, Origin::Model};
        detected(log, "Detected type change from " + type_repr(conn.type) + " to " + type_repr(meta.type) +
                          " on '" + where + "'");
    }

    // _compare_server_default: generated columns are never compared.
    if ((conn.server_default || meta.server_default) && !conn.computed && !meta.computed) {
        op.existing_server_default =
            conn.server_default
                ? std::optional<DefaultRef>(DefaultRef{*conn.server_default, Origin::Database})
                : std::optional<DefaultRef>{};
        bool differ = conn.server_default.has_value() != meta.server_default.has_value() ||
                      (conn.server_default && normalized_default(*conn.server_default, Origin::Database) !=
                                                  normalized_default(*meta.server_default, Origin::Model));
        if (options.compare_server_defaults && differ) {
            op.modify_server_default =
                meta.server_default
                    ? std::optional<DefaultRef>(DefaultRef{*meta.server_default, Origin::Model})
                    : std::optional<DefaultRef>{};
            detected(log, "Detected server default on column '" + where + "'");
        }
    }

    if (op.has_changes()) ops.ops.push_back(std::move(op));
}

} // namespace revlab::autogenerate::detail
