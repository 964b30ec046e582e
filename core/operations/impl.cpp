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

void add_column_with_constraints(Executor& ex, const std::string& table, const schema::Column& column) {
    if (column.unique && !column.index) no_constraint_alter(SourceLocation{});
    if (!column.foreign_keys.empty()) no_constraint_alter(SourceLocation{});
    add_column(ex, table, column);
    if (column.index) {
        schema::Index idx;
        idx.name = "ix_" + table + "_" + column.name;
        idx.table = table;
        idx.expressions = {column.name};
        idx.is_expression = {false};
        idx.unique = column.unique;
        create_index(ex, idx);
    }
}

void drop_column(Executor& ex, const std::string& table, const std::string& column) {
    if (long long n = count_rows(ex, table, quote_identifier(column) + " IS NOT NULL"))
        ex.warn("dropping column '" + table + "." + column + "' discards its values in " + std::to_string(n) +
                " row" + (n == 1 ? "" : "s"));
    ex.execute(schema::drop_column_sql(table, column));
}

// Outside batch mode Alembic's SQLite dialect renames a column natively and compiles every other
// change to ALTER TABLE ... ALTER COLUMN, in this order: NOT NULL, DEFAULT, TYPE (a comment cannot
// even be compiled). SQLite before 3.53 rejects them all, and that is the SQLite Python's sqlite3
// module ships almost everywhere, Debian's 3.40 included. Revlab's SQLite 3.53 would take SET/DROP
// NOT NULL, but Revlab refuses it too, with the error real Alembic gets: a script that passes here
// must pass under Flask-Migrate, and the table rebuild of batch mode is the portable way.
void alter_column(Executor& ex, const AlterColumn& alter) {
    const std::string prefix = "ALTER TABLE " + quote_identifier(alter.table) + " ALTER COLUMN " + quote_identifier(alter.column);
    std::optional<std::string> refused;
    if (alter.nullable) refused = prefix + (*alter.nullable ? " DROP NOT NULL" : " SET NOT NULL");
    else if (alter.server_default)
        refused = prefix + (*alter.server_default ? " SET DEFAULT " + schema::server_default_sql(**alter.server_default)
                                                  : std::string(" DROP DEFAULT"));
    else if (alter.type) refused = prefix + " TYPE " + alter.type->ddl();
    if (refused)
        throw Error("near \"ALTER\": syntax error\n[SQL: " + *refused +
                        "]\nSQLite has no ALTER COLUMN before 3.53, and Alembic's SQLite dialect sends it anyway "
                        "outside batch mode. Change the column in batch mode: `with op.batch_alter_table('" +
                        alter.table + "') as batch_op:` and `batch_op.alter_column('" + alter.column + "', ...)`",
                    SqlFailure{"near \"ALTER\": syntax error", *refused});
    if (alter.comment)
        throw Error("Compiler <SQLiteDDLCompiler> can't render element of type ColumnComment: SQLite has no column "
                    "comments; leave comment= out of alter_column()");
    if (alter.new_column_name) ex.execute(schema::rename_column_sql(alter.table, alter.column, *alter.new_column_name));
}

void create_index(Executor& ex, const schema::Index& index) { ex.execute(schema::create_index_sql(index)); }

void drop_index(Executor& ex, const std::string& index) { ex.execute(schema::drop_index_sql(index)); }

void execute_sql(Executor& ex, const std::string& sql) { ex.execute(sql); }

void no_constraint_alter(const SourceLocation& where) {
    const std::string message = "No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode "
                       "feature which allows for SQLite migrations using a copy-and-move strategy.";
    if (where.file().empty() && where.line == 0) throw Error(message);
    throw Error(where, message);
}

} // namespace revlab::operations
