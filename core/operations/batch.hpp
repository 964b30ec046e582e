// `with op.batch_alter_table('t') as batch_op:` — Alembic's batch mode. The operations are
// collected and, when the block ends, either run one by one as plain ALTERs (when SQLite can do
// them all: only add_column and indexes) or applied to a model of the table, which is then rebuilt
// by "move and copy": CREATE TABLE _alembic_tmp_t, INSERT ... SELECT, DROP TABLE t, RENAME, and
// the indexes recreated. Every row is carried over; columns that are dropped are reported first.
#pragma once

#include "operations/executor.hpp"
#include "operations/impl.hpp"
#include "schema/table.hpp"

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace revlab::operations {

class BatchOperation {
public:
    enum class Recreate { Auto, Always, Never };

    struct AddColumn {
        schema::Column column;
        std::optional<std::string> insert_before, insert_after;
    };
    struct DropColumn {
        std::string column;
        SourceLocation where;
    };
    struct AddConstraint {
        std::variant<schema::Constraint, schema::PrimaryKey> constraint;
    };
    struct DropConstraint {
        std::string name;
        std::optional<std::string> type; // "foreignkey", "unique", "check", "primary"
        SourceLocation where;
    };
    struct CreateIndex {
        schema::Index index;
    };
    struct DropIndex {
        std::string name;
        SourceLocation where;
    };
    using Op = std::variant<AddColumn, DropColumn, AlterColumn, AddConstraint, DropConstraint, CreateIndex, DropIndex>;

    BatchOperation(std::string table, Recreate recreate, std::optional<schema::Table> copy_from = std::nullopt,
                   std::vector<std::variant<schema::Constraint, schema::PrimaryKey>> table_args = {});

    const std::string& table() const { return table_; }
    void add(Op op) { ops_.push_back(std::move(op)); }
    // Runs the collected operations (the end of the `with` block).
    void flush(Executor& ex);

private:
    bool should_recreate() const;
    void recreate(Executor& ex);

    std::string table_;
    Recreate recreate_;
    std::optional<schema::Table> copy_from_;
    std::vector<std::variant<schema::Constraint, schema::PrimaryKey>> table_args_;
    std::vector<Op> ops_;
};

} // namespace revlab::operations
