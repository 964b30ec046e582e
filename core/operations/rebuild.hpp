// The table that batch mode's "move and copy" builds, after Alembic's ApplyBatchImpl
// (alembic/operations/batch.py): the existing table (reflected, or copy_from) is taken apart into
// columns, named and unnamed constraints and indexes; each batch operation edits those parts; plan()
// assembles the new table exactly as Alembic assembles it, so that the CREATE TABLE text (which
// SQLite keeps in sqlite_master) comes out the same.
//
// Alembic keys every column by the name it had before the batch: a renamed column keeps its old key,
// constraints and indexes find their columns by key, and new constraints or indexes that name a
// column by its new name do not find it. Revlab does the same, and says so where Alembic fails or
// silently leaves a constraint out.
#pragma once

#include "operations/impl.hpp"
#include "schema/table.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace revlab::operations {

// A table-level element: a constraint or a primary key. Its columns are named by key.
using TableElement = std::variant<schema::Constraint, schema::PrimaryKey>;

class TableRebuild {
  public:
    // `reflected`: the table came from the database (unnamed reflected CHECKs are then left out, as
    // Alembic cannot tell them from a type's own). `table_args` go to the new table as given.
    TableRebuild(const schema::Table& existing, bool reflected, std::vector<TableElement> table_args,
                 std::vector<std::vector<std::string>> partial_reordering);

    void add_column(const schema::Column& column, const std::optional<std::string>& insert_before,
                    const std::optional<std::string>& insert_after);
    // existing_type: a named Boolean/Enum(create_constraint=True) takes its CHECK with it.
    void drop_column(const std::string& column, const std::optional<schema::ColumnType>& existing_type);
    void alter_column(const AlterColumn& alter);
    void add_constraint(const TableElement& element);
    void drop_constraint(const std::string& name);
    void create_index(const schema::Index& index);
    void drop_index(const std::string& name);

    struct TypeChange {
        std::string column; // name in the old table
        schema::ColumnType from, to;
        bool cast = false; // copied through CAST(... AS to)
    };

    struct Plan {
        schema::Table table; // named _alembic_tmp_<table>
        std::vector<schema::Index>
            temp_indexes;                   // made with the temp table (Column(index=True) of added columns)
        std::string insert;                 // INSERT INTO temp (...) SELECT ... FROM table
        std::vector<schema::Index> indexes; // made after the rename
        std::vector<std::string> warnings;
        std::vector<std::string> sa_warnings; // SQLAlchemy's SAWarning texts, as it builds the new Table
        bool autoincrement_chosen = false; // the script said whether the new table has AUTOINCREMENT
    };
    Plan plan() const;
    // batch_alter_table(table_kwargs={"sqlite_autoincrement": ...}): the new table's option, over a
    // copy_from table's (Alembic's table_kwargs take precedence over the table's own kwargs).
    void set_sqlite_autoincrement(bool on) {
        sqlite_autoincrement_ = on;
        autoincrement_chosen_ = true;
    }

    const std::string& table_name() const { return table_; }
    const std::vector<TypeChange>& type_changes() const { return type_changes_; }
    // Names (in the old table) of the columns dropped by the batch.
    const std::vector<std::string>& dropped_columns() const { return dropped_; }

  private:
    struct Slot {
        std::string key; // the column's name in the old table, or its name if added
        schema::Column column;
        std::optional<std::string> expr; // the SELECT expression that fills it; none for added columns
        bool type_bound = false;         // the type's own CHECK is made with the column (Table(...) does it)
    };
    // A Python dict keyed by constraint name: insertion order kept, assignment replaces in place.
    // A key of nullopt is SQLAlchemy's _NONE_NAME, the "name" of an unnamed Boolean/Enum CHECK.
    struct Named {
        std::optional<std::string> name;
        TableElement element;
        bool added = false; // by this batch (reported when it cannot be kept)
    };

    Slot* find(const std::string& key);
    const Slot* find(const std::string& key) const;
    void setup_add_column_ordering(const std::string& column, std::optional<std::string> before,
                                   std::optional<std::string> after);
    std::vector<Slot> ordered_slots() const;
    void put_named(std::optional<std::string> name, TableElement element, bool added);

    std::string table_;
    std::string temp_;
    bool reflected_;
    bool sqlite_autoincrement_ = false; // a copy_from table's; reflection does not find it
    bool autoincrement_chosen_ = false; // table_kwargs gave sqlite_autoincrement
    std::vector<Slot> slots_;
    std::vector<std::string> existing_ordering_;
    std::vector<Named> named_;
    std::vector<TableElement> unnamed_;
    std::vector<TableElement> table_args_;
    std::vector<schema::Index> indexes_, new_indexes_;
    std::vector<std::pair<std::string, std::string>> add_col_ordering_;
    std::vector<std::vector<std::string>> partial_reordering_;
    std::vector<TypeChange> type_changes_;
    std::vector<std::string> dropped_;
};

// The CHECK that a Boolean or Enum with create_constraint=True makes for `column` (ddl.hpp renders
// the same text for create_table), or nullopt.
std::optional<schema::CheckConstraint> type_bound_check(const std::string& column,
                                                        const schema::ColumnType& type);

} // namespace revlab::operations
