#include "operations/impl.hpp"

#include "schema/ddl.hpp"
#include "sqlite/database.hpp"

namespace revlab::operations {

using sqlite::quote_identifier;

long long count_rows(Executor& ex, const std::string& table, const std::string& where) {
    if (ex.offline() || !ex.db().table_exists(table)) return 0;
    auto rows = ex.db().query("SELECT count(*) FROM " + quote_identifier(table) + (where.empty() ? "" : " WHERE " + where));
    if (rows.empty()) return 0;
    auto* n = std::get_if<std::int64_t>(&rows[0][0]);
    return n ? *n : 0;
}

void create_table(Executor& ex, const schema::Table& table) {
    ex.execute(schema::create_table_sql(table));
    for (const auto& idx : table.indexes) ex.execute(schema::create_index_sql(idx));
}

void drop_table(Executor& ex, const std::string& table) {
    if (long long n = count_rows(ex, table))
        ex.warn("dropping table '" + table + "' discards its " + std::to_string(n) + " row" + (n == 1 ? "" : "s"));
    ex.execute(schema::drop_table_sql(table));
}

void rename_table(Executor& ex, const std::string& from, const std::string& to) {
    ex.execute(schema::rename_table_sql(from, to));
}

void add_column(Executor& ex, const std::string& table, const schema::Column& column) {
    ex.execute(schema::add_column_sql(table, column));
}

void drop_column(Executor& ex, const std::string& table, const std::string& column) {
    if (long long n = count_rows(ex, table, quote_identifier(column) + " IS NOT NULL"))
        ex.warn("dropping column '" + table + "." + column + "' discards its values in " + std::to_string(n) +
                " row" + (n == 1 ? "" : "s"));
    ex.execute(schema::drop_column_sql(table, column));
}

void alter_column(Executor& ex, const AlterColumn& alter) {
    // SQLite renames natively; every other change to a column needs the table rebuilt, which
    // Alembic's SQLite impl leaves to batch mode.
    bool other_change = alter.nullable || alter.server_default || alter.type || alter.autoincrement || alter.comment;
    if (other_change)
        throw Error("alter_column() of '" + alter.table + "." + alter.column +
                    "' cannot change nullable, type or server_default on SQLite outside batch mode: SQLite has no "
                    "ALTER COLUMN. Wrap it in `with op.batch_alter_table('" + alter.table +
                    "') as batch_op:` and call batch_op.alter_column(...)");
    if (alter.new_column_name && *alter.new_column_name != alter.column)
        ex.execute(schema::rename_column_sql(alter.table, alter.column, *alter.new_column_name));
}

void create_index(Executor& ex, const schema::Index& index) { ex.execute(schema::create_index_sql(index)); }

void drop_index(Executor& ex, const std::string& index) { ex.execute(schema::drop_index_sql(index)); }

void execute_sql(Executor& ex, const std::string& sql) { ex.execute(sql); }

void no_constraint_alter(const SourceLocation& where) {
    throw Error(where, "No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode "
                       "feature which allows for SQLite migrations using a copy-and-move strategy.");
}

} // namespace revlab::operations
