// The pieces compare.cpp assembles, one comparator per file as in Alembic's dispatch: columns
// (compare_columns.cpp), indexes and unique constraints, foreign keys (compare_constraints.cpp).
// Internal to the autogenerate folder.
#pragma once

#include "autogenerate/compare.hpp"

#include <string>
#include <vector>

namespace revlab::autogenerate::detail {

inline constexpr const char* kCompareLogger = "alembic.autogenerate.compare";
inline constexpr const char* kRevlabLogger = "revlab.autogenerate";

inline void detected(std::vector<LogLine>& log, std::string message) {
    log.push_back({kCompareLogger, std::move(message)});
}

// _compare_indexes_and_uniques: `conn` is null for a new table, `meta` null for a removed one.
void compare_indexes_and_uniques(const schema::Table* conn, const schema::Table* meta,
                                 const std::string& table, ModifyTable& ops, std::vector<LogLine>& log);

// _compare_foreign_keys, for a table on both sides.
void compare_foreign_keys(const schema::Table& conn, const schema::Table& meta, ModifyTable& ops,
                          std::vector<LogLine>& log);

// The "column" comparators for one column on both sides: nullable, autoincrement, type, server
// default, in that order. Appends an AlterColumn when something changed.
void compare_column(const schema::Column& conn, const schema::Table& meta_table, const schema::Column& meta,
                    const CompareOptions& options, ModifyTable& ops, std::vector<LogLine>& log);

// Server defaults as compared: outer parentheses and quotes stripped (SQLiteImpl's
// compare_server_default, applied to both sides so that equal defaults never differ).
std::string normalized_default(const schema::ServerDefault& d, Origin origin);

} // namespace revlab::autogenerate::detail
