// Data migrations: op.execute(...), the bind connection (op.get_bind().execute(sa.text(...))) and
// op.bulk_insert(table, rows), with the values stored as SQLAlchemy stores them (literals.hpp).
#include "operations/impl.hpp"
#include "operations/literals.hpp"
#include "operations/script_runner.hpp"
#include "operations/sql_expression.hpp"
#include "sqlite/database.hpp"

#include <algorithm>

namespace revlab::operations {

using sqlite::quote_identifier;

void ScriptRunner::execute(const Value& statement, const std::string& what) {
    execute_sql(ex_, statement_sql(statement, what));
}

ValuePtr ScriptRunner::bind_call(const std::string& name, const Value& call) {
    if (name == "execute" || name == "exec_driver_sql") {
        Arguments a(call, {"statement", "*args", "**kw"}, "connection." + name + "()");
        if (!a.rest().empty() || !a.extra_keywords().empty())
            throw Error(call.loc,
                        "connection.execute() with bound parameters is not supported by Revlab; write the "
                        "values into the SQL, or use op.inline_literal() in a table statement");
        execute(a.require("statement"), "the statement");
        return make_none(call.loc);
    }
    throw Error(call.loc,
                "'" + name + "' on the connection is not supported by Revlab; use op.execute(...) for SQL");
}

namespace {

bool is_inline_literal(const Value& v) {
    return v.kind == Value::Kind::Call && canonical_name(v.s) == "op.inline_literal";
}

// One row's value for `key`, or nullptr.
const Value* row_value(const Value& row, const std::string& key) {
    for (size_t k = 0; k < row.items.size(); ++k)
        if (row.items[k]->kind == Value::Kind::Str && row.items[k]->s == key) return row.values[k].get();
    return nullptr;
}

} // namespace

// Alembic's bulk_insert: with multiinsert (the default) one executemany whose columns are the first
// row's keys, so every later row must have them too (and an op.inline_literal cannot be a
// parameter); with multiinsert=False one INSERT per row, with that row's keys. Either way the
// columns come in the table's order.
void ScriptRunner::bulk_insert(const Value& table, const Value& rows, bool multiinsert) {
    if (!is_table_value(table))
        throw Error(table.loc,
                    "bulk_insert() needs a table: sa.table('name', sa.column('col', sa.Type), ...)");
    const TableShape shape = table_shape(table);
    const auto all = expect_sequence(rows, "the rows");
    // Every row is checked before the first runs, as SQLAlchemy prepares all of executemany's rows.
    std::vector<std::vector<std::string>> columns_of_row;
    std::vector<std::string> first_keys;
    for (size_t r = 0; r < all.size(); ++r) {
        const Value& row = *all[r];
        if (row.kind != Value::Kind::Dict) throw Error(row.loc, "each bulk_insert() row must be a dict");
        for (const auto& key : row.items) {
            std::string k = expect_str(*key, "a column name");
            if (!shape.has(k)) throw Error(key->loc, "Unconsumed column names: " + k);
        }
        std::vector<std::string> keys;
        for (const auto& column : shape.columns)
            if (row_value(row, column.first)) keys.push_back(column.first);
        if (multiinsert && !ex_.offline()) {
            if (r == 0) first_keys = keys;
            for (const auto& k : first_keys)
                if (!row_value(row, k))
                    throw Error(row.loc, "A value is required for bind parameter '" + k +
                                             "', in parameter group " + std::to_string(r));
            keys = first_keys;
            for (size_t i = 0; i < keys.size(); ++i)
                if (is_inline_literal(*row_value(row, keys[i])))
                    throw Error(row_value(row, keys[i])->loc,
                                "(sqlite3.ProgrammingError) Error binding parameter " +
                                    std::to_string(i + 1) +
                                    ": type '_literal_bindparam' is not supported. Alembic sends "
                                    "bulk_insert() rows as "
                                    "parameters: op.inline_literal() works there only with multiinsert=False "
                                    "(or --sql)");
        }
        columns_of_row.push_back(keys);
    }
    for (size_t r = 0; r < all.size(); ++r) {
        std::string cols, vals;
        for (const auto& k : columns_of_row[r]) {
            cols += (cols.empty() ? "" : ", ") + quote_identifier(k);
            vals += (vals.empty() ? "" : ", ") + typed_literal(*row_value(*all[r], k), shape.type_of(k));
        }
        ex_.execute("INSERT INTO " + quote_identifier(shape.name) + " (" + cols + ") VALUES (" + vals + ")");
    }
}

} // namespace revlab::operations
