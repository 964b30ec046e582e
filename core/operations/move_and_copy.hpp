// Runs a batch rebuild on SQLite the way SQLite's documentation says a table must be rebuilt
// (lang_altertable.html, "Making Other Kinds Of Table Schema Changes", the 12 steps), with the
// statements Alembic uses for it: CREATE TABLE _alembic_tmp_x, INSERT ... SELECT, DROP TABLE x,
// ALTER TABLE _alembic_tmp_x RENAME TO x, CREATE INDEX.
//
// On top of Alembic, it keeps what SQLite drops with the old table and what Alembic's reflection
// cannot see: triggers on the table, expression indexes, and the views and triggers that name the
// table (SQLite's RENAME refuses to run while they point at a table that is gone, so they are
// dropped before and made again after, from their own CREATE text). After the rename it runs
// PRAGMA foreign_key_check, and fails the step if the rebuild left rows that break a foreign key.
#pragma once

#include "operations/executor.hpp"
#include "operations/rebuild.hpp"

#include <string>
#include <vector>

namespace revlab::operations {

// An index reflection does not report (an index on an expression): kept by its CREATE text.
struct VerbatimIndex {
    std::string name;
    std::string sql;
};

// The indexes of `table` that SQLAlchemy's reflection skips.
std::vector<VerbatimIndex> unreflected_indexes(Executor& ex, const std::string& table,
                                               const std::vector<schema::Index>& reflected);

void move_and_copy(Executor& ex, const std::string& table, const TableRebuild::Plan& plan,
                   const std::vector<VerbatimIndex>& verbatim_indexes);

// Foreign keys must not be enforced during a rebuild: DROP TABLE would delete the rows that point
// at the table (ON DELETE CASCADE) and RENAME would rewrite other tables' references. SQLite
// ignores PRAGMA foreign_keys inside a transaction, and every Revlab command runs in one, so the
// runtime turns enforcement off before the command's transaction begins and back on after it
// ends (ForeignKeysOff); move_and_copy only checks that it is off. (PRAGMA defer_foreign_keys would
// not do: a deferred key still cascades.)
class ForeignKeysOff {
  public:
    explicit ForeignKeysOff(sqlite::Database& db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

  private:
    sqlite::Database& db_;
    bool was_on_ = false;
};

} // namespace revlab::operations
