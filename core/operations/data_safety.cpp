#include "operations/data_safety.hpp"

#include "sqlite/database.hpp"

#include <cctype>

namespace revlab::operations {

using sqlite::quote_identifier;

namespace {

long long count(Executor& ex, const std::string& sql) {
    auto rows = ex.db().query(sql);
    if (rows.empty()) return 0;
    const auto* n = std::get_if<std::int64_t>(&rows[0][0]);
    return n ? *n : 0;
}

// One value the condition picks, as SQL shows it ('abc', 1.75), for the message.
std::string example(Executor& ex, const std::string& from_where, const std::string& column) {
    auto rows = ex.db().query("SELECT quote(" + column + ") " + from_where + " LIMIT 1");
    if (rows.empty()) return "";
    const auto* s = std::get_if<std::string>(&rows[0][0]);
    return s ? *s : "";
}

std::string rows_text(long long n) {
    return std::to_string(n) + " row" + (n == 1 ? "" : "s");
}
// "1 row holds", "2 rows hold"
std::string rows_hold(long long n) {
    return rows_text(n) + (n == 1 ? " holds" : " hold");
}

bool is_string_type(const schema::ColumnType& t) {
    return t.affinity() == "string";
}

// SQLite's own affinity of a declared type (datatype3.html, 3.1): INTEGER, REAL or NUMERIC, rather
// than TEXT or BLOB.
bool numeric_affinity(std::string declared) {
    for (auto& c : declared)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto has = [&](const char* part) { return declared.find(part) != std::string::npos; };
    if (has("INT")) return true;
    if (has("CHAR") || has("CLOB") || has("TEXT")) return false;
    return !(has("BLOB") || declared.empty());
}

} // namespace

void warn_type_changes(Executor& ex, const std::string& table,
                       const std::vector<TableRebuild::TypeChange>& changes) {
    if (ex.offline()) return;
    const std::string from = " FROM " + quote_identifier(table) + " WHERE ";
    for (const auto& change : changes) {
        const std::string col = quote_identifier(change.column);
        const std::string what = "changing '" + table + "." + change.column + "' from " + change.from.ddl() +
                                 " to " + change.to.ddl();
        if (change.cast) {
            // A number survives the CAST when casting it back to its own storage class gives it
            // back. Text does when the new type stores text, or when it is a whole number SQLite
            // reads as equal to the result: comparing with a numeric CAST applies numeric affinity
            // to the text, which converts only well-formed numbers ('007' = 7, but not 'abc' or
            // '2024-01-01', which CAST reads as 0 and 2024).
            const std::string cast = "CAST(" + col + " AS " + change.to.ddl() + ")";
            const std::string text_lost =
                numeric_affinity(change.to.ddl()) ? "NOT (" + cast + " = " + col + ")" : "0";
            const std::string lost = col + " IS NOT NULL AND CASE typeof(" + col + ") WHEN 'text' THEN " +
                                     text_lost + " WHEN 'real' THEN CAST(" + cast + " AS REAL) <> " + col +
                                     " WHEN 'integer' THEN CAST(" + cast + " AS INTEGER) <> " + col +
                                     " ELSE CAST(" + cast + " AS BLOB) <> CAST(" + col + " AS BLOB) END";
            if (long long n = count(ex, "SELECT count(*)" + from + lost)) {
                auto before = example(ex, from + lost, col);
                auto after = example(ex, from + lost, cast);
                ex.warn(what + " rewrites the values of " + rows_text(n) +
                        " (the copy goes through CAST), e.g. " + before + " becomes " + after);
                continue;
            }
        }
        if (is_string_type(change.to) && change.to.name != "Enum" && change.to.length &&
            *change.to.length > 0 &&
            (!change.from.length || *change.from.length > *change.to.length ||
             !is_string_type(change.from))) {
            const std::string longer = "length(" + col + ") > " + std::to_string(*change.to.length);
            if (long long n = count(ex, "SELECT count(*)" + from + longer))
                ex.warn(what + ": " + rows_hold(n) + " longer values (e.g. " +
                        example(ex, from + longer, col) +
                        "); SQLite keeps them whole, other databases would refuse or cut them");
        }
        if (change.to.affinity() == "boolean" && change.from.affinity() != "boolean") {
            const std::string odd = col + " IS NOT NULL AND " + col + " NOT IN (0, 1)";
            if (long long n = count(ex, "SELECT count(*)" + from + odd))
                ex.warn(what + ": " + rows_hold(n) + " values that are not 0 or 1 (e.g. " +
                        example(ex, from + odd, col) + ")");
        }
        if (change.to.name == "Enum" && !change.to.enum_values.empty()) {
            std::string list;
            for (const auto& v : change.to.enum_values)
                list += (list.empty() ? "" : ", ") + sqlite::to_sql_literal(v);
            const std::string odd = col + " IS NOT NULL AND " + col + " NOT IN (" + list + ")";
            if (long long n = count(ex, "SELECT count(*)" + from + odd))
                ex.warn(what + ": " + rows_hold(n) + " values the Enum does not list (e.g. " +
                        example(ex, from + odd, col) + ")");
        }
    }
}

} // namespace revlab::operations
