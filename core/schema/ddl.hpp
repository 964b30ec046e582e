// Renders the schema model as SQL, statement for statement as SQLAlchemy 1.4's SQLite dialect
// compiles it (CreateTable, CreateIndex, DropTable, DropIndex) and as Alembic's SQLite impl emits
// ALTER statements. The strings keep SQLAlchemy's own whitespace (CREATE TABLE starts with "\n"
// and ends with "\n\n"; columns are indented with a tab): SQLite stores the text in sqlite_master,
// and offline (--sql) output is made from it, so byte-level sameness is what makes schemas compare
// equal with those a real Alembic produced.
#pragma once

#include "schema/table.hpp"

#include <string>
#include <string_view>

namespace revlab::schema {

std::string create_table_sql(const Table& table);
std::string drop_table_sql(const std::string& table);
std::string create_index_sql(const Index& index);
std::string drop_index_sql(const std::string& index);

// "name TYPE [DEFAULT x] [NOT NULL]" as in CREATE TABLE (the table decides inline PRIMARY KEY
// AUTOINCREMENT); `table` may be null for a column on its own (ADD COLUMN).
std::string column_spec_sql(const Column& column, const Table* table);

// Alembic's SQLite ALTERs.
std::string add_column_sql(const std::string& table, const Column& column);
std::string drop_column_sql(const std::string& table, const std::string& column);
std::string rename_table_sql(const std::string& from, const std::string& to);
std::string rename_column_sql(const std::string& table, const std::string& from, const std::string& to);

// The DEFAULT clause text for a server default ("'1'", "(CURRENT_TIMESTAMP)", "0").
std::string server_default_sql(const ServerDefault& d);

// SQL given as text (sa.text(), a CHECK condition, an index expression or WHERE, a reflected
// default) compiled as SQLAlchemy compiles a TextClause with literal_binds: ":name" bind
// parameters become NULL (they have no value) and "\:" escapes lose their backslash.
std::string render_text_clause(std::string_view sql);

} // namespace revlab::schema
