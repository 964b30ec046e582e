// batch_alter_table(naming_convention={...}): the table is reflected into a MetaData that carries
// the convention, and SQLAlchemy names each constraint as it joins the Table. That is how an
// unnamed UNIQUE or FOREIGN KEY gets a name a migration can drop. The tokens are SQLAlchemy's
// (%(table_name)s, %(column_0_name)s, %(column_0N_name)s, %(column_0_N_name)s, %(column_0_label)s,
// %(column_0_key)s, %(referred_table_name)s, %(referred_column_0_name)s, %(constraint_name)s); the
// keys are "pk", "uq", "ck", "fk" and "ix".
#pragma once

#include "schema/table.hpp"

#include <string>
#include <utility>
#include <vector>

namespace revlab::operations {

using NamingConvention = std::vector<std::pair<std::string, std::string>>;

// Names what the convention names: constraints without a name, and every constraint or index when
// the template holds %(constraint_name)s (SQLAlchemy re-formats those, named or not).
void apply_naming_convention(schema::Table& table, const NamingConvention& convention);

} // namespace revlab::operations
