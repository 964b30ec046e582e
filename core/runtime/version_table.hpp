// The alembic_version table: one row per current head, exactly as Alembic creates and updates it
// (ddl/impl.py version_table_impl, runtime/migration.py HeadMaintainer). The SQL goes through the
// Executor, so offline mode prints the same statements Alembic prints.
#pragma once

#include "operations/executor.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace revlab::runtime {

// The default name; env.py's context.configure(version_table=...) gives another. Every function
// takes the name, defaulting to this one.
inline constexpr const char* kVersionTable = "alembic_version";

bool has_version_table(sqlite::Database& db, std::string_view table = kVersionTable);
// The rows of the version table in table order; empty when the table does not exist.
std::vector<std::string> read_heads(sqlite::Database& db, std::string_view table = kVersionTable);

void create_version_table(operations::Executor& ex, std::string_view table = kVersionTable);
void drop_version_table(operations::Executor& ex, std::string_view table = kVersionTable);
void insert_version(operations::Executor& ex, const std::string& version, std::string_view table = kVersionTable);
void delete_version(operations::Executor& ex, const std::string& version, std::string_view table = kVersionTable);
void update_version(operations::Executor& ex, const std::string& from, const std::string& to,
                    std::string_view table = kVersionTable);

} // namespace revlab::runtime
