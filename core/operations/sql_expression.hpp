// The SQL of op.execute(...) and connection.execute(...): a string, sa.text("..."), or a statement
// built on a sa.table(), as Alembic's documentation writes data migrations:
//     accounts = sa.table('accounts', sa.column('name', sa.String))
//     op.execute(accounts.update().where(accounts.c.name == op.inline_literal('a'))
//                .values({'name': op.inline_literal('b')}))
// insert().values(...), update().where(...).values(...) and delete().where(...) are compiled as
// SQLAlchemy's SQLite compiler renders them, with their values written in as literals (what
// op.inline_literal asks for; Alembic sends other values as parameters, with the same effect).
// Conditions: ==, !=, <, <=, >, >=, &, |, ~, sa.and_/or_/not_, .is_(None), .is_not(None),
// .in_([...]), .not_in([...]), .like(...), .between(a, b), sa.text(...).
#pragma once

#include "operations/value.hpp"

#include <string>

namespace revlab::operations {

bool is_table_statement(const Value& v);
std::string statement_sql(const Value& v, const std::string& what);

} // namespace revlab::operations
