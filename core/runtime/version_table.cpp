#include "runtime/version_table.hpp"

namespace revlab::runtime {

namespace {
// The table's name in SQL, quoted where SQLAlchemy quotes it.
std::string q(std::string_view table) { return sqlite::quote_identifier(table); }
} // namespace

bool has_version_table(sqlite::Database& db, std::string_view table) { return db.table_exists(table); }

std::vector<std::string> read_heads(sqlite::Database& db, std::string_view table) {
    std::vector<std::string> heads;
    if (!has_version_table(db, table)) return heads;
    for (const auto& row : db.query("SELECT " + q(table) + ".version_num \nFROM " + q(table))) {
        if (auto* s = std::get_if<std::string>(&row[0])) heads.push_back(*s);
        else if (auto* i = std::get_if<std::int64_t>(&row[0])) heads.push_back(std::to_string(*i));
    }
    return heads;
}

void create_version_table(operations::Executor& ex, std::string_view table) {
    // The primary key is named after the table (<table>_pkc), as Alembic names it.
    ex.execute("\nCREATE TABLE " + q(table) + " (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT " +
               q(std::string(table) + "_pkc") + " PRIMARY KEY (version_num)\n)\n\n");
}

void drop_version_table(operations::Executor& ex, std::string_view table) { ex.execute("\nDROP TABLE " + q(table)); }

// The revision ids are values, bound as SQLAlchemy binds them (offline, written as quoted
// literals): an id is text from a revision file, and text is never SQL.
void insert_version(operations::Executor& ex, const std::string& version, std::string_view table) {
    ex.execute("INSERT INTO " + q(table) + " (version_num) VALUES (?)", {version});
}

namespace {
void expect_one_row(operations::Executor& ex, const std::string& what, std::string_view table) {
    if (ex.offline()) return;
    auto n = ex.db().changes();
    if (n != 1)
        throw Error("Online migration expected to match one row when " + what + " in '" + std::string(table) +
                    "'; " + std::to_string(n) + " found");
}
} // namespace

void delete_version(operations::Executor& ex, const std::string& version, std::string_view table) {
    ex.execute("DELETE FROM " + q(table) + " WHERE " + q(table) + ".version_num = ?", {version});
    expect_one_row(ex, "deleting '" + version + "'", table);
}

void update_version(operations::Executor& ex, const std::string& from, const std::string& to,
                    std::string_view table) {
    ex.execute("UPDATE " + q(table) + " SET version_num=? WHERE " + q(table) + ".version_num = ?", {to, from});
    expect_one_row(ex, "updating '" + from + "' to '" + to + "'", table);
}

} // namespace revlab::runtime
