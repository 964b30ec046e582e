// Schema objects as render.py writes them inside operations: sa.Column(...), server defaults,
// and the constraints of op.create_table(...).
#include "autogenerate/render.hpp"
#include "autogenerate/render_parts.hpp"

#include "autogenerate/types.hpp"
#include "py/str_repr.hpp"
#include "schema/ddl.hpp"

#include <algorithm>

namespace revlab::autogenerate {

namespace {

using py::repr_str;

bool matches_quoted(const std::string& s) {
    return s.size() >= 3 && s.front() == '\'' && s.back() == '\'';
}

// SQLiteImpl._guess_if_default_is_unparenthesized_sql_expr: only one digit, a quoted string or
// something already in parentheses is left alone ("10" is not: the pattern is ^[0-9\.]$).
bool unparenthesized_expression(const std::string& expr) {
    if (expr.empty()) return false;
    if (expr.size() == 1 && ((expr[0] >= '0' && expr[0] <= '9') || expr[0] == '.')) return false;
    if (expr.find('\n') == std::string::npos && matches_quoted(expr)) return false;
    if (expr.size() >= 3 && expr.front() == '(' && expr.back() == ')' && expr.find('\n') == std::string::npos)
        return false;
    return true;
}

std::string parenthesized(const std::string& expr) {
    return unparenthesized_expression(expr) ? "(" + expr + ")" : expr;
}

// The Python value of a SQL string literal ('it''s' -> it's).
std::string literal_value(const std::string& sql) {
    if (sql.size() < 2 || sql.front() != '\'' || sql.back() != '\'') return sql;
    std::string out;
    for (std::size_t i = 1; i + 1 < sql.size(); ++i) {
        out += sql[i];
        if (sql[i] == '\'' && sql[i + 1] == '\'') ++i;
    }
    return out;
}

std::string render_computed(const schema::Computed& c) {
    std::string kwargs = c.persisted ? std::string("persisted=") + (*c.persisted ? "True" : "False") : "";
    return "sa.Computed(" + repr_str(schema::render_text_clause(c.sqltext)) + ", " + kwargs + ")";
}

std::string name_option(const std::optional<std::string>& name) {
    return name ? "name=" + repr_str(*name) : "";
}

std::string join_args(const std::vector<std::string>& args) {
    std::string out;
    for (const auto& a : args)
        if (!a.empty()) out += (out.empty() ? "" : ", ") + a;
    return out;
}

} // namespace

std::string render_server_default(const DefaultRef& d) {
    const schema::ServerDefault& v = d.value;
    if (d.origin == Origin::Database) {
        // Reflected: what SQLite stores, parenthesized by SQLiteImpl.autogen_column_reflect when it
        // looks like an expression, then rendered as a text() clause.
        std::string text = schema::render_text_clause(parenthesized(v.sql));
        return "sa.text(" + repr_str(parenthesized(text)) + ")";
    }
    switch (v.kind) {
    case schema::ServerDefault::Kind::Literal: {
        // repr(re.sub(r"^'|'$", "", value))
        std::string value = literal_value(v.sql);
        if (!value.empty() && value.front() == '\'') value.erase(0, 1);
        if (!value.empty() && value.back() == '\'') value.pop_back();
        return repr_str(value);
    }
    case schema::ServerDefault::Kind::Text:
        return "sa.text(" + repr_str(parenthesized(schema::render_text_clause(v.sql))) + ")";
    case schema::ServerDefault::Kind::Expression:
        return "sa.text(" + repr_str(parenthesized(v.sql)) + ")";
    }
    return "None";
}

std::string render_column(const schema::Column& column, Origin origin, std::set<std::string>& imports) {
    std::vector<std::string> args, opts;
    if (column.computed)
        args.push_back(render_computed(*column.computed));
    else if (column.server_default)
        opts.push_back("server_default=" + render_server_default({*column.server_default, origin}));
    if (column.autoincrement)
        opts.push_back(std::string("autoincrement=") + (*column.autoincrement ? "True" : "False"));
    opts.push_back(std::string("nullable=") + (column.nullable ? "True" : "False"));
    if (column.comment && !column.comment->empty()) opts.push_back("comment=" + repr_str(*column.comment));

    RenderedType type = render_type({column.type, origin});
    if (type.import) imports.insert(*type.import);
    std::string positional;
    for (const auto& a : args)
        positional += a + ", ";
    return "sa.Column(" + repr_str(column.name) + ", " + type.text + ", " + positional + join_args(opts) +
           ")";
}

namespace detail {

std::string render_foreign_key_constraint(const schema::ForeignKey& fk) {
    std::vector<std::string> opts{name_option(fk.name)};
    if (fk.onupdate && !fk.onupdate->empty()) opts.push_back("onupdate=" + repr_str(*fk.onupdate));
    if (fk.ondelete && !fk.ondelete->empty()) opts.push_back("ondelete=" + repr_str(*fk.ondelete));
    if (fk.deferrable_initially && !fk.deferrable_initially->empty())
        opts.push_back("initially=" + repr_str(*fk.deferrable_initially));
    if (fk.deferrable.value_or(false)) opts.push_back("deferrable=True");
    std::string cols, refs;
    for (const auto& c : fk.columns)
        cols += (cols.empty() ? "" : ", ") + repr_str(c);
    for (const auto& c : fk.referred_columns)
        refs += (refs.empty() ? "" : ", ") + repr_str(fk.referred_table + "." + c);
    // "%(cols)s], [%(refcols)s], %(args)s)": no options leaves the famous ", )".
    return "sa.ForeignKeyConstraint([" + cols + "], [" + refs + "], " + join_args(opts) + ")";
}

std::vector<std::string> render_table_constraints(const schema::Table& table) {
    std::vector<std::string> out;
    auto pk = table.primary_key_columns();
    if (!pk.empty()) {
        std::vector<std::string> args;
        for (const auto& c : pk)
            args.push_back(repr_str(c));
        args.push_back(name_option(table.primary_key ? table.primary_key->name : std::nullopt));
        out.push_back("sa.PrimaryKeyConstraint(" + join_args(args) + ")");
    }
    for (const auto& fk : foreign_keys(table))
        out.push_back(render_foreign_key_constraint(fk));
    for (const auto& uq : unique_constraints(table)) {
        std::vector<std::string> args;
        for (const auto& c : uq.columns)
            args.push_back(repr_str(c));
        args.push_back(name_option(uq.name));
        out.push_back("sa.UniqueConstraint(" + join_args(args) + ")");
    }
    for (const auto& c : table.constraints)
        if (c.kind == schema::Constraint::Kind::Check) {
            std::string opts = c.check.name ? ", " + name_option(c.check.name) : "";
            out.push_back("sa.CheckConstraint(" + repr_str(schema::render_text_clause(c.check.sqltext)) +
                          opts + ")");
        }
    // _add_table sorts the rendered constraints as strings.
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace detail

} // namespace revlab::autogenerate
