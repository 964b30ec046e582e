// Rename detection, Revlab's addition to autogenerate. Alembic sees a renamed column as one
// column dropped and another added, and the generated upgrade loses the column's data. When the
// change can only be a rename, Revlab writes alter_column(new_column_name=...) or rename_table
// instead, which keeps the data; `flask db migrate --no-rename-detection` gives Alembic's
// drop-and-add.
#pragma once

#include "schema/table.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace revlab::autogenerate {

struct Rename {
    std::string from, to;
};

// A column rename in one table: exactly one column is gone and exactly one is new, and they have
// the same type (as compare_type judges it) and nullability. Not when other tables' foreign keys
// refer to the old column: batch mode rebuilds the table, and their references would go stale.
std::optional<Rename> detect_column_rename(const schema::Table& database, const schema::Table& model,
                                           const std::vector<schema::Table>& database_tables);

// Table renames: a removed table and a new one with the same columns (names, types,
// nullability), when neither has another such partner.
std::vector<Rename> detect_table_renames(const std::vector<const schema::Table*>& removed,
                                         const std::vector<const schema::Table*>& added);

// The reflected schema as it will be after the rename, so the comparison goes on from there:
// the column renamed in the table, its indexes and constraints.
void apply_column_rename(schema::Table& table, const Rename& rename);
// ALTER TABLE ... RENAME TO also rewrites the other tables' foreign keys to it.
void apply_table_rename(std::vector<schema::Table>& tables, const Rename& rename);

} // namespace revlab::autogenerate
