// Reading the arguments of op.* and batch_op.* calls into the operations' own types: the parts
// that op_calls.cpp and batch_calls.cpp share (index columns, alter_column's many keywords,
// constraint definitions), each checked as Alembic's Operations API checks it.
#pragma once

#include "operations/impl.hpp"
#include "operations/rebuild.hpp"
#include "operations/value.hpp"

#include <optional>
#include <string>
#include <vector>

namespace revlab::operations {

// A list of names, or one name on its own (as SQLAlchemy accepts).
std::vector<std::string> string_list(const Value& v, const std::string& what);

// create_index's columns: names, or sa.text(...) expressions; unique and sqlite_where from `a`.
schema::Index index_from(const std::string& name, const std::string& table, const Value& columns,
                         const Arguments& a, const std::string& callable);

// alter_column's keywords (nullable, server_default, new_column_name, type_, existing_*, ...).
AlterColumn alter_from(const std::string& table, const Arguments& a);

// The constraint of create_unique_constraint / create_foreign_key / create_check_constraint /
// create_primary_key, from arguments bound to Alembic's signatures (constraint_name first; the
// table, when there is one, already consumed).
TableElement unique_from(const Arguments& a);
TableElement foreign_key_from(const Arguments& a);
TableElement check_from(const Arguments& a);
TableElement primary_key_from(const Arguments& a);

// drop_constraint's type_: None or one of SQLAlchemy's constraint kinds.
std::optional<std::string> constraint_type(const Arguments& a);

} // namespace revlab::operations
