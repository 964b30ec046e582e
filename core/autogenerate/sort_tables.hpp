// MetaData.sorted_tables of SQLAlchemy 1.4: the order in which autogenerate creates new tables, so
// that a table comes after every table its foreign keys refer to.
#pragma once

#include "schema/table.hpp"

#include <vector>

namespace revlab::autogenerate {

// Tables sorted by name, then topologically in rounds (sort_as_subsets): each round takes, in
// name order, every table whose referred tables are all placed. Tables caught in a foreign key
// cycle lose their dependencies, as sort_tables_and_constraints drops them (SQLAlchemy warns).
std::vector<const schema::Table*> sorted_tables(const std::vector<schema::Table>& tables);

} // namespace revlab::autogenerate
