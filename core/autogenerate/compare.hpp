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

#include <functional>
#include <string>
#include <vector>

namespace revlab::autogenerate {

struct LogLine {
    std::string logger; // "alembic.autogenerate.compare", "revlab.autogenerate"
    std::string message;
};

// A table or column as env.py's include_name / include_object hooks see it.
struct SchemaObject {
    std::string type;  // "schema" (include_name only: the one schema, None), "table", "column"
    std::string name;
    std::string table; // a column's table ("" for a table)
    bool reflected = false;      // from the database (else from the models)
    bool has_compare_to = false; // the other side has it too
};

struct CompareOptions {
    // include_name: is this reflected table or column looked at at all (false: as if the database
    // lacked it). include_object: is this object compared. Null: everything is.
    std::function<bool(const SchemaObject&)> include_name;
    std::function<bool(const SchemaObject&)> include_object;
    bool detect_renames = true;
    bool compare_server_defaults = true;
    bool compare_type = true; // env.py's compare_type (Flask-Migrate's default: True)
    std::string version_table = "alembic_version"; // never compared
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
