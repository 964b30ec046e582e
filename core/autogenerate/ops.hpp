// The operation tree autogenerate produces, shaped as Alembic's (operations/ops.py): a list of
// top-level operations (create/drop/rename table) and per-table groups (ModifyTableOps) holding
// column, index and constraint operations. compare.hpp builds the upgrade tree, reverse() derives
// the downgrade from it exactly as Alembic's MigrateOperation.reverse() methods do, and
// render.hpp writes both as Python.
#pragma once

#include "schema/table.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace revlab::autogenerate {

// Where a schema object came from. Alembic renders the two differently: a model's type is the
// class the user wrote (sa.String(length=45)), a reflected one is the dialect's class
// (sa.VARCHAR(length=45), sqlite.JSON()); a model's server default renders from its Python value,
// a reflected one as sa.text(...) of what SQLite stores.
enum class Origin { Model, Database };

struct TypeRef {
    schema::ColumnType type;
    Origin origin = Origin::Model;
    bool operator==(const TypeRef&) const = default;
};

struct DefaultRef {
    schema::ServerDefault value;
    Origin origin = Origin::Model;
    bool operator==(const DefaultRef&) const = default;
};

// Alembic's server-default slots have three states: False (not given), None, and a default.
// nullopt is False; an engaged empty optional is None.
using DefaultSlot = std::optional<std::optional<DefaultRef>>;

struct CreateTable {
    schema::Table table;
    Origin origin = Origin::Model;
};

// Keeps the whole table, so that the downgrade can create it again.
struct DropTable {
    schema::Table table;
    Origin origin = Origin::Database;
};

// Revlab's rename detection (rename.hpp); Alembic never produces it.
struct RenameTable {
    std::string from, to;
};

struct AddColumn {
    std::string table;
    schema::Column column;
    Origin origin = Origin::Model;
};

// Keeps the whole column, so that the downgrade can add it back.
struct DropColumn {
    std::string table;
    schema::Column column;
    Origin origin = Origin::Database;
};

// AlterColumnOp: the existing_* fields describe the column as it is, the modify_* ones the change.
struct AlterColumn {
    std::string table, column;
    std::optional<TypeRef> existing_type;
    std::optional<bool> existing_nullable;
    DefaultSlot existing_server_default;
    std::optional<TypeRef> modify_type;
    std::optional<bool> modify_nullable;
    DefaultSlot modify_server_default;
    std::optional<std::string> modify_name; // Revlab's column rename
    std::optional<bool> autoincrement;      // kw["autoincrement"] of _setup_autoincrement

    bool has_changes() const {
        return modify_type || modify_nullable || modify_server_default || modify_name;
    }
};

struct CreateIndex {
    std::string table;
    schema::Index index;
    bool conventional_name = false; // a naming-convention name: rendered as batch_op.f('...')
    Origin origin = Origin::Model;
};

struct DropIndex {
    std::string table;
    schema::Index index;
    bool conventional_name = false;
    Origin origin = Origin::Database;
};

struct AddUniqueConstraint {
    std::string table;
    schema::UniqueConstraint constraint;
};

struct AddForeignKey {
    std::string table;
    schema::ForeignKey foreign_key;
};

// A unique constraint or a foreign key, kept whole for the downgrade.
struct DropConstraint {
    std::string table;
    schema::Constraint constraint;
};

using TableOp = std::variant<AddColumn, DropColumn, AlterColumn, CreateIndex, DropIndex, AddUniqueConstraint,
                             AddForeignKey, DropConstraint>;

// ModifyTableOps: rendered as one `with op.batch_alter_table(...)` block.
struct ModifyTable {
    std::string table;
    std::vector<TableOp> ops;
};

using Op = std::variant<CreateTable, DropTable, RenameTable, ModifyTable>;

// UpgradeOps / DowngradeOps.
struct OpList {
    std::vector<Op> ops;
    bool empty() const { return ops.empty(); }
};

// The downgrade of an upgrade: each operation reversed, in reverse order (UpgradeOps.reverse_into).
OpList reverse(const OpList& upgrade);

// A model column's foreign keys and a table's, as one list of constraints with their columns
// filled in (Column(ForeignKey(...)) leaves them implicit).
std::vector<schema::ForeignKey> foreign_keys(const schema::Table& table);

// The unique constraints SQLAlchemy makes of a table: explicit ones, then Column(unique=True)
// without index=True (with index=True it is a unique index instead).
std::vector<schema::UniqueConstraint> unique_constraints(const schema::Table& table);

// Whether a model index has the name SQLAlchemy's default naming convention gave it
// (ix_<table>_<column> from Column(index=True)): Alembic then renders the name as op.f('...').
bool conventional_index_name(const schema::Table& table, const schema::Index& index);

} // namespace revlab::autogenerate
