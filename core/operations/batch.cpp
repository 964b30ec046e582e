#include "operations/batch.hpp"

#include "operations/data_safety.hpp"
#include "operations/move_and_copy.hpp"
#include "schema/reflect.hpp"
#include "sqlite/database.hpp"

#include <algorithm>
#include <cctype>

namespace revlab::operations {

using sqlite::quote_identifier;

namespace {

// Runs `fn`, giving an error that knows no place the place of the batch_op call.
template <class Fn> void at(const SourceLocation& where, Fn&& fn) {
    try {
        fn();
    } catch (const Error& e) {
        if (e.where()) throw;
        throw e.located(where);
    }
}

// SQLiteImpl.autogen_column_reflect, which Alembic hooks into the batch's reflection: a reflected
// default that looks like an unparenthesized SQL expression gets parentheses, as SQLite needs in
// DDL. Only a single digit or dot, a 'quoted string' and a (parenthesized) text are left alone, so
// DEFAULT 14 comes back as DEFAULT (14) and CURRENT_TIMESTAMP as (CURRENT_TIMESTAMP).
void parenthesize_reflected_defaults(schema::Table& table) {
    auto wrapped_in = [](const std::string& s, char open, char close) {
        return s.size() >= 3 && s.front() == open && s.back() == close && s.find('\n') == std::string::npos;
    };
    for (auto& column : table.columns) {
        if (!column.server_default) continue;
        const std::string& sql = column.server_default->sql;
        bool constant =
            sql.empty() ||
            (sql.size() == 1 && (std::isdigit(static_cast<unsigned char>(sql[0])) || sql[0] == '.')) ||
            wrapped_in(sql, '\'', '\'') || wrapped_in(sql, '(', ')');
        if (!constant) column.server_default->sql = "(" + sql + ")";
    }
}

} // namespace

BatchOperation::BatchOperation(std::string table, Options options)
    : table_(std::move(table)), options_(std::move(options)) {}

void BatchOperation::add(Op op, const SourceLocation& where) {
    if (const auto* add = std::get_if<AddColumn>(&op);
        add && (add->insert_before || add->insert_after) && !should_recreate())
        throw Error(
            where,
            "Can't specify insert_before or insert_after when using ALTER; please specify recreate='always'");
    ops_.emplace_back(std::move(op), where);
}

// SQLiteImpl.requires_recreate_in_batch: ALTER can add a column (unless its default is a SQL
// expression, which SQLite refuses in ADD COLUMN) and indexes are statements of their own;
// anything else needs the table rebuilt.
bool BatchOperation::should_recreate() const {
    if (options_.recreate == Recreate::Always) return true;
    if (options_.recreate == Recreate::Never) return false;
    for (const auto& [op, where] : ops_) {
        if (const auto* add = std::get_if<AddColumn>(&op)) {
            const auto& d = add->column.server_default;
            if (d && d->kind != schema::ServerDefault::Kind::Literal) return true;
            // Alembic queues the column's own constraints as add_constraint operations, which
            // ALTER cannot do: a UNIQUE, a FOREIGN KEY, a Boolean's or Enum's CHECK.
            const auto& c = add->column;
            if ((c.unique && !c.index) || !c.foreign_keys.empty() || type_bound_check(c.name, c.type))
                return true;
        } else if (!std::holds_alternative<CreateIndex>(op) && !std::holds_alternative<DropIndex>(op)) {
            return true;
        }
    }
    return false;
}

void BatchOperation::flush(Executor& ex) {
    if (should_recreate())
        recreate(ex);
    else
        run_as_alters(ex);
}

// Each operation as the op.* call outside batch mode would run it.
void BatchOperation::run_as_alters(Executor& ex) {
    for (const auto& entry : ops_) {
        const Op& op = entry.first;
        const SourceLocation& where = entry.second; // named: clang 14 cannot capture bindings
        at(where, [&] {
            if (const auto* add = std::get_if<AddColumn>(&op))
                add_column_with_constraints(ex, table_, add->column);
            else if (const auto* ci = std::get_if<CreateIndex>(&op))
                create_index(ex, ci->index);
            else if (const auto* di = std::get_if<DropIndex>(&op))
                drop_index(ex, di->name);
            else if (const auto* dc = std::get_if<DropColumn>(&op))
                drop_column(ex, table_, dc->column);
            else if (const auto* ac = std::get_if<AlterColumn>(&op))
                alter_column(ex, *ac);
            else
                no_constraint_alter(where);
        });
    }
}

namespace {

// Table(name, MetaData(), *reflect_args, autoload_with=conn), as SQLAlchemy 1.4 builds it: the table
// is reflected first, then each given Column replaces the reflected one of its name in place (its
// type, nullability, default and keys are the given ones; a reflected foreign key on it goes; the
// table's unique constraints and indexes stay), and a Column the table lacks is appended.
void apply_reflect_args(schema::Table& table, const std::vector<schema::Column>& columns) {
    for (const schema::Column& given : columns) {
        schema::Column* existing = table.find_column(given.name);
        if (existing == nullptr) {
            table.columns.push_back(given);
            continue;
        }
        const std::vector<std::string> pk = table.primary_key_columns();
        const bool in_pk = std::find(pk.begin(), pk.end(), given.name) != pk.end();
        if (in_pk && !given.primary_key)
            throw Error("Trying to redefine primary-key column '" + given.name +
                        "' as a non-primary-key column on table '" + table.name + "'");
        schema::Column replacement = given;
        replacement.primary_key = existing->primary_key;
        *existing = std::move(replacement);
        std::erase_if(table.constraints, [&](const schema::Constraint& c) {
            return c.kind == schema::Constraint::Kind::ForeignKey &&
                   std::find(c.foreign_key.columns.begin(), c.foreign_key.columns.end(), given.name) !=
                       c.foreign_key.columns.end();
        });
    }
}

} // namespace

void BatchOperation::recreate(Executor& ex) {
    schema::Table existing;
    std::vector<VerbatimIndex> verbatim;
    const bool reflected = !options_.copy_from;
    if (options_.copy_from) {
        existing = *options_.copy_from;
    } else {
        // Offline, the table is reflected from the shadow database, which holds the schema the
        // earlier statements built: Revlab needs no copy_from there (Alembic does).
        if (!ex.db().table_exists(table_))
            throw Error("batch_alter_table('" + table_ + "'): no such table in the database" +
                        (ex.offline() ? " at this point of the offline run" : ""));
        existing = schema::reflect_table(ex.db(), table_);
        // What SQLAlchemy warns as it reflects the table and those its foreign keys lead to, where
        // Python 3.11 places it (the end of the `with` block, in contextlib), before the batch's
        // own operations run (and maybe fail).
        if (!ex.offline())
            for (const auto& w : schema::batch_reflection_warnings(ex.db(), table_))
                ex.python_warning("/usr/lib/python3.11/contextlib.py:144", "SAWarning", w, "next(self.gen)");
        apply_reflect_args(existing, options_.reflect_columns);
        parenthesize_reflected_defaults(existing);
        apply_naming_convention(existing, options_.naming_convention);
        verbatim = unreflected_indexes(ex, table_, existing.indexes);
    }

    TableRebuild rebuild(existing, reflected, options_.table_args, options_.partial_reordering);
    if (options_.sqlite_autoincrement) rebuild.set_sqlite_autoincrement(*options_.sqlite_autoincrement);
    for (const auto& entry : ops_) {
        const Op& op = entry.first;
        at(entry.second, [&] {
            if (const auto* add = std::get_if<AddColumn>(&op)) {
                rebuild.add_column(add->column, add->insert_before, add->insert_after);
            } else if (const auto* drop = std::get_if<DropColumn>(&op)) {
                rebuild.drop_column(drop->column, drop->existing_type);
            } else if (const auto* alter = std::get_if<AlterColumn>(&op)) {
                // Revlab checks NOT NULL before anything is rebuilt, and says how to fix the data.
                if (alter->nullable == false && reflected && existing.find_column(alter->column) &&
                    !ex.offline())
                    if (long long n = count_rows(ex, table_, quote_identifier(alter->column) + " IS NULL"))
                        throw Error("batch_op.alter_column('" + alter->column + "', nullable=False): " +
                                    std::to_string(n) + " row" + (n == 1 ? " has" : "s have") +
                                    " NULL in column '" + table_ + "." + alter->column +
                                    "'; fill them first, e.g. op.execute(\"UPDATE " + table_ + " SET " +
                                    alter->column + " = ... WHERE " + alter->column + " IS NULL\")");
                rebuild.alter_column(*alter);
            } else if (const auto* addc = std::get_if<AddConstraint>(&op)) {
                rebuild.add_constraint(addc->element);
            } else if (const auto* dropc = std::get_if<DropConstraint>(&op)) {
                rebuild.drop_constraint(dropc->name);
            } else if (const auto* ci = std::get_if<CreateIndex>(&op)) {
                rebuild.create_index(ci->index);
            } else if (const auto* di = std::get_if<DropIndex>(&op)) {
                // An expression index, which Alembic cannot see, can still be dropped here.
                auto it = std::find_if(verbatim.begin(), verbatim.end(),
                                       [&](const VerbatimIndex& v) { return v.name == di->name; });
                if (it != verbatim.end())
                    verbatim.erase(it);
                else
                    rebuild.drop_index(di->name);
            }
        });
    }
    const TableRebuild::Plan plan = rebuild.plan();

    for (const auto& column : rebuild.dropped_columns())
        if (long long n = count_rows(ex, table_, quote_identifier(column) + " IS NOT NULL"))
            ex.warn("dropping column '" + table_ + "." + column + "' discards its values in " +
                    std::to_string(n) + " row" + (n == 1 ? "" : "s"));
    warn_type_changes(ex, table_, rebuild.type_changes());
    move_and_copy(ex, table_, plan, verbatim);
}

} // namespace revlab::operations
