// The alembic_version table: one row per current head, exactly as Alembic creates and updates it
// (ddl/impl.py version_table_impl, runtime/migration.py HeadMaintainer). The SQL goes through the
// Executor, so offline mode prints the same statements Alembic prints.
#pragma once

#include "operations/executor.hpp"

#include <string>
#include <vector>

namespace revlab::runtime {

inline constexpr const char* kVersionTable = "alembic_version";

bool has_version_table(sqlite::Database& db);
// The rows of alembic_version in table order; empty when the table does not exist.
std::vector<std::string> read_heads(sqlite::Database& db);

void create_version_table(operations::Executor& ex);
void drop_version_table(operations::Executor& ex);
void insert_version(operations::Executor& ex, const std::string& version);
void delete_version(operations::Executor& ex, const std::string& version);
void update_version(operations::Executor& ex, const std::string& from, const std::string& to);

} // namespace revlab::runtime
