#include "runtime/version_table.hpp"

namespace revlab::runtime {

bool has_version_table(sqlite::Database& db) { return db.table_exists(kVersionTable); }

std::vector<std::string> read_heads(sqlite::Database& db) {
    std::vector<std::string> heads;
    if (!has_version_table(db)) return heads;
    for (const auto& row : db.query("SELECT alembic_version.version_num \nFROM alembic_version")) {
        if (auto* s = std::get_if<std::string>(&row[0])) heads.push_back(*s);
        else if (auto* i = std::get_if<std::int64_t>(&row[0])) heads.push_back(std::to_string(*i));
    }
    return heads;
}

void create_version_table(operations::Executor& ex) {
    ex.execute("\nCREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\t"
               "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)\n\n");
}

void drop_version_table(operations::Executor& ex) { ex.execute("\nDROP TABLE alembic_version"); }

// The revision ids are values, bound as SQLAlchemy binds them (offline, written as quoted
// literals): an id is text from a revision file, and text is never SQL.
void insert_version(operations::Executor& ex, const std::string& version) {
    ex.execute("INSERT INTO alembic_version (version_num) VALUES (?)", {version});
}

namespace {
void expect_one_row(operations::Executor& ex, const std::string& what) {
    if (ex.offline()) return;
    auto n = ex.db().changes();
    if (n != 1)
        throw Error("Online migration expected to match one row when " + what + " in 'alembic_version'; " +
                    std::to_string(n) + " found");
}
} // namespace

void delete_version(operations::Executor& ex, const std::string& version) {
    ex.execute("DELETE FROM alembic_version WHERE alembic_version.version_num = ?", {version});
    expect_one_row(ex, "deleting '" + version + "'");
}

void update_version(operations::Executor& ex, const std::string& from, const std::string& to) {
    ex.execute("UPDATE alembic_version SET version_num=? WHERE alembic_version.version_num = ?", {to, from});
    expect_one_row(ex, "updating '" + from + "' to '" + to + "'");
}

} // namespace revlab::runtime
