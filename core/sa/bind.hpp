// The `sa` layer: SQLAlchemy's object model as scripts use it, written in Python (core/sa/lib,
// run by Revlab's interpreter), over a small native module, `_revlab_sa`, that reaches the
// project's SQLite database. A script's `op.get_bind().execute(...)`, `sa.inspect(conn)` and
// `Session(bind=conn)` all end in the functions here.
#pragma once

#include "py/runtime/interp.hpp"
#include "sqlite/database.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace revlab::sa {

// The database SQLAlchemy code in a script reaches: the command's connection (online), or, in
// offline mode (`upgrade --sql`), the shadow schema plus the writer of the SQL script.
struct Bind {
    sqlite::Database* db = nullptr;
    bool offline = false;
    // Offline: one statement of the SQL script, as the caller prints it.
    std::function<void(const std::string& sql)> emit;
    // Online: every statement also goes here first (the unit suites read the SQL this way).
    std::function<void(const std::string& sql)> trace;
    // create_engine(url).connect() outside a migration (`revlab python`): the host opens the
    // database the URL names, or refuses; null when scripts cannot open databases of their own.
    std::function<sqlite::Database*(const std::string& url)> open;
};

// What `sa.inspect(conn)` reads: the table names, and one existing table as the dict
// `_revlab_sa.reflect` returns (columns, pk, foreign_keys, indexes, unique_constraints,
// check_constraints, sqlite_autoincrement). Reflection is the schema layer's, which sits beside
// this one, so the caller of install(), a layer above both, supplies it
// (operations/sa_inspector.hpp).
struct Inspector {
    std::function<std::vector<std::string>(sqlite::Database&)> table_names;
    std::function<py::Value(py::Interp&, sqlite::Database&, const std::string& table)> reflect;
};

// Registers the SQLAlchemy modules (sqlalchemy, sqlalchemy.orm, ...) and `_revlab_sa`, bound to
// whatever `bind` points at when a script calls them (it may change between revision steps).
void install(py::Interp& I, std::shared_ptr<Bind> bind, Inspector inspector);

// A Python value as a bound SQL parameter, as Python's sqlite3 converts it: an int past 64 bits
// raises OverflowError, a type SQLite has no storage class for raises InterfaceError naming the
// parameter's 1-based `position`.
sqlite::Value to_sql(py::Interp& I, const py::Value& v, std::size_t position);

} // namespace revlab::sa
