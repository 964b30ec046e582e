// Autogenerate's comparison (Alembic 1.8's autogenerate/compare.py with Flask-Migrate's
// compare_type=True): the tables of app/models.py against the tables reflected from the database,
// as an upgrade operation tree plus the "Detected ..." log lines, in Alembic's order:
//   1. new tables in MetaData.sorted_tables order, each with its indexes;
//   2. removed tables (their indexes first);
//   3. the other tables by name: added columns, changed columns (nullable, type, server
//      default), indexes and unique constraints, foreign keys, then removed columns.
// Where Alembic iterates a Python set (removed tables, removed columns, foreign keys) its order
// changes from run to run; Revlab removes tables children first (reverse sorted_tables), and
// keeps table order for columns and foreign keys.
//
// Beyond Alembic: server defaults are compared (Alembic's compare_server_default, off in
// Flask-Migrate), and renames are detected (rename.hpp); both can be switched off.
#pragma once

#include "autogenerate/ops.hpp"

#include <string>
#include <vector>

namespace revlab::autogenerate {

struct LogLine {
    std::string logger; // "alembic.autogenerate.compare", "revlab.autogenerate"
    std::string message;
};

struct CompareOptions {
    bool detect_renames = true;
    bool compare_server_defaults = true;
};

struct Comparison {
    OpList upgrade;
    std::vector<LogLine> log;
};

// `models`: the MetaData's tables (any order); `database`: every reflected table, alembic_version
// included or not (it is left out either way).
Comparison compare_metadata(const std::vector<schema::Table>& models,
                            const std::vector<schema::Table>& database, const CompareOptions& options = {});

} // namespace revlab::autogenerate
