// The Operations API on SQLite, outside batch mode: what Alembic's SQLiteImpl does for each op.*
// call (alembic/ddl/sqlite.py over ddl/impl.py). SQLite can add, rename and drop columns and
// rename tables natively; constraint changes need batch mode, and asking for them here raises
// Alembic's own error.
#pragma once

#include "operations/executor.hpp"
#include "schema/table.hpp"

#include <optional>
#include <string>

namespace revlab::operations {

// alter_column's arguments. `server_default` distinguishes "not given" (nullopt) from "remove the
// default" (a value holding nullopt).
struct AlterColumn {
    std::string table;
    std::string column;
    std::optional<bool> nullable;
    std::optional<std::optional<schema::ServerDefault>> server_default;
    std::optional<std::string> new_column_name;
    std::optional<schema::ColumnType> type;
    std::optional<std::optional<bool>> autoincrement;
    std::optional<std::optional<std::string>> comment;
    std::optional<schema::ColumnType> existing_type;
    std::optional<bool> existing_nullable;
    std::optional<std::optional<schema::ServerDefault>> existing_server_default;
};

void create_table(Executor& ex, const schema::Table& table);
void drop_table(Executor& ex, const std::string& table);
void rename_table(Executor& ex, const std::string& from, const std::string& to);
void add_column(Executor& ex, const std::string& table, const schema::Column& column);
// op.add_column as Alembic runs it: ADD COLUMN, then the column's index (Column(index=True)). Its
// UNIQUE or FOREIGN KEY would need ALTER ... ADD CONSTRAINT, which SQLite lacks: refused. The
// CHECK of a Boolean/Enum(create_constraint=True) is skipped, as Alembic skips it (with a warning).
void add_column_with_constraints(Executor& ex, const std::string& table, const schema::Column& column);
void drop_column(Executor& ex, const std::string& table, const std::string& column);
// RENAME COLUMN for a new name; any other change is refused with the error SQLite gives Alembic's
// ALTER COLUMN statement (see impl.cpp).
void alter_column(Executor& ex, const AlterColumn& alter);
void create_index(Executor& ex, const schema::Index& index);
void drop_index(Executor& ex, const std::string& index);
void execute_sql(Executor& ex, const std::string& sql);

// Alembic's refusal of ALTER ... CONSTRAINT on SQLite.
[[noreturn]] void no_constraint_alter(const SourceLocation& where);

// Rows in a table (0 offline or when it does not exist): for data-loss warnings.
long long count_rows(Executor& ex, const std::string& table, const std::string& where = "");

} // namespace revlab::operations
