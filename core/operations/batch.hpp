// `with op.batch_alter_table('t') as batch_op:` — Alembic's batch mode (operations/batch.py). The
// operations are collected and, when the block ends, either run one by one as plain ALTERs (when
// SQLite can do them all: only add_column and indexes, or recreate='never') or applied to a model
// of the table (rebuild.hpp), which is then rebuilt by "move and copy" (move_and_copy.hpp). Every
// row is carried over; values that are about to be lost are reported first (data_safety.hpp).
#pragma once

#include "operations/executor.hpp"
#include "operations/impl.hpp"
#include "operations/naming.hpp"
#include "operations/rebuild.hpp"
#include "schema/table.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace revlab::operations {

class BatchOperation {
  public:
    enum class Recreate { Auto, Always, Never };

    struct Options {
        Recreate recreate = Recreate::Auto;
        std::optional<schema::Table> copy_from;
        std::vector<TableElement> table_args;
        NamingConvention naming_convention;
        std::vector<std::vector<std::string>> partial_reordering;
        std::optional<bool> sqlite_autoincrement; // table_kwargs={"sqlite_autoincrement": ...}
        // reflect_args: Columns that stand for the reflected ones of the same name (SQLAlchemy's
        // Table(..., *reflect_args, autoload_with=conn) replaces them in place after reflecting).
        std::vector<schema::Column> reflect_columns;
    };

    struct AddColumn {
        schema::Column column;
        std::optional<std::string> insert_before, insert_after;
    };
    struct DropColumn {
        std::string column;
        std::optional<schema::ColumnType> existing_type;
    };
    struct AddConstraint {
        TableElement element;
    };
    struct DropConstraint {
        std::string name;
    };
    struct CreateIndex {
        schema::Index index;
    };
    struct DropIndex {
        std::string name;
    };
    using Op = std::variant<AddColumn, DropColumn, AlterColumn, AddConstraint, DropConstraint, CreateIndex,
                            DropIndex>;

    BatchOperation(std::string table, Options options);

    const std::string& table() const { return table_; }
    // Records an operation; `where` is the call, for errors raised when the block ends.
    void add(Op op, const SourceLocation& where);
    // Runs the collected operations (the end of the `with` block).
    void flush(Executor& ex);

  private:
    bool should_recreate() const;
    void run_as_alters(Executor& ex);
    void recreate(Executor& ex);

    std::string table_;
    Options options_;
    std::vector<std::pair<Op, SourceLocation>> ops_;
};

} // namespace revlab::operations
