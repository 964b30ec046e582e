// Column types as autogenerate sees them: Python's repr() of the type object (SQLAlchemy's
// util.generic_repr, which Alembic's log lines and rendered scripts print), the module prefix a
// rendered type takes, and Alembic's compare_type, which decides whether a type changed.
#pragma once

#include "autogenerate/ops.hpp"

#include <optional>
#include <string>

namespace revlab::autogenerate {

// repr(type): "VARCHAR(length=45)", "String(length=100)", "Enum('a', 'b', name='kind')".
std::string type_repr(const schema::ColumnType& type);

struct RenderedType {
    std::string text;                  // "sa.String(length=45)", "sqlite.JSON()"
    std::optional<std::string> import; // "from sqlalchemy.dialects import sqlite"
};

// _repr_type: a type from sqlalchemy.types renders as sa.X(...); one from the SQLite dialect
// (what reflection gives for JSON) as sqlite.X(...), and the script then imports the dialect.
RenderedType render_type(const TypeRef& type);

// DefaultImpl.compare_type: the two types' SQLite DDL, tokenized, differ in their first word
// (NUMERIC and DECIMAL are synonyms), or in words or arguments that both sides have the same
// number of. So VARCHAR(45) -> VARCHAR(100) is a change, VARCHAR(45) -> VARCHAR is not.
bool types_differ(const schema::ColumnType& database, const schema::ColumnType& model);

} // namespace revlab::autogenerate
