// Reads a Flask app's app/models.py into the MetaData that Flask-SQLAlchemy 3.0 on SQLAlchemy 1.4
// would build from it: `flask db migrate` (autogenerate) compares this with the database. The file
// is parsed (py/parser.hpp) and interpreted declaratively: db.Model classes, mixins, abstract
// bases, db.Table(...) association tables, and SQLAlchemy 2.0's Mapped[...] = mapped_column(...).
// Methods, relationships and other Python-side attributes are read and ignored; anything Revlab
// cannot interpret exactly is refused with its place, never guessed.
#pragma once

#include "schema/table.hpp"

#include <map>
#include <string>
#include <vector>

namespace revlab::models {

// How each table is represented (the same conventions as operations::build_table, which ddl.cpp
// renders and batch mode reads):
// - Column(unique=True) stays a flag on the column (an unnamed UNIQUE that ddl.cpp renders after
//   the explicit constraints, where SQLAlchemy's creation order puts it); Column(ForeignKey(...))
//   stays in Column::foreign_keys, likewise.
// - Column(index=True) keeps its flag and is also in Table::indexes as ix_<table>_<column>, unique
//   when the column is unique too (and then there is no UNIQUE constraint: the flag only says
//   where the index came from, ddl.cpp skips `unique` when `index` is set).
// - __table_args__ constraints are in Table::constraints in declaration order; an explicit
//   PrimaryKeyConstraint is Table::primary_key; Index(...) objects are in Table::indexes.
// - Table::indexes: explicit indexes first (they are created before the Table), then those of
//   Column(index=True) in column order. SQLAlchemy keeps Table.indexes as a set, so no consumer
//   may rely on this order (Alembic sorts by name).
// - A column declared without a type but with a ForeignKey gets the referred column's type, as
//   SQLAlchemy copies it when the key is resolved.
struct MetaData {
    // In definition order: the order in which the classes and db.Table(...) calls of the file
    // create their tables, which is the insertion order of SQLAlchemy's MetaData.tables (not
    // MetaData.sorted_tables, which orders by foreign key dependency).
    std::vector<schema::Table> tables;
    // The bind key (SQLALCHEMY_BINDS, for `flask db init --multidb`) of each table that has one:
    // its model's __bind_key__ or db.Table's bind_key. Other tables are the default database's.
    std::map<std::string, std::string> binds;
    // The tables of one bind ("": the default database's), in definition order.
    std::vector<schema::Table> tables_of(const std::string& bind_key) const;

    const schema::Table* find(const std::string& name) const;
};

// Throws revlab::Error(SourceLocation{path, line, col}, message) for anything unsupported or
// wrong: what SQLAlchemy itself would refuse while importing the module (no primary key, a
// table defined twice, a ForeignKey to a missing table, ...) and what Revlab cannot interpret.
MetaData load_models(const std::string& source, const std::string& path);

// Flask-SQLAlchemy 3.0's default __tablename__ for a model class ("UserVisit" -> "user_visit").
std::string camel_to_snake_case(const std::string& class_name);

} // namespace revlab::models
