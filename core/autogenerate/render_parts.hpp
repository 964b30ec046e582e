// Shared between render.cpp and render_objects.cpp; internal to the autogenerate folder.
#pragma once

#include "schema/table.hpp"

#include <string>
#include <vector>

namespace revlab::autogenerate::detail {

// sa.ForeignKeyConstraint([...], [...], opts)
std::string render_foreign_key_constraint(const schema::ForeignKey& fk);

// The constraints op.create_table lists after the columns, already sorted as _add_table sorts
// them (as strings).
std::vector<std::string> render_table_constraints(const schema::Table& table);

} // namespace revlab::autogenerate::detail
