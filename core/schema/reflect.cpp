// Reflection, as SQLAlchemy 1.4's SQLite dialect does it and as Table(..., autoload_with=conn)
// assembles the result. SQLite keeps little structured metadata: the PRAGMAs give columns, primary
// key positions, foreign keys and indexes, and the rest (constraint names, ON DELETE, UNIQUE and
// CHECK constraints, partial index predicates) the dialect digs out of the CREATE text in
// sqlite_master with regular expressions. Those expressions are run here unchanged (pattern.hpp),
// so a table reflects to what it reflects to in SQLAlchemy, odd results on hand-written one-line
// tables included: batch mode rebuilds tables from this, and the rebuilt CREATE TABLE text must
// equal the one real Alembic writes.
#include "schema/reflect.hpp"

#include "py/str_repr.hpp"
#include "schema/pattern.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace revlab::schema {

namespace {

using sqlite::Value;
using Rows = std::vector<std::vector<Value>>;

// Reflection only reads, and it asks the same questions many times: each table's CREATE text is
// read by most get_* functions, and every table a foreign key chain reaches is read again for each
// table on the chain. One Reader answers each distinct query from SQLite once; reflect_tables()
// shares one across all the tables, which keeps reflecting a schema linear in its size.
class Reader {
public:
    explicit Reader(sqlite::Database& db) : db_(db) {}

    const Rows& query(const std::string& sql, const std::vector<Value>& params = {}) {
        std::string key = sql;
        for (const auto& p : params) key += '\x1f' + sqlite::to_sql_literal(p);
        auto it = rows_.find(key);
        if (it == rows_.end()) it = rows_.emplace(std::move(key), db_.query(sql, params)).first;
        return it->second;
    }

    std::map<std::string, std::vector<ForeignKey>> foreign_keys; // get_foreign_keys, by table
    std::map<std::string, std::vector<std::string>> fk_warnings; // what get_foreign_keys warned, by table
    std::set<std::string> complete_chains; // tables whose foreign keys reach existing tables only
    std::map<std::string, Value> table_sql;  // name -> CREATE TABLE text, from one scan
    bool table_sql_read = false;

private:
    sqlite::Database& db_;
    std::map<std::string, Rows> rows_;
};

std::optional<std::string> text(const Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    return std::nullopt;
}
std::string text_or_empty(const Value& v) {
    return text(v).value_or("");
}
std::int64_t integer(const Value& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
    return 0;
}

// _get_table_pragma: PRAGMA main.x(...) first, then temp, since a bare PRAGMA searches every
// attached database.
Rows table_pragma(Reader& db, const char* pragma, const std::string& table) {
    for (const char* schema : {"main", "temp"}) {
        const Rows& rows =
            db.query(std::string("PRAGMA ") + schema + "." + pragma + "(" + sqlite::force_quote(table) + ")");
        if (!rows.empty()) return rows;
    }
    return {};
}

// SQLAlchemy asks for one table's SQL at a time (WHERE name = ? AND type = 'table'), which scans
// sqlite_master each time; one scan serves every table here, with the same first-row answer.
std::optional<std::string> table_sql(Reader& db, const std::string& table) {
    if (!db.table_sql_read) {
        const Rows& rows = db.query(
            "SELECT name, sql FROM  (SELECT * FROM sqlite_master UNION ALL   SELECT * FROM sqlite_temp_master) "
            "WHERE type = 'table'");
        for (const auto& row : rows)
            if (const auto* name = std::get_if<std::string>(&row[0])) db.table_sql.emplace(*name, row[1]);
        db.table_sql_read = true;
    }
    auto it = db.table_sql.find(table);
    if (it == db.table_sql.end()) return std::nullopt;
    return text(it->second);
}

// _find_cols_in_sig: the names in a column list, quoted or bare.
std::vector<std::string> cols_in_sig(const std::string& sig) {
    static constexpr const char* kCols = R"re((?:"(.+?)")|([a-z0-9_]+))re";
    std::vector<std::string> out;
    static const Pattern cols(kCols, true); // compiled once: reflection runs these per table
    for (const auto& m : cols.find_all(sig))
        out.push_back(m.group(1) ? *m.group(1) : *m.group(2));
    return out;
}

struct ReflectedColumn {
    Column column;
    std::int64_t pk_position = 0;
};

// get_columns, with _get_column_info: hidden columns (of virtual tables) are skipped; generated
// ones report their type with GENERATED and ALWAYS removed and their expression fished out of the
// table SQL.
std::vector<ReflectedColumn> get_columns(Reader& db, const std::string& table) {
    std::vector<ReflectedColumn> out;
    std::optional<std::string> sql;
    bool sql_read = false;
    for (const auto& row : table_pragma(db, "table_xinfo", table)) {
        std::int64_t hidden = integer(row[6]);
        if (hidden == 1) continue;
        ReflectedColumn rc;
        Column& c = rc.column;
        c.name = text_or_empty(row[1]);
        std::string type = text_or_empty(row[2]);
        for (auto& ch : type)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        if (hidden == 2 || hidden == 3) {
            for (std::string_view word : {"GENERATED", "ALWAYS"}) {
                std::string kept; // re.sub(word, "", type_, flags=re.I) on the upper-cased type
                for (std::size_t at = 0; at < type.size();) {
                    if (type.compare(at, word.size(), word) == 0)
                        at += word.size();
                    else
                        kept += type[at++];
                }
                type = kept;
            }
            auto first = type.find_first_not_of(" \t\n\r\f\v");
            type = first == std::string::npos
                       ? ""
                       : type.substr(first, type.find_last_not_of(" \t\n\r\f\v") - first + 1);
            if (!sql_read) {
                sql = table_sql(db, table);
                sql_read = true;
            }
            Computed computed{"", hidden == 3};
            if (sql) {
                std::string pattern =
                    Pattern::escape(c.name) + R"re([^,]*\s+AS\s+\(([^,]*)\)\s*(?:virtual|stored)?)re";
                if (auto m = Pattern(pattern, true).search(*sql)) computed.sqltext = *m->group(1);
            }
            c.computed = computed;
        }
        c.type = reflected_type(type);
        c.nullable = integer(row[3]) == 0;
        if (auto d = text(row[4])) c.server_default = ServerDefault{ServerDefault::Kind::Text, *d};
        rc.pk_position = integer(row[5]);
        c.primary_key = rc.pk_position != 0;
        out.push_back(std::move(rc));
    }
    return out;
}

// get_pk_constraint: the columns in key order; the name only when written CONSTRAINT word PRIMARY
// KEY (a quoted name is not found).
PrimaryKey get_pk_constraint(Reader& db, const std::string& table) {
    PrimaryKey pk;
    static const Pattern pk_name(R"re(CONSTRAINT (\w+) PRIMARY KEY)re", true);
    if (auto sql = table_sql(db, table))
        if (auto m = pk_name.search(*sql)) pk.name = m->group(1);
    auto columns = get_columns(db, table);
    std::stable_sort(columns.begin(), columns.end(), [](const ReflectedColumn& a, const ReflectedColumn& b) {
        return a.pk_position < b.pk_position;
    });
    for (const auto& c : columns)
        if (c.pk_position) pk.columns.push_back(c.column.name);
    return pk;
}

using Signature = std::vector<std::string>; // constrained columns, referred table, referred columns

Signature fk_signature(const ForeignKey& fk) {
    Signature s = fk.columns;
    s.push_back(fk.referred_table);
    s.insert(s.end(), fk.referred_columns.begin(), fk.referred_columns.end());
    return s; // one flat tuple, as fk_sig builds it
}

// A Python dict keyed by signature: insertion order kept, a repeated key overwrites in place.
struct ForeignKeysBySignature {
    std::vector<std::pair<Signature, ForeignKey>> entries;
    void put(Signature s, ForeignKey fk) {
        for (auto& e : entries)
            if (e.first == s) {
                e.second = std::move(fk);
                return;
            }
        entries.emplace_back(std::move(s), std::move(fk));
    }
    std::optional<ForeignKey> pop(const Signature& s) {
        for (auto it = entries.begin(); it != entries.end(); ++it)
            if (it->first == s) {
                ForeignKey fk = std::move(it->second);
                entries.erase(it);
                return fk;
            }
        return std::nullopt;
    }
};

// The constraints spelled out in the table SQL, with what PRAGMA foreign_key_list cannot say.
struct ParsedForeignKey {
    std::optional<std::string> name;
    ForeignKey fk;
};

std::vector<ParsedForeignKey> parse_foreign_keys(const std::string& sql) {
    static constexpr const char* kForeignKey =
        R"re((?:CONSTRAINT (\w+) +)?)re"
        R"re(FOREIGN KEY *\( *(.+?) *\) +)re"
        R"re(REFERENCES +(?:(?:"(.+?)")|([a-z0-9_]+)) *\((.+?)\) *)re"
        R"re(((?:ON (?:DELETE|UPDATE) )re"
        R"re((?:SET NULL|SET DEFAULT|CASCADE|RESTRICT|NO ACTION) *)*))re"
        R"re(((?:NOT +)?DEFERRABLE)?)re"
        R"re((?: +INITIALLY +(DEFERRED|IMMEDIATE))?)re";
    static const Pattern on_split(R"re( *\bON\b *)re");
    static const Pattern foreign_key(kForeignKey, true);
    std::vector<ParsedForeignKey> out;
    for (const auto& m : foreign_key.find_all(sql)) {
        ParsedForeignKey p;
        p.name = m.group(1);
        p.fk.columns = cols_in_sig(*m.group(2));
        p.fk.referred_table = m.group(3) ? *m.group(3) : m.group(4).value_or("");
        p.fk.referred_columns = cols_in_sig(*m.group(5));
        std::string actions = *m.group(6);
        for (auto& ch : actions)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        auto strip = [](std::string s) {
            auto first = s.find_first_not_of(" \t\n\r\f\v");
            return first == std::string::npos
                       ? std::string()
                       : s.substr(first, s.find_last_not_of(" \t\n\r\f\v") - first + 1);
        };
        for (const auto& token : on_split.split(actions)) {
            bool del = token.rfind("DELETE", 0) == 0, upd = token.rfind("UPDATE", 0) == 0;
            if (!del && !upd) continue;
            std::string action = strip(token.substr(6));
            if (action.empty() || action == "NO ACTION") continue;
            (del ? p.fk.ondelete : p.fk.onupdate) = action;
        }
        if (auto d = m.group(7)) {
            std::string upper = *d;
            for (auto& ch : upper)
                if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
            p.fk.deferrable = upper.find("NOT") == std::string::npos;
        }
        if (auto i = m.group(8)) {
            std::string upper = *i;
            for (auto& ch : upper)
                if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
            p.fk.deferrable_initially = upper;
        }
        out.push_back(std::move(p));
    }
    return out;
}

// get_foreign_keys: PRAGMA foreign_key_list is the truth about which keys exist; those found in
// the SQL get their name and options, in SQL order, and the rest (inline REFERENCES the pattern
// cannot see) follow as they are.
std::vector<ForeignKey> read_foreign_keys(Reader& db, const std::string& table, std::vector<std::string>& warnings) {
    std::map<std::int64_t, ForeignKey> by_id;
    std::vector<std::int64_t> order;
    for (const auto& row : table_pragma(db, "foreign_key_list", table)) {
        std::int64_t id = integer(row[0]);
        std::string referred = text_or_empty(row[2]), from = text_or_empty(row[3]);
        std::string to = text_or_empty(row[4]);
        auto it = by_id.find(id);
        if (it == by_id.end()) {
            ForeignKey fk;
            fk.referred_table = referred;
            // No referred column written: the key points at the referred table's primary key.
            if (to.empty()) fk.referred_columns = get_pk_constraint(db, referred).columns;
            it = by_id.emplace(id, std::move(fk)).first;
            order.push_back(id);
        }
        it->second.columns.push_back(from);
        if (!to.empty()) it->second.referred_columns.push_back(to);
    }
    ForeignKeysBySignature keys;
    for (auto id : order)
        keys.put(fk_signature(by_id[id]), by_id[id]);

    auto sql = table_sql(db, table);
    if (!sql) return {};
    std::vector<ForeignKey> out;
    for (auto& parsed : parse_foreign_keys(*sql)) {
        // A key parsed from the SQL but missing from the PRAGMA is dropped, with SQLAlchemy's
        // warning; so is the second of two keys with one signature (same columns and target).
        auto key = keys.pop(fk_signature(parsed.fk));
        if (!key) {
            warnings.push_back("WARNING: SQL-parsed foreign key constraint '" +
                               py::repr_str_tuple(fk_signature(parsed.fk)) +
                               "' could not be located in PRAGMA foreign_keys for table " + table);
            continue;
        }
        key->name = parsed.name;
        key->ondelete = parsed.fk.ondelete;
        key->onupdate = parsed.fk.onupdate;
        key->deferrable = parsed.fk.deferrable;
        key->deferrable_initially = parsed.fk.deferrable_initially;
        out.push_back(std::move(*key));
    }
    for (auto& [sig, fk] : keys.entries)
        out.push_back(std::move(fk));
    return out;
}

std::vector<ForeignKey> get_foreign_keys(Reader& db, const std::string& table) {
    auto it = db.foreign_keys.find(table);
    if (it == db.foreign_keys.end()) {
        std::vector<std::string> warnings;
        it = db.foreign_keys.emplace(table, read_foreign_keys(db, table, warnings)).first;
        db.fk_warnings[table] = std::move(warnings);
    }
    return it->second;
}

// get_indexes: PRAGMA index_list minus SQLite's own autoindexes (unless asked for), sorted by
// name; an index on an expression is skipped whole (SQLAlchemy 1.4 warns "Skipped unsupported
// reflection of expression-based index"); a partial index keeps its WHERE text up to the end of
// the line.
std::vector<Index> get_indexes(Reader& db, const std::string& table, bool include_auto) {
    std::vector<Index> out;
    static const Pattern predicate(R"re(\)\s+where\s+(.+))re", true);
    for (const auto& row : table_pragma(db, "index_list", table)) {
        Index idx;
        idx.name = text_or_empty(row[1]);
        if (!include_auto && idx.name.rfind("sqlite_autoindex", 0) == 0) continue;
        idx.table = table;
        idx.unique = integer(row[2]) != 0;
        if (row.size() >= 5 && integer(row[4]) != 0) {
            Rows sql =
                db.query("SELECT sql FROM sqlite_master WHERE name = ? AND type = 'index'", {idx.name});
            if (!sql.empty())
                if (auto index_sql = text(sql[0][0]))
                    if (auto m = predicate.search(*index_sql)) idx.where = m->group(1);
        }
        bool expression = false;
        for (const auto& col : table_pragma(db, "index_info", idx.name)) {
            auto name = text(col[2]);
            if (!name) {
                expression = true;
                break;
            }
            idx.expressions.push_back(*name);
            idx.is_expression.push_back(false);
        }
        if (!expression) out.push_back(std::move(idx));
    }
    std::stable_sort(out.begin(), out.end(), [](const Index& a, const Index& b) { return a.name < b.name; });
    return out;
}

// get_unique_constraints: a UNIQUE in the SQL (table-level, or inline after a column) counts when
// an autoindex with the same columns backs it; each autoindex is claimed once.
std::vector<UniqueConstraint> get_unique_constraints(Reader& db, const std::string& table) {
    std::vector<std::pair<std::vector<std::string>, bool>> autoindexes; // columns, still unclaimed
    for (const auto& idx : get_indexes(db, table, true)) {
        if (idx.name.rfind("sqlite_autoindex", 0) != 0) continue;
        auto it = std::find_if(autoindexes.begin(), autoindexes.end(),
                               [&](const auto& a) { return a.first == idx.expressions; });
        if (it == autoindexes.end())
            autoindexes.emplace_back(idx.expressions, true);
        else
            it->second = true;
    }
    auto sql = table_sql(db, table);
    if (!sql || sql->empty()) return {};

    static constexpr const char* kUnique = R"re((?:CONSTRAINT "?(.+?)"? +)?UNIQUE *\((.+?)\))re";
    static constexpr const char* kInlineUnique =
        R"re((?:(".+?")|(?:[\[`])?([a-z0-9_]+)(?:[\]`])?) +[a-z0-9_ ]+? +UNIQUE)re";
    std::vector<UniqueConstraint> parsed;
    static const Pattern unique(kUnique, true), inline_unique(kInlineUnique, true);
    for (const auto& m : unique.find_all(*sql))
        parsed.push_back({m.group(1), cols_in_sig(*m.group(2))});
    for (const auto& m : inline_unique.find_all(*sql))
        parsed.push_back({std::nullopt, cols_in_sig(m.group(1) ? *m.group(1) : *m.group(2))});

    std::vector<UniqueConstraint> out;
    for (auto& u : parsed) {
        auto it = std::find_if(autoindexes.begin(), autoindexes.end(),
                               [&](const auto& a) { return a.second && a.first == u.columns; });
        if (it == autoindexes.end()) continue;
        it->second = false;
        out.push_back(std::move(u));
    }
    return out;
}

// get_check_constraints: one per line at most, as CHECK_PATTERN relies on SQLAlchemy putting each
// constraint on its own line; the greedy groups take everything up to the line's last ')'.
std::vector<CheckConstraint> get_check_constraints(Reader& db, const std::string& table) {
    auto sql = table_sql(db, table);
    if (!sql || sql->empty()) return {};
    std::vector<CheckConstraint> out;
    static const Pattern check(R"re((?:CONSTRAINT (.+) +)?CHECK *\( *(.+) *\),? *)re", true);
    for (const auto& m : check.find_all(*sql)) {
        std::optional<std::string> name = m.group(1);
        if (name) {
            // re.sub(r'^"|"$', "", name): a lone '"' is one match, not two.
            const std::string& n = *name;
            bool leading = n.front() == '"';
            bool trailing = n.back() == '"' && (n.size() >= 2 || !leading);
            std::size_t from = leading ? 1 : 0;
            name = n.substr(from, n.size() - from - (trailing ? 1 : 0));
        }
        out.push_back({name, *m.group(2)});
    }
    return out;
}

// Reflecting a table reflects every table its foreign keys reach (resolve_fks), and fails with
// NoSuchTableError on the first one missing, however far down the chain.
void require_referred_tables(Reader& db, const std::string& table,
                             std::vector<std::string>& reached) {
    for (const auto& fk : get_foreign_keys(db, table)) {
        if (std::find(reached.begin(), reached.end(), fk.referred_table) != reached.end()) continue;
        if (db.complete_chains.count(fk.referred_table)) continue; // its whole chain exists
        if (table_pragma(db, "table_xinfo", fk.referred_table).empty())
            throw Error(
                "No such table: '" + fk.referred_table + "' (table '" + table +
                "' has a foreign key to it, and SQLAlchemy reflects the tables a foreign key refers to)");
        reached.push_back(fk.referred_table);
        require_referred_tables(db, fk.referred_table, reached);
    }
    db.complete_chains.insert(table); // every table its keys reach exists (or is being checked above)
}

bool untyped_column(const Column& c) {
    return c.type.name == "NullType";
}

// A column declared without a type takes the type of the column its foreign key refers to
// (ForeignKey._set_target_column), and passes it on to the untyped columns whose keys refer to it
// in turn, in this table or, since reflection loads referred tables, in the tables it refers to.
void lend_referred_types(Reader& db, Table& t, int depth) {
    auto untyped = [](const Column* c) { return c && untyped_column(*c); };
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& con : t.constraints) {
            if (con.kind != Constraint::Kind::ForeignKey) continue;
            const ForeignKey& fk = con.foreign_key;
            if (std::none_of(fk.columns.begin(), fk.columns.end(),
                             [&](const std::string& n) { return untyped(t.find_column(n)); }))
                continue;
            std::vector<Column> others;
            bool self = fk.referred_table == t.name;
            if (!self && depth < 8) { // a cycle of untyped keys stays untyped
                Table referred;
                referred.name = fk.referred_table;
                for (auto& rc : get_columns(db, fk.referred_table))
                    referred.columns.push_back(std::move(rc.column));
                for (auto& other : get_foreign_keys(db, fk.referred_table))
                    if (std::any_of(referred.columns.begin(), referred.columns.end(), untyped_column))
                        referred.constraints.push_back(
                            Constraint{Constraint::Kind::ForeignKey, {}, other, {}});
                if (!referred.constraints.empty()) lend_referred_types(db, referred, depth + 1);
                others = std::move(referred.columns);
            }
            for (std::size_t i = 0; i < fk.columns.size() && i < fk.referred_columns.size(); ++i) {
                Column* local = t.find_column(fk.columns[i]);
                const Column* target = nullptr;
                if (self)
                    target = t.find_column(fk.referred_columns[i]);
                else
                    for (const auto& c : others)
                        if (c.name == fk.referred_columns[i]) target = &c;
                if (untyped(local) && target && !untyped(target)) {
                    local->type = target->type;
                    changed = true;
                }
            }
        }
    }
}

} // namespace

std::vector<std::string> table_names(sqlite::Database& db) {
    std::vector<std::string> out;
    for (const auto& row : db.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
        std::string name = text_or_empty(row[0]);
        if (name.rfind("sqlite_", 0) != 0) out.push_back(name);
    }
    return out;
}

namespace {

// Table(name, MetaData(), autoload_with=conn): columns, then the primary key, foreign keys,
// indexes, unique and check constraints, in that order, which is also the order their
// constraints are created in and so the order CREATE TABLE lists them.
Table reflect_one(Reader& db, const std::string& name) {
    auto columns = get_columns(db, name);
    if (columns.empty()) throw Error("No such table: '" + name + "'");
    Table t;
    t.name = name;
    for (auto& rc : columns) {
        if (rc.column.name.empty()) // SQLite accepts "" as a column name; SQLAlchemy does not
            throw Error(
                "Column must be constructed with a non-blank name or assign a non-blank .name before adding "
                "to a Table.");
        // A declared BOOLEAN(1) reflects as BOOLEAN(create_constraint=1): its CHECK is made as the
        // column joins the table, before any reflected constraint, so it is listed first here.
        if (rc.column.type.create_constraint) {
            Constraint c{Constraint::Kind::Check, {}, {}, {}};
            c.check = {rc.column.type.enum_name, sqlite::quote_identifier(rc.column.name) + " IN (0, 1)"};
            t.constraints.push_back(c);
            rc.column.type.create_constraint = false;
        }
        t.columns.push_back(std::move(rc.column));
    }

    PrimaryKey pk = get_pk_constraint(db, name);
    if (!pk.columns.empty()) t.primary_key = pk;

    std::vector<std::string> reached{name};
    require_referred_tables(db, name, reached);
    for (auto& fk : get_foreign_keys(db, name)) {
        // A key written without referred columns points at the referred table's primary key,
        // which may not have as many columns (or any).
        if (fk.columns.size() != fk.referred_columns.size())
            throw Error(
                "ForeignKeyConstraint number of constrained columns must match the number of referenced "
                "columns.");
        Constraint c{Constraint::Kind::ForeignKey, {}, {}, {}};
        c.foreign_key = std::move(fk);
        t.constraints.push_back(std::move(c));
    }
    lend_referred_types(db, t, 0);

    for (auto& idx : get_indexes(db, name, false)) {
        // Columns the table does not have are left out (SQLAlchemy warns).
        Index kept = idx;
        kept.expressions.clear();
        kept.is_expression.clear();
        for (const auto& col : idx.expressions)
            if (t.find_column(col)) {
                kept.expressions.push_back(col);
                kept.is_expression.push_back(false);
            }
        t.indexes.push_back(std::move(kept));
    }

    for (auto& u : get_unique_constraints(db, name)) {
        Constraint c{Constraint::Kind::Unique, {}, {}, {}};
        c.unique.name = u.name;
        for (const auto& col : u.columns)
            if (t.find_column(col)) c.unique.columns.push_back(col);
        t.constraints.push_back(std::move(c));
    }

    for (auto& check : get_check_constraints(db, name)) {
        Constraint c{Constraint::Kind::Check, {}, {}, {}};
        c.check = std::move(check);
        t.constraints.push_back(std::move(c));
    }
    return t;
}

} // namespace

std::vector<std::string> batch_reflection_warnings(sqlite::Database& db, const std::string& name) {
    Reader reader(db);
    std::vector<std::string> out;
    std::set<std::string> visited;
    // Inspector.reflect_table: the table's foreign keys (get_foreign_keys warns), then, for each,
    // Table(referred, metadata, autoload_with=conn) unless the MetaData holds it already.
    std::function<void(const std::string&)> visit = [&](const std::string& table) {
        if (!visited.insert(table).second || !table_sql(reader, table)) return;
        const std::vector<ForeignKey> fks = get_foreign_keys(reader, table);
        for (const auto& w : reader.fk_warnings[table])
            out.push_back(w);
        for (const auto& fk : fks)
            visit(fk.referred_table);
    };
    visit(name);
    return out;
}

Table reflect_table(sqlite::Database& db, const std::string& name) {
    Reader reader(db);
    return reflect_one(reader, name);
}

std::vector<Table> reflect_tables(sqlite::Database& db, const std::vector<std::string>& names) {
    Reader reader(db);
    std::vector<Table> out;
    for (const auto& name : names) out.push_back(reflect_one(reader, name));
    return out;
}

} // namespace revlab::schema
