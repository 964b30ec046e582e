// Reads the schema back from a live SQLite database, as SQLAlchemy 1.4's SQLite dialect reflects
// it (get_columns, get_pk_constraint, get_foreign_keys, get_unique_constraints,
// get_check_constraints, get_indexes): batch mode rebuilds a table from what this returns, and
// autogenerate compares models against it.
#pragma once

#include "schema/table.hpp"
#include "sqlite/database.hpp"

#include <string>
#include <vector>

namespace revlab::schema {

// User tables, sorted by name (sqlite_* tables excluded), as Inspector.get_table_names().
std::vector<std::string> table_names(sqlite::Database& db);

// The whole table. Throws revlab::Error("No such table: 'x'") when it does not exist.
Table reflect_table(sqlite::Database& db, const std::string& name);
// Several tables, in order, as reflect_table gives each; what they share (the tables their foreign
// keys reach, each table's SQL) is read once, so a schema reflects in time linear in its size.
std::vector<Table> reflect_tables(sqlite::Database& db, const std::vector<std::string>& names);

// The SAWarnings SQLAlchemy 1.4's SQLite dialect gives while Alembic's batch reflects `name`
// (Table(name, MetaData(), autoload_with=conn), which reflects every table its foreign keys lead to,
// depth first): a foreign key of a table's SQL that PRAGMA foreign_key_list does not list, as the
// second of two keys over the same columns and target is not.
std::vector<std::string> batch_reflection_warnings(sqlite::Database& db, const std::string& name);
// SQLAlchemy's type affinity rules for a declared type ("VARCHAR(45)" -> VARCHAR length 45).
ColumnType reflected_type(const std::string& declared);

} // namespace revlab::schema
