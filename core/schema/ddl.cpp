// SQL text for the schema model, byte for byte as SQLAlchemy 1.4's SQLite DDL compiler and
// Alembic 1.8's SQLite impl produce it.
//
// CREATE TABLE lists the columns, then the PRIMARY KEY, then the other constraints sorted by when
// SQLAlchemy created them (Table._sorted_constraints). Explicit constraints are built before the
// Table, so they come first, in declaration order. The constraints a column implies are built
// while the Table attaches its columns, column by column, and for each column in this order:
// UNIQUE from unique=True (Column._set_parent), the CHECK of a Boolean/Enum with
// create_constraint=True (the type's after_parent_attach hook, registered when the Column was
// made), then each ForeignKey(...) (also after_parent_attach, registered after the type's). So
// sa.Column('z', sa.Boolean(create_constraint=True), sa.ForeignKey('p.id'), unique=True) gives
// "UNIQUE (z), CHECK (z IN (0, 1)), FOREIGN KEY(z) REFERENCES p (id)", after every explicit one.
#include "schema/ddl.hpp"

#include "error.hpp"
#include "py/str_repr.hpp"
#include "sqlite/database.hpp"

#include <algorithm>
#include <set>

namespace revlab::schema {

using sqlite::quote_identifier;

namespace {

bool is_word(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u >= 0x80;
}
bool is_word_or_dollar(char c) {
    return is_word(c) || c == '$';
}

std::size_t run_of(std::string_view s, std::size_t from, bool (*accept)(char)) {
    std::size_t end = from;
    while (end < s.size() && accept(s[end]))
        ++end;
    return end - from;
}

// The bind parameter names text() finds: (?<![:\w\\]):(\w+)(?!:). A name followed by ':' gives
// back its last character, so ":ab:" binds "a".
std::set<std::string> text_bind_names(std::string_view s) {
    std::set<std::string> names;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != ':' || (i > 0 && (s[i - 1] == ':' || s[i - 1] == '\\' || is_word(s[i - 1])))) continue;
        std::size_t n = run_of(s, i + 1, is_word);
        if (n > 0 && i + 1 + n < s.size() && s[i + 1 + n] == ':') --n;
        if (n == 0) continue;
        names.insert(std::string(s.substr(i + 1, n)));
        i += n;
    }
    return names;
}

// FK_ON_DELETE / FK_ON_UPDATE / FK_INITIALLY of sql/compiler.py, matched case-insensitively.
const std::string& validate_phrase(const std::string& phrase, std::initializer_list<const char*> allowed,
                                   const char* pattern) {
    std::string upper = phrase;
    for (auto& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper.empty() && upper.back() == '\n') upper.pop_back(); // Python's $ allows one final newline
    for (const char* a : allowed)
        if (upper == a) return phrase;
    std::string msg = "Unexpected SQL phrase: ";
    msg += py::repr_str(phrase);
    msg += " (matching against ";
    msg += py::repr_str(pattern);
    throw Error(msg + ")");
}

std::string column_list(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + quote_identifier(n);
    return out;
}

std::string constraint_prefix(const std::optional<std::string>& name) {
    return name ? "CONSTRAINT " + quote_identifier(*name) + " " : "";
}

std::string literal(std::string_view s) {
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

bool has_foreign_key(const Table& table, const Column& column) {
    if (!column.foreign_keys.empty()) return true;
    return std::any_of(table.constraints.begin(), table.constraints.end(), [&](const Constraint& c) {
        const auto& cols = c.foreign_key.columns;
        return c.kind == Constraint::Kind::ForeignKey &&
               std::find(cols.begin(), cols.end(), column.name) != cols.end();
    });
}

bool in_primary_key(const Column& column, const std::vector<std::string>& pk) {
    return std::find(pk.begin(), pk.end(), column.name) != pk.end();
}

// sqlite_autoincrement=True puts "PRIMARY KEY AUTOINCREMENT" on the column itself, and drops the
// table-level PRIMARY KEY, when the key is one integer column that is not a foreign key.
bool inline_autoincrement(const Table& table, const Column& column, const std::vector<std::string>& pk) {
    return table.sqlite_autoincrement && pk.size() == 1 && pk[0] == column.name &&
           column.type.affinity() == "integer" && !has_foreign_key(table, column);
}

std::string primary_key_sql(const Table& table, const std::vector<std::string>& pk) {
    std::string out = constraint_prefix(table.primary_key ? table.primary_key->name : std::nullopt);
    return out + "PRIMARY KEY (" + column_list(pk) + ")";
}

// The CHECK a Boolean or Enum with create_constraint=True adds (SQLite has neither natively).
std::optional<std::string> type_check_sql(const Column& column) {
    const ColumnType& t = column.type;
    if (!t.create_constraint) return std::nullopt;
    std::string values;
    if (t.name == "Boolean" || t.name == "BOOLEAN") {
        values = "0, 1";
    } else if (t.name == "Enum") {
        for (const auto& v : t.enum_values)
            values += (values.empty() ? "" : ", ") + literal(v);
        // An empty IN renders as SQLAlchemy's "empty set" expression.
        if (t.enum_values.empty()) values = "SELECT 1 FROM (SELECT 1) WHERE 1!=1";
    } else {
        return std::nullopt;
    }
    return constraint_prefix(t.enum_name) + "CHECK (" + quote_identifier(column.name) + " IN (" + values +
           "))";
}

std::string foreign_key_sql(const ForeignKey& fk, const std::string& column) {
    static constexpr const char* kCascades = "^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT)$";
    std::string out = constraint_prefix(fk.name);
    out += "FOREIGN KEY(" + column_list(fk.columns.empty() ? std::vector<std::string>{column} : fk.columns) +
           ")";
    out +=
        " REFERENCES " + quote_identifier(fk.referred_table) + " (" + column_list(fk.referred_columns) + ")";
    if (fk.match) out += " MATCH " + *fk.match;
    auto cascades = {"RESTRICT", "CASCADE", "SET NULL", "NO ACTION", "SET DEFAULT"};
    if (fk.ondelete) out += " ON DELETE " + validate_phrase(*fk.ondelete, cascades, kCascades);
    if (fk.onupdate) out += " ON UPDATE " + validate_phrase(*fk.onupdate, cascades, kCascades);
    if (fk.deferrable) out += *fk.deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
    if (fk.deferrable_initially)
        out += " INITIALLY " + validate_phrase(*fk.deferrable_initially, {"DEFERRED", "IMMEDIATE"},
                                               "^(?:DEFERRED|IMMEDIATE)$");
    return out;
}

std::string constraint_sql(const Constraint& c) {
    switch (c.kind) {
    case Constraint::Kind::Unique:
        return constraint_prefix(c.unique.name) + "UNIQUE (" + column_list(c.unique.columns) + ")";
    case Constraint::Kind::ForeignKey:
        return foreign_key_sql(c.foreign_key, "");
    case Constraint::Kind::Check:
        return constraint_prefix(c.check.name) + "CHECK (" + render_text_clause(c.check.sqltext) + ")";
    }
    return "";
}

std::string column_spec(const Column& column, const Table* table) {
    std::string out = quote_identifier(column.name) + " " + column.type.ddl();
    if (column.server_default) out += " DEFAULT " + server_default_sql(*column.server_default);
    if (!column.nullable) out += " NOT NULL";
    if (table) {
        auto pk = table->primary_key_columns();
        if (in_primary_key(column, pk) && column.autoincrement == true && pk.size() != 1)
            throw Error("SQLite does not support autoincrement for composite primary keys");
        if (inline_autoincrement(*table, column, pk)) out += " PRIMARY KEY AUTOINCREMENT";
    }
    if (column.computed) {
        out += " GENERATED ALWAYS AS (" + render_text_clause(column.computed->sqltext) + ")";
        if (column.computed->persisted) out += *column.computed->persisted ? " STORED" : " VIRTUAL";
    }
    return out;
}

} // namespace

std::string render_text_clause(std::string_view sql) {
    // BIND_PARAMS: (?<![:\w\$\\]):([\w\$]+)(?![:\w\$]). A name text() saw becomes its (absent)
    // value, NULL, under literal_binds; any other becomes a positional "?".
    std::set<std::string> names = text_bind_names(sql);
    std::string bound;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        char c = sql[i];
        if (c == ':' &&
            !(i > 0 && (sql[i - 1] == ':' || sql[i - 1] == '\\' || is_word_or_dollar(sql[i - 1])))) {
            std::size_t n = run_of(sql, i + 1, is_word_or_dollar);
            if (n > 0 && !(i + 1 + n < sql.size() && sql[i + 1 + n] == ':')) {
                bound += names.count(std::string(sql.substr(i + 1, n))) ? "NULL" : "?";
                i += n;
                continue;
            }
        }
        bound += c;
    }
    // BIND_PARAMS_ESC: \x5c(:[\w\$]*)(?![:\w\$]) loses its backslash.
    std::string out;
    for (std::size_t i = 0; i < bound.size(); ++i) {
        if (bound[i] == '\\' && i + 1 < bound.size() && bound[i + 1] == ':') {
            std::size_t n = run_of(bound, i + 2, is_word_or_dollar);
            if (!(i + 2 + n < bound.size() && bound[i + 2 + n] == ':')) continue; // drop the backslash
        }
        out += bound[i];
    }
    return out;
}

std::string server_default_sql(const ServerDefault& d) {
    switch (d.kind) {
    case ServerDefault::Kind::Literal:
        return d.sql; // already a quoted string literal
    case ServerDefault::Kind::Text:
        return render_text_clause(d.sql);
    case ServerDefault::Kind::Expression:
        return "(" + d.sql + ")"; // a ColumnElement gets parentheses
    }
    return d.sql;
}

std::string column_spec_sql(const Column& column, const Table* table) {
    return column_spec(column, table);
}

std::string create_table_sql(const Table& table) {
    std::string out = "\nCREATE TABLE " + quote_identifier(table.name) + " (";
    const char* separator = "\n";
    for (const auto& column : table.columns) {
        try {
            out += separator;
            out += "\t" + column_spec(column, &table);
        } catch (const Error& e) {
            throw Error("(in table '" + table.name + "', column '" + column.name + "'): " + e.message());
        }
        separator = ", \n";
    }

    std::vector<std::string> constraints;
    auto pk = table.primary_key_columns();
    bool pk_inline = std::any_of(table.columns.begin(), table.columns.end(),
                                 [&](const Column& c) { return inline_autoincrement(table, c, pk); });
    if (!pk.empty() && !pk_inline) constraints.push_back(primary_key_sql(table, pk));
    for (const auto& c : table.constraints)
        constraints.push_back(constraint_sql(c));
    for (const auto& column : table.columns) {
        if (column.unique && !column.index)
            constraints.push_back("UNIQUE (" + quote_identifier(column.name) + ")");
        if (auto check = type_check_sql(column)) constraints.push_back(*check);
        for (const auto& fk : column.foreign_keys)
            constraints.push_back(foreign_key_sql(fk, column.name));
    }
    if (!constraints.empty()) {
        out += separator;
        out += "\t";
        for (std::size_t i = 0; i < constraints.size(); ++i)
            out += (i ? ", \n\t" : "") + constraints[i];
    }
    return out + "\n)\n\n";
}

std::string drop_table_sql(const std::string& table) {
    return "\nDROP TABLE " + quote_identifier(table);
}

std::string create_index_sql(const Index& index) {
    if (index.name.empty()) throw Error("CREATE INDEX requires that the index have a name");
    std::string out = index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
    out += quote_identifier(index.name) + " ON " + quote_identifier(index.table) + " (";
    for (std::size_t i = 0; i < index.expressions.size(); ++i) {
        bool expression = i < index.is_expression.size() && index.is_expression[i];
        out += (i ? ", " : "") + (expression ? render_text_clause(index.expressions[i])
                                             : quote_identifier(index.expressions[i]));
    }
    out += ")";
    if (index.where) out += " WHERE " + render_text_clause(*index.where);
    return out;
}

std::string drop_index_sql(const std::string& index) {
    return "\nDROP INDEX " + quote_identifier(index);
}

// Alembic's ddl/base.py: ADD COLUMN takes the bare column specification (no PRIMARY KEY, UNIQUE
// or REFERENCES: those are constraints, which SQLite cannot ALTER in).
std::string add_column_sql(const std::string& table, const Column& column) {
    return "ALTER TABLE " + quote_identifier(table) + " ADD COLUMN " + column_spec(column, nullptr);
}

std::string drop_column_sql(const std::string& table, const std::string& column) {
    return "ALTER TABLE " + quote_identifier(table) + " DROP COLUMN " + quote_identifier(column);
}

std::string rename_table_sql(const std::string& from, const std::string& to) {
    return "ALTER TABLE " + quote_identifier(from) + " RENAME TO " + quote_identifier(to);
}

// visit_column_name: no COLUMN keyword, which SQLite accepts.
std::string rename_column_sql(const std::string& table, const std::string& from, const std::string& to) {
    return "ALTER TABLE " + quote_identifier(table) + " RENAME " + quote_identifier(from) + " TO " +
           quote_identifier(to);
}

} // namespace revlab::schema
