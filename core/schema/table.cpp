// The few behaviours of the schema model itself; rendering is in ddl.cpp, reading in reflect.cpp.
#include "schema/table.hpp"

#include <algorithm>

namespace revlab::schema {

const std::optional<std::string>& Constraint::name() const {
    switch (kind) {
    case Kind::Unique:
        return unique.name;
    case Kind::ForeignKey:
        return foreign_key.name;
    case Kind::Check:
        return check.name;
    }
    return check.name;
}

Column* Table::find_column(const std::string& column) {
    auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == column; });
    return it == columns.end() ? nullptr : &*it;
}

const Column* Table::find_column(const std::string& column) const {
    auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == column; });
    return it == columns.end() ? nullptr : &*it;
}

// An explicit PrimaryKeyConstraint decides, in its own column order; otherwise (or when it names
// no columns, as PrimaryKeyConstraint(name='pk') may) the columns flagged primary_key=True, in
// table order (PrimaryKeyConstraint._set_parent).
std::vector<std::string> Table::primary_key_columns() const {
    if (primary_key && !primary_key->columns.empty()) return primary_key->columns;
    std::vector<std::string> out;
    for (const auto& c : columns)
        if (c.primary_key) out.push_back(c.name);
    return out;
}

} // namespace revlab::schema
