// Python values of a data migration (bulk_insert rows, insert()/update() values, where clauses)
// as SQL literals, stored as SQLAlchemy 1.4 would store them through the column's type on SQLite:
// a datetime.date in a Date column is '2024-05-17', a datetime in a DateTime column is
// '2024-05-17 09:30:00.000000', True is 1, a dict in a JSON column is json.dumps(...). A column
// without a type (sa.column('x')) gets what Python's sqlite3 module makes of the value.
#pragma once

#include "operations/value.hpp"
#include "schema/table.hpp"

#include <optional>
#include <string>
#include <vector>

namespace revlab::operations {

// `type` is the column's type, or nullptr for an untyped sa.column().
std::string typed_literal(const Value& v, const schema::ColumnType* type);

// Python's json.dumps(value) with its default separators and ensure_ascii.
std::string json_dumps(const Value& v);

// sa.table('t', sa.column('a', sa.Integer), ...), sa.Table('t', sa.MetaData(), sa.Column(...), ...)
// or the table op.create_table returned: its name and its columns with their types.
struct TableShape {
    std::string name;
    std::vector<std::pair<std::string, std::optional<schema::ColumnType>>> columns;
    const schema::ColumnType* type_of(const std::string& column) const;
    bool has(const std::string& column) const;
};
bool is_table_value(const Value& v);
TableShape table_shape(const Value& v);

} // namespace revlab::operations
