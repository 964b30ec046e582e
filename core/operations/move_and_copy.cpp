#include "operations/move_and_copy.hpp"

#include "schema/ddl.hpp"
#include "sqlite/database.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace revlab::operations {

using sqlite::quote_identifier;

namespace {

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool identifier_char(unsigned char c) {
    return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80;
}

// The identifiers a CREATE VIEW / CREATE TRIGGER statement names, lower-cased: bare words and
// "quoted", `quoted` or [quoted] names; string literals and comments are skipped. Over-matching
// (a column that shares a table's name) only costs a needless drop and re-create.
std::set<std::string> identifiers(const std::string& sql) {
    std::set<std::string> out;
    for (size_t i = 0; i < sql.size();) {
        unsigned char c = static_cast<unsigned char>(sql[i]);
        if (c == '\'') {
            for (++i; i < sql.size(); ++i)
                if (sql[i] == '\'') {
                    if (i + 1 < sql.size() && sql[i + 1] == '\'')
                        ++i;
                    else
                        break;
                }
            ++i;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            i = sql.find('\n', i);
            if (i == std::string::npos) break;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            i = sql.find("*/", i + 2);
            if (i == std::string::npos) break;
            i += 2;
        } else if (c == '"' || c == '`' || c == '[') {
            char close = c == '[' ? ']' : static_cast<char>(c);
            std::string name;
            for (++i; i < sql.size(); ++i) {
                if (sql[i] == close) {
                    if (close != ']' && i + 1 < sql.size() && sql[i + 1] == close) {
                        name += close;
                        ++i;
                        continue;
                    }
                    break;
                }
                name += sql[i];
            }
            ++i;
            out.insert(lower(name));
        } else if (identifier_char(c) && !std::isdigit(c)) {
            size_t start = i;
            while (i < sql.size() && identifier_char(static_cast<unsigned char>(sql[i])))
                ++i;
            out.insert(lower(sql.substr(start, i - start)));
        } else {
            ++i;
        }
    }
    return out;
}

struct SchemaObject {
    std::string type, name, table, sql;
};

// The views and triggers that go with the table: its own triggers (DROP TABLE takes them), and
// every view or trigger that names it or names one of those views, in sqlite_master order.
std::vector<SchemaObject> dependents(Executor& ex, const std::string& table) {
    std::vector<SchemaObject> all;
    for (const auto& row :
         ex.db().query("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "WHERE type IN ('view', 'trigger') AND sql IS NOT NULL ORDER BY rowid")) {
        all.push_back({std::get<std::string>(row[0]), std::get<std::string>(row[1]),
                       std::get<std::string>(row[2]), std::get<std::string>(row[3])});
    }
    std::set<std::string> names{lower(table)};
    std::vector<bool> taken(all.size(), false);
    for (bool grew = true; grew;) {
        grew = false;
        for (size_t i = 0; i < all.size(); ++i) {
            if (taken[i]) continue;
            auto ids = identifiers(all[i].sql);
            bool hit = lower(all[i].table) == lower(table) ||
                       std::any_of(names.begin(), names.end(),
                                   [&](const std::string& n) { return ids.count(n) > 0; });
            if (!hit) continue;
            taken[i] = grew = true;
            if (all[i].type == "view") names.insert(lower(all[i].name));
        }
    }
    std::vector<SchemaObject> out;
    for (size_t i = 0; i < all.size(); ++i)
        if (taken[i]) out.push_back(all[i]);
    return out;
}

// Rows that break the table's foreign keys, and those of the tables pointing at it. A key SQLite
// cannot check ("foreign key mismatch": the parent columns are not a key) counts as none: such a
// schema is the script's business, and Alembic does not look.
long long fk_violations(Executor& ex, const std::vector<std::string>& tables) {
    long long n = 0;
    for (const auto& t : tables) {
        try {
            n += static_cast<long long>(
                ex.db().query("PRAGMA foreign_key_check(" + quote_identifier(t) + ")").size());
        } catch (const Error&) {
        }
    }
    return n;
}

std::vector<std::string> related_tables(Executor& ex, const std::string& table) {
    std::vector<std::string> out{table};
    for (const auto& row : ex.db().query(
             "SELECT m.name FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
             "WHERE m.type = 'table' AND f.\"table\" = ? AND m.name <> ? GROUP BY m.name ORDER BY m.name",
             {table, table}))
        out.push_back(std::get<std::string>(row[0]));
    return out;
}

} // namespace

std::vector<VerbatimIndex> unreflected_indexes(Executor& ex, const std::string& table,
                                               const std::vector<schema::Index>& reflected) {
    std::vector<VerbatimIndex> out;
    for (const auto& row :
         ex.db().query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                       "AND sql IS NOT NULL ORDER BY rowid",
                       {table})) {
        std::string name = std::get<std::string>(row[0]);
        bool seen = std::any_of(reflected.begin(), reflected.end(),
                                [&](const schema::Index& i) { return i.name == name; });
        if (!seen) out.push_back({name, std::get<std::string>(row[1])});
    }
    return out;
}

void move_and_copy(Executor& ex, const std::string& table, const TableRebuild::Plan& plan,
                   const std::vector<VerbatimIndex>& verbatim_indexes) {
    if (!ex.offline()) {
        auto fk = ex.db().query("PRAGMA foreign_keys");
        if (!fk.empty() && fk[0][0] == sqlite::Value{std::int64_t{1}})
            throw Error("batch_alter_table('" + table +
                        "') cannot rebuild the table while foreign keys are enforced "
                        "(PRAGMA foreign_keys=ON): dropping it would delete the rows that point at it");
    }
    for (const auto& w : plan.warnings)
        ex.warn(w);
    // SQLAlchemy's warn() skips its own and Alembic's frames: the warning is placed where the
    // `with op.batch_alter_table(...)` block ends, in contextlib, as Debian's Python 3.11 shows it.
    for (const auto& w : plan.sa_warnings)
        ex.python_warning("/usr/lib/python3.11/contextlib.py:144", "SAWarning", w, "next(self.gen)");
    // Reflection does not see AUTOINCREMENT, so Alembic's rebuilt table goes without it.
    if (!plan.table.sqlite_autoincrement && !plan.autoincrement_chosen && !ex.db()
                                                 .query("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                                        "AND name = ? AND upper(sql) LIKE '%AUTOINCREMENT%'",
                                                        {table})
                                                 .empty())
        ex.warn("table '" + table +
                "' loses AUTOINCREMENT in the rebuild, as under Alembic (reflection does "
                "not see it): new rows may reuse the ids of deleted ones. To keep it, pass "
                "copy_from=sa.Table(..., sqlite_autoincrement=True) to batch_alter_table()");
    const auto related = ex.offline() ? std::vector<std::string>{} : related_tables(ex, table);
    const long long violations_before = fk_violations(ex, related);
    const auto deps = dependents(ex, table);

    ex.execute(schema::create_table_sql(plan.table));
    for (const auto& idx : plan.temp_indexes)
        ex.execute(schema::create_index_sql(idx));
    ex.execute(plan.insert);
    // Views and other tables' triggers that name the table would make the RENAME fail.
    for (auto it = deps.rbegin(); it != deps.rend(); ++it)
        if (it->type == "view")
            ex.execute("DROP VIEW " + quote_identifier(it->name));
        else if (lower(it->table) != lower(table))
            ex.execute("DROP TRIGGER " + quote_identifier(it->name));
    ex.execute(schema::drop_table_sql(table));
    ex.execute(schema::rename_table_sql(plan.table.name, table));
    for (const auto& idx : plan.indexes)
        ex.execute(schema::create_index_sql(idx));
    for (const auto& idx : verbatim_indexes) {
        try {
            ex.execute(idx.sql);
        } catch (const Error& e) {
            throw Error("index '" + idx.name + "' cannot be made again on the rebuilt table '" + table +
                        "' (it uses a column this batch drops or renames; drop it first): " + e.message());
        }
    }
    for (const auto& d : deps) {
        try {
            ex.execute(d.sql);
            // SQLite takes a CREATE VIEW whatever its columns; reading it is what checks them.
            if (d.type == "view" && !ex.offline())
                ex.db().query("SELECT * FROM " + quote_identifier(d.name) + " LIMIT 0");
        } catch (const Error& e) {
            throw Error(
                "the " + d.type + " '" + d.name + "' cannot be made again on the rebuilt table '" + table +
                "' (it uses a column this batch drops or renames; drop or change it first): " + e.message());
        }
    }
    if (!ex.offline()) {
        long long after = fk_violations(ex, related);
        if (after > violations_before)
            throw Error("rebuilding table '" + table + "' would leave " +
                        std::to_string(after - violations_before) +
                        " row(s) that break a foreign key (PRAGMA foreign_key_check); fix the data first");
    }
}

ForeignKeysOff::ForeignKeysOff(sqlite::Database& db) : db_(db) {
    if (db_.in_transaction()) return; // the pragma would be ignored; move_and_copy checks the state
    auto rows = db_.query("PRAGMA foreign_keys");
    was_on_ = !rows.empty() && rows[0][0] == sqlite::Value{std::int64_t{1}};
    if (was_on_) db_.exec("PRAGMA foreign_keys=OFF");
}

ForeignKeysOff::~ForeignKeysOff() {
    if (!was_on_) return;
    try {
        db_.exec("PRAGMA foreign_keys=ON");
    } catch (...) { // a destructor must not throw; the connection keeps enforcement off
    }
}

} // namespace revlab::operations
