// Turns evaluated SQLAlchemy constructs into schema objects: sa.Integer() into a ColumnType,
// sa.Column(...) into a Column, sa.UniqueConstraint(...) into a Constraint, a server_default into
// a ServerDefault. Each builder checks its arguments as SQLAlchemy's constructor would and reports
// a mistake at the line and column where it was written.
#pragma once

#include "operations/value.hpp"
#include "schema/table.hpp"

#include <optional>
#include <variant>

namespace revlab::operations {

bool is_type(const Value& v);
// A keyword that another dialect takes for `construct` ("Table", "Index", "Column"): mysql_row_format=,
// postgresql_using=, ...; SQLite ignores it.
bool other_dialect_option(const std::string& construct, const std::string& key);
schema::ColumnType build_type(const Value& v);
schema::ServerDefault build_server_default(const Value& v);
schema::Column build_column(const Value& call);

// A table-level item of create_table / sa.Table: a column, a constraint, a primary key, an index.
using TableItem = std::variant<schema::Column, schema::Constraint, schema::PrimaryKey, schema::Index>;
TableItem build_table_item(const Value& v, const std::string& table);

// op.create_table(name, *items, **kw) as SQLAlchemy's Table would assemble it: nullable defaults,
// column-level unique/index/ForeignKey, and SQLAlchemy's default index names (ix_<table>_<column>).
schema::Table build_table(const std::string& name, const std::vector<ValuePtr>& items,
                          const std::vector<std::pair<std::string, ValuePtr>>& kwargs, const SourceLocation& loc);

// A SQL text argument: a string or sa.text("...").
std::string sql_text(const Value& v, const std::string& what);

// "users.id" -> ("users", "id"); located error when malformed.
std::pair<std::string, std::string> split_column_reference(const Value& v);

} // namespace revlab::operations
