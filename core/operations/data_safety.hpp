// Warnings before data is changed for good: the "WARNI [revlab.safety]" lines. Dropping a table or
// a column that holds values is reported where it happens (impl.cpp, rebuild); this file looks at
// type changes in batch mode, where the copy goes through CAST and the new type may be narrower:
// values that CAST rewrites (1.75 AS INTEGER is 1, 'abc' is 0, '2020-01-01' AS DATETIME is 2020;
// '007' becoming 7 is a conversion, not a loss), text longer than a new String(n), numbers that are not 0/1 for a Boolean, strings
// outside an Enum. SQLite itself keeps long strings and odd numbers; another database would not.
#pragma once

#include "operations/executor.hpp"
#include "operations/rebuild.hpp"

#include <string>
#include <vector>

namespace revlab::operations {

void warn_type_changes(Executor& ex, const std::string& table,
                       const std::vector<TableRebuild::TypeChange>& changes);

} // namespace revlab::operations
