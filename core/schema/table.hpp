// The schema model: tables, columns, types, constraints and indexes, as SQLAlchemy's MetaData
// would hold them. Revision scripts build these (op.create_table(...)), reflection reads them back
// from SQLite, batch mode edits them, and ddl.hpp renders them as SQLAlchemy's SQLite dialect does.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace revlab::schema {

// A column type. `name` is the SQLAlchemy type class as written or reflected ("Integer",
// "String", "VARCHAR", "Numeric", "JSON", "Enum", "NullType", ...); the parameters are those the
// class takes. ddl() renders it for SQLite exactly as SQLAlchemy 1.4's SQLite type compiler does.
struct ColumnType {
    std::string name = "NullType";
    std::optional<long long> length;          // String, VARCHAR, CHAR, Unicode, LargeBinary, ...
    std::optional<int> precision;             // Numeric, Float, DECIMAL
    std::optional<int> scale;                 // Numeric, DECIMAL
    std::optional<std::string> collation;     // String(collation=...)
    bool timezone = false;                    // DateTime(timezone=True) (no effect on SQLite DDL)
    std::vector<std::string> enum_values;     // Enum('a', 'b')
    std::optional<std::string> enum_name;     // Enum(name=...)
    bool create_constraint = false;           // Boolean/Enum(create_constraint=True): a CHECK
    bool asdecimal = true;                    // Numeric/Float: Python-side only, kept for rendering
    bool native_enum = true;                  // Enum(native_enum=False): only then does `length` count
    // A UserDefinedType (name "UserDefinedType"): what its get_col_spec() returned, the DDL as is.
    std::string col_spec;

    std::string ddl() const;
    // The affinity family SQLAlchemy compares types by ("integer", "string", "numeric", ...).
    std::string affinity() const;
    bool operator==(const ColumnType&) const = default;
};

// A server-side default, kept as the SQL text SQLite stores (PRAGMA table_info's dflt_value).
struct ServerDefault {
    enum class Kind { Literal, Text, Expression };
    Kind kind = Kind::Literal; // Literal: 'value' from a Python string; Text: sa.text(...); Expression: sa.func.now()
    std::string sql;           // what follows DEFAULT, without the parentheses an Expression gets
    bool operator==(const ServerDefault&) const = default;
};

struct ForeignKey {
    std::optional<std::string> name;
    std::vector<std::string> columns;
    std::string referred_table;
    std::vector<std::string> referred_columns;
    std::optional<std::string> ondelete, onupdate, deferrable_initially, match;
    std::optional<bool> deferrable;
    bool operator==(const ForeignKey&) const = default;
};

struct UniqueConstraint {
    std::optional<std::string> name;
    std::vector<std::string> columns;
    bool operator==(const UniqueConstraint&) const = default;
};

struct CheckConstraint {
    std::optional<std::string> name;
    std::string sqltext;
    bool operator==(const CheckConstraint&) const = default;
};

struct PrimaryKey {
    std::optional<std::string> name;
    std::vector<std::string> columns;
    bool operator==(const PrimaryKey&) const = default;
};

struct Index {
    std::string name;
    std::string table;
    std::vector<std::string> expressions; // column names, or SQL expression text (is_expression)
    std::vector<bool> is_expression;      // parallel to expressions
    bool unique = false;
    std::optional<std::string> where;     // sqlite_where (partial index)
    bool operator==(const Index&) const = default;
};

// Column(..., sa.Computed("expr", persisted=...)): GENERATED ALWAYS AS (expr) [STORED|VIRTUAL].
struct Computed {
    std::string sqltext;
    std::optional<bool> persisted;
    bool operator==(const Computed&) const = default;
};

struct Column {
    std::string name;
    ColumnType type;
    bool nullable = true;
    bool primary_key = false;
    std::optional<ServerDefault> server_default;
    std::optional<bool> autoincrement;    // nullopt = "auto"
    bool unique = false;                  // Column(unique=True): becomes an unnamed UniqueConstraint
    bool index = false;                   // Column(index=True): becomes an index ix_<table>_<col>
    std::vector<ForeignKey> foreign_keys; // Column(sa.ForeignKey(...)): single-column FKs
    std::optional<std::string> comment;
    std::optional<Computed> computed;     // generated columns (reflected from SQLite 3.31+)
    bool operator==(const Column&) const = default;
};

// Constraints keep the order they were declared in, which decides the order SQLAlchemy renders
// them in CREATE TABLE (after the primary key).
struct Constraint {
    enum class Kind { Unique, ForeignKey, Check };
    Kind kind;
    UniqueConstraint unique;
    ForeignKey foreign_key;
    CheckConstraint check;
    const std::optional<std::string>& name() const;
    bool operator==(const Constraint&) const = default;
};

struct Table {
    std::string name;
    std::vector<Column> columns;
    std::optional<PrimaryKey> primary_key; // explicit PrimaryKeyConstraint; else from columns' primary_key
    std::vector<Constraint> constraints;   // unique, foreign key and check constraints, in order
    std::vector<Index> indexes;
    bool sqlite_autoincrement = false;
    std::optional<std::string> comment;

    Column* find_column(const std::string& name);
    const Column* find_column(const std::string& name) const;
    // The primary key columns: the explicit constraint's, else the columns marked primary_key.
    std::vector<std::string> primary_key_columns() const;
    bool operator==(const Table&) const = default;
};

} // namespace revlab::schema
