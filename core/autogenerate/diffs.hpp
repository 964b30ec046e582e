// The text of `flask db check`'s error: Python's repr() of the list UpgradeOps.as_diffs() returns
// (Alembic 1.9+'s command.check), e.g.
//   [('add_column', None, 'user_visits', Column('visit_count', Integer(), table=<user_visits>,
//   nullable=False))]
// SQLAlchemy prints some objects with their memory address ("<... TextClause object at 0x7f...>");
// Revlab leaves the address out.
#pragma once

#include "autogenerate/ops.hpp"

#include <string>
#include <vector>

namespace revlab::autogenerate {

// `models` and `database` give index columns their full description, as the Index objects
// Alembic holds refer to the tables' columns.
std::string diffs_repr(const OpList& upgrade, const std::vector<schema::Table>& models,
                       const std::vector<schema::Table>& database);

} // namespace revlab::autogenerate
