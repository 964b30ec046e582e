// The operations suite: the op.* / batch_op.* calls of revision scripts. First the whole conformance corpus
// (tests/conformance/ops_corpus, which tests/conformance/ops_vs_alembic.py holds against real Alembic) runs
// through the core on an in-memory project, here and in the wasm build; then focused cases check the SQL text
// of each operation, statement for statement as Alembic 1.8.1 on SQLAlchemy 1.4.46 emits it (the expected
// strings were printed by the real tool), and Revlab's own safety behaviour.
#include "operations/executor.hpp"
#include "operations/move_and_copy.hpp"
#include "operations/script_host.hpp"
#include "operations/script_runner.hpp"
#include "project/file_tree.hpp"
#include "py/parser.hpp"
#include "sqlite/database.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

using namespace revlab;

namespace {

// --- running snippets
// ------------------------------------------------------------------------------------------

struct Ran {
    std::vector<std::string> statements;
    std::vector<std::string> warnings;
};

std::string indent(const std::string& body) {
    std::string out = "    ";
    for (char c : body) {
        out += c;
        if (c == '\n') out += "    ";
    }
    return out;
}

// Runs `body` as the upgrade() of a revision script on `db`, and returns every statement it ran.
Ran run_upgrade(sqlite::Database& db, const std::string& body, const std::string& globals = "") {
    const std::string source = "from alembic import op\nimport sqlalchemy as sa\nimport datetime\n" +
                               globals + "\n\ndef upgrade():\n" + indent(body) + "\n";
    auto module = std::make_shared<const py::Module>(py::parse(source, "snippet.py"));
    operations::Executor ex(db);
    Ran ran;
    ex.trace([&ran](const std::string& sql) { ran.statements.push_back(sql); });
    // As a migration runs it: the module in Revlab's interpreter, op.* through the ScriptHost.
    operations::ScriptHost host(nullptr, {}, {});
    host.run(ex, module, "upgrade");
    ran.warnings = ex.take_warnings();
    return ran;
}

const char* kUsers =
    "CREATE TABLE users (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\temail VARCHAR(120), "
    "\n\tPRIMARY KEY (id)\n);\nCREATE INDEX ix_users_name ON users (name);\n"
    "INSERT INTO users VALUES (1, 'ann', 'ann@example.com'), (2, 'bob', NULL);";

sqlite::Database users_db() {
    sqlite::Database db(":memory:");
    db.exec(kUsers);
    return db;
}

std::string table_sql(sqlite::Database& db, const std::string& name) {
    auto rows = db.query("SELECT sql FROM sqlite_master WHERE name = ?", {name});
    return rows.empty() ? "" : std::get<std::string>(rows[0][0]);
}

// --- the corpus
// --------------------------------------------------------------------------------------------------

const std::string kCorpus = std::string(REVLAB_SOURCE_DIR) + "/tests/conformance/ops_corpus";

// A module-level string constant of a corpus file (SEED, EXPECT, ROWS), read through the parser.
std::string constant(const std::string& source, const std::string& name) {
    py::Module module = py::parse(source, name + ".py");
    for (const auto& s : module.body)
        if (s->kind == py::StmtKind::Assign && s->targets.size() == 1 &&
            s->targets[0]->kind == py::ExprKind::Name && s->targets[0]->text == name &&
            s->value->kind == py::ExprKind::String)
            return s->value->text;
    return "";
}

std::string value_text(const sqlite::Value& v) {
    if (std::holds_alternative<std::monostate>(v)) return "None";
    if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (const auto* s = std::get_if<std::string>(&v)) return "'" + *s + "'";
    return sqlite::to_sql_literal(v) + (std::holds_alternative<double>(v) ? "r" : "");
}

std::string row_text(const std::vector<sqlite::Value>& row) {
    std::string out = "(";
    for (size_t i = 0; i < row.size(); ++i)
        out += (i ? ", " : "") + value_text(row[i]);
    return out + ")";
}

// CREATE TABLE with its constraints sorted and its spacing and name quoting forgotten, as the harness
// compares a database with itself after a downgrade and an upgrade.
std::string loose_sql(const std::string& sql) {
    if (sql.rfind("CREATE TABLE", 0) != 0 || sql.find("\n\t") == std::string::npos) return sql;
    auto open = sql.find(" (\n\t");
    auto close = sql.rfind("\n)");
    std::string head = sql.substr(0, open), body = sql.substr(open + 4, close - open - 4);
    head.erase(std::remove(head.begin(), head.end(), '"'), head.end());
    std::vector<std::string> columns, constraints;
    for (size_t at = 0;;) {
        auto next = body.find(", \n\t", at);
        std::string item = body.substr(at, next == std::string::npos ? std::string::npos : next - at);
        bool constraint = false;
        for (const char* start : {"CONSTRAINT ", "PRIMARY KEY", "UNIQUE", "CHECK", "FOREIGN KEY"})
            if (item.rfind(start, 0) == 0) constraint = true;
        (constraint ? constraints : columns).push_back(item);
        if (next == std::string::npos) break;
        at = next + 4;
    }
    std::sort(constraints.begin(), constraints.end());
    columns.insert(columns.end(), constraints.begin(), constraints.end());
    std::string out = head + " (";
    for (size_t i = 0; i < columns.size(); ++i)
        out += (i ? ", " : "") + columns[i];
    out += ")" + sql.substr(close + 2);
    std::string collapsed; // every run of white space as one space
    for (char c : out) {
        bool space = std::isspace(static_cast<unsigned char>(c));
        if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
        collapsed += space ? ' ' : c;
    }
    if (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    return collapsed;
}

struct Dump {
    std::vector<std::string> lines;
    std::map<std::string, size_t> row_counts;
};

// The database at PRAGMA level, as ops_vs_alembic.py dumps it.
Dump dump(sqlite::Database& db, bool with_version_table = true) {
    Dump d;
    for (const auto& row : db.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY 1, 2")) {
        std::string table = std::get<std::string>(row[2]);
        if (!with_version_table && table == "alembic_version") continue;
        std::string sql =
            std::holds_alternative<std::string>(row[3]) ? loose_sql(std::get<std::string>(row[3])) : "None";
        d.lines.push_back(std::get<std::string>(row[0]) + " " + std::get<std::string>(row[1]) + " on " +
                          table + ": " + sql);
    }
    for (const auto& t : db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        std::string table = std::get<std::string>(t[0]);
        if (!with_version_table && table == "alembic_version") continue;
        const std::string q = sqlite::force_quote(table);
        d.lines.push_back("table " + table);
        for (const auto& r : db.query("PRAGMA table_xinfo(" + q + ")"))
            d.lines.push_back("  column " + row_text(r));
        for (const auto& r :
             db.query("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY name",
                      {table})) {
            d.lines.push_back("  index " + row_text(r));
            for (const auto& x :
                 db.query("PRAGMA index_xinfo(" + sqlite::force_quote(std::get<std::string>(r[0])) + ")"))
                d.lines.push_back("    " + row_text(x));
        }
        for (const auto& r : db.query("PRAGMA foreign_key_list(" + q + ")"))
            d.lines.push_back("  foreign key " + row_text(r));
        std::vector<std::string> rows;
        for (const auto& r : db.query("SELECT * FROM " + q))
            rows.push_back("  row " + row_text(r));
        std::sort(rows.begin(), rows.end());
        d.row_counts[table] = rows.size();
        d.lines.insert(d.lines.end(), rows.begin(), rows.end());
    }
    return d;
}

// The corpus scenarios: files sharing the part of their name before the first '_'.
std::map<std::string, std::vector<std::string>> scenarios() {
    project::DiskFileTree corpus(kCorpus);
    std::map<std::string, std::vector<std::string>> out;
    std::vector<std::string> names = corpus.list("");
    std::sort(names.begin(), names.end());
    for (const auto& n : names)
        if (n.size() > 3 && n.substr(n.size() - 3) == ".py") out[n.substr(0, n.find('_'))].push_back(n);
    return out;
}

} // namespace

TEST_CASE("the corpus: every script upgrades, downgrades and upgrades again, keeping every row",
          "[operations]") {
    const auto all = scenarios();
    REQUIRE(all.size() >= 40);
    project::DiskFileTree corpus(kCorpus);
    for (const auto& [prefix, files] : all) {
        const std::string label = files.front();
        DYNAMIC_SECTION(label) {
            testing::TestProject p;
            for (const auto& f : p.files.list("migrations/versions"))
                p.files.remove("migrations/versions/" + f);
            for (const auto& f : files)
                p.files.write("migrations/versions/" + f, corpus.read(f));
            const std::string source = corpus.read(files.front());
            const std::string expect = constant(source, "EXPECT");
            const std::string rows = constant(source, "ROWS");
            sqlite::Database& db = p.database();
            db.exec(constant(source, "SEED"));
            const Dump seeded = dump(db, false);

            auto first = p.run("flask db upgrade");
            if (expect.rfind("error:", 0) == 0) {
                INFO(first.text());
                CHECK(first.exit_code == 1);
                CHECK(first.text().find(expect.substr(7)) != std::string::npos);
                CHECK(dump(db, false).lines == seeded.lines); // the failed step left nothing behind
                continue;
            }
            INFO(first.text());
            REQUIRE(first.exit_code == 0);
            const Dump upgraded = dump(db);
            if (rows.empty())
                for (const auto& [table, count] : seeded.row_counts)
                    if (upgraded.row_counts.count(table) && table.rfind("sqlite_", 0) != 0) {
                        INFO("rows of " + table);
                        CHECK(upgraded.row_counts.at(table) == count);
                    }

            auto down = p.run("flask db downgrade base");
            INFO(down.text());
            REQUIRE(down.exit_code == 0);
            auto again = p.run("flask db upgrade");
            INFO(again.text());
            REQUIRE(again.exit_code == 0);
            CHECK(dump(db).lines == upgraded.lines);
        }
    }
}

// --- outside batch mode
// -------------------------------------------------------------------------------------------

TEST_CASE("create_table writes SQLAlchemy's CREATE TABLE, then the table's indexes", "[operations]") {
    sqlite::Database db(":memory:");
    db.exec(kUsers);
    auto ran = run_upgrade(
        db, "op.create_table('posts', sa.Column('id', sa.Integer(), nullable=False),\n"
            "    sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id', ondelete='CASCADE')),\n"
            "    sa.Column('title', sa.String(100), nullable=False, server_default='untitled'),\n"
            "    sa.Column('slug', sa.String(40), unique=True),\n"
            "    sa.Column('at', sa.DateTime(), server_default=sa.func.now()),\n"
            "    sa.PrimaryKeyConstraint('id'), sa.CheckConstraint('length(title) > 0', name='ck_title'),\n"
            "    sa.Index('ix_posts_title', 'title'))");
    CHECK(
        ran.statements ==
        std::vector<std::string>{
            "\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tuser_id INTEGER, \n\ttitle VARCHAR(100) "
            "DEFAULT 'untitled' NOT NULL, \n\tslug VARCHAR(40), \n\tat DATETIME DEFAULT "
            "(CURRENT_TIMESTAMP), \n\tPRIMARY KEY (id), \n\tCONSTRAINT ck_title CHECK (length(title) > "
            "0), \n\tFOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, \n\tUNIQUE (slug)\n)\n\n",
            "CREATE INDEX ix_posts_title ON posts (title)"});
}

TEST_CASE("add_column, drop_column, a column rename and rename_table are SQLite's own ALTERs",
          "[operations]") {
    auto db = users_db();
    auto ran = run_upgrade(db, "op.add_column('users', sa.Column('age', sa.Integer(), "
                               "server_default=sa.text('0'), nullable=False))\n"
                               "op.add_column('users', sa.Column('city', sa.String(20), index=True))\n"
                               "op.drop_column('users', 'email')\n"
                               "op.alter_column('users', 'name', new_column_name='full_name')\n"
                               "op.rename_table('users', 'people')");
    CHECK(ran.statements ==
          std::vector<std::string>{
              "ALTER TABLE users ADD COLUMN age INTEGER DEFAULT 0 NOT NULL",
              "ALTER TABLE users ADD COLUMN city VARCHAR(20)", "CREATE INDEX ix_users_city ON users (city)",
              "ALTER TABLE users DROP COLUMN email", "ALTER TABLE users RENAME name TO full_name",
              "ALTER TABLE users RENAME TO people"});
    CHECK(ran.warnings ==
          std::vector<std::string>{"dropping column 'users.email' discards its values in 1 row"});
    CHECK(db.query("SELECT full_name, age FROM people ORDER BY id")[1] ==
          std::vector<sqlite::Value>{std::string("bob"), std::int64_t{0}});
}

TEST_CASE("create_index: unique, several columns, expressions, partial; drop_index", "[operations]") {
    auto db = users_db();
    auto ran = run_upgrade(
        db, "op.create_index('ix_a', 'users', ['name', 'email'], unique=True)\n"
            "op.create_index('ix_b', 'users', [sa.text('lower(email)')])\n"
            "op.create_index('ix_c', 'users', ['email'], sqlite_where=sa.text('email IS NOT NULL'))\n"
            "op.drop_index('ix_users_name', table_name='users')");
    CHECK(ran.statements ==
          std::vector<std::string>{
              "CREATE UNIQUE INDEX ix_a ON users (name, email)", "CREATE INDEX ix_b ON users (lower(email))",
              "CREATE INDEX ix_c ON users (email) WHERE email IS NOT NULL", "\nDROP INDEX ix_users_name"});
}

TEST_CASE("constraints and column changes outside batch mode fail as they fail under Alembic",
          "[operations]") {
    auto db = users_db();
    const std::string no_alter =
        "No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode "
        "feature which allows for SQLite migrations using a copy-and-move strategy.";
    for (const char* call :
         {"op.create_unique_constraint('uq', 'users', ['email'])",
          "op.create_foreign_key('fk', 'users', 'users', ['id'], ['id'], ondelete='CASCADE')",
          "op.create_check_constraint('ck', 'users', 'id > 0')",
          "op.create_primary_key('pk', 'users', ['id'])", "op.drop_constraint('uq', 'users', type_='unique')",
          "op.add_column('users', sa.Column('code', sa.String(5), unique=True))",
          "op.add_column('users', sa.Column('boss', sa.Integer(), sa.ForeignKey('users.id')))"}) {
        INFO(call);
        CHECK_THROWS_WITH(run_upgrade(db, call), Catch::Contains(no_alter));
    }
    CHECK_THROWS_WITH(
        run_upgrade(db, "op.drop_constraint('uq', 'users', type_='index')"),
        Catch::Contains("'type' can be one of 'check', 'foreignkey', 'primary', 'unique', None"));
    // Alembic's ALTER COLUMN statements, which the SQLite of Python's sqlite3 rejects: refused with them.
    CHECK_THROWS_WITH(
        run_upgrade(db, "op.alter_column('users', 'email', existing_type=sa.String(120), nullable=False)"),
        Catch::Contains(
            "near \"ALTER\": syntax error\n[SQL: ALTER TABLE users ALTER COLUMN email SET NOT NULL]"));
    CHECK_THROWS_WITH(run_upgrade(db, "op.alter_column('users', 'name', type_=sa.String(100))"),
                      Catch::Contains("[SQL: ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(100)]"));
    CHECK_THROWS_WITH(run_upgrade(db, "op.alter_column('users', 'name', server_default='x')"),
                      Catch::Contains("[SQL: ALTER TABLE users ALTER COLUMN name SET DEFAULT 'x']"));
    CHECK(table_sql(db, "users").find("email VARCHAR(120), ") != std::string::npos); // nothing ran
}

TEST_CASE("a Boolean's CHECK is skipped by add_column, as Alembic skips it", "[operations]") {
    auto db = users_db();
    auto ran = run_upgrade(
        db, "op.add_column('users', sa.Column('ok', sa.Boolean(create_constraint=True), nullable=True))");
    CHECK(ran.statements == std::vector<std::string>{"ALTER TABLE users ADD COLUMN ok BOOLEAN"});
}

TEST_CASE("dropping a table that holds rows is reported first", "[operations]") {
    auto db = users_db();
    auto ran = run_upgrade(db, "op.drop_table('users')");
    CHECK(ran.warnings == std::vector<std::string>{"dropping table 'users' discards its 2 rows"});
}

// --- data migrations
// --------------------------------------------------------------------------------------------

TEST_CASE("bulk_insert writes each value as SQLAlchemy's type stores it", "[operations]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE events (id INTEGER, day DATE, at DATETIME, \"on\" BOOLEAN, w FLOAT, name VARCHAR, "
            "j JSON)");
    auto ran = run_upgrade(
        db,
        "op.bulk_insert(events, [{'id': 1, 'day': datetime.date(2024, 5, 17), 'at': datetime.datetime(2024, "
        "5, 17, 9, 30),\n"
        "    'on': True, 'w': 1.5, 'name': \"it's\", 'j': {'a': [1, 2.5, None], 'b': '\xc3\xa9'}}])",
        "events = sa.table('events', sa.column('id', sa.Integer), sa.column('day', sa.Date), sa.column('at', "
        "sa.DateTime),\n"
        "    sa.column('on', sa.Boolean), sa.column('w', sa.Float), sa.column('name', sa.String), "
        "sa.column('j', sa.JSON))");
    // Alembic's offline text for the same row, with the JSON column added (json.dumps, ensure_ascii).
    CHECK(
        ran.statements ==
        std::vector<std::string>{
            "INSERT INTO events (id, day, at, \"on\", w, name, j) VALUES (1, '2024-05-17', "
            "'2024-05-17 09:30:00.000000', 1, 1.5, 'it''s', '{\"a\": [1, 2.5, null], \"b\": \"\\u00e9\"}')"});
}

TEST_CASE("bulk_insert rows follow the first row's keys, as Alembic's executemany does", "[operations]") {
    auto db = users_db();
    const std::string users =
        "users = sa.table('users', sa.column('id', sa.Integer), sa.column('name', sa.String),\n"
        "    sa.column('email', sa.String))";
    CHECK_THROWS_WITH(
        run_upgrade(db,
                    "op.bulk_insert(users, [{'id': 5, 'name': 'a', 'email': 'x'}, {'id': 6, 'name': 'b'}])",
                    users),
        Catch::Contains("A value is required for bind parameter 'email', in parameter group 1"));
    CHECK_THROWS_WITH(run_upgrade(db, "op.bulk_insert(users, [{'id': 5, 'nom': 'a'}])", users),
                      Catch::Contains("Unconsumed column names: nom"));
    CHECK_THROWS_WITH(
        run_upgrade(db, "op.bulk_insert(users, [{'id': 5, 'name': op.inline_literal('a')}])", users),
        Catch::Contains("type '_literal_bindparam' is not supported"));
    auto ran = run_upgrade(db,
                           "op.bulk_insert(users, [{'id': 5, 'name': op.inline_literal('a')}, {'id': 6, "
                           "'name': 'b', 'email': None}],\n"
                           "    multiinsert=False)",
                           users);
    CHECK(ran.statements ==
          std::vector<std::string>{"INSERT INTO users (id, name) VALUES (5, 'a')",
                                   "INSERT INTO users (id, name, email) VALUES (6, 'b', NULL)"});
}

TEST_CASE("insert/update/delete on a sa.table compile as SQLAlchemy renders them", "[operations]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE account (id INTEGER, name VARCHAR)");
    auto ran = run_upgrade(
        db,
        "op.execute(account.update().where(account.c.name == op.inline_literal('account 1')).values({'name': "
        "op.inline_literal('account 2')}))\n"
        "op.execute(account.delete().where(account.c.id > op.inline_literal(5)))\n"
        "op.execute(account.insert().values(id=op.inline_literal(7), name=op.inline_literal('x')))\n"
        "op.execute(account.update().where(sa.or_(account.c.id == None, account.c.name.in_(['a', 'b'])), "
        "account.c.id != 3).values(name='z'))",
        "account = sa.table('account', sa.column('id', sa.Integer), sa.column('name', sa.String))");
    CHECK(ran.statements ==
          std::vector<std::string>{
              "UPDATE account SET name='account 2' WHERE account.name = 'account 1'",
              "DELETE FROM account WHERE account.id > 5", "INSERT INTO account (id, name) VALUES (7, 'x')",
              "UPDATE account SET name='z' WHERE (account.id IS NULL OR account.name IN ('a', 'b')) AND "
              "account.id != 3"});
}

TEST_CASE("the bind connection executes sa.text", "[operations]") {
    auto db = users_db();
    // op.get_bind() is SQLAlchemy's Connection over the step's database (core/sa): bound values by
    // name, rows back, and the change made in the step's transaction.
    run_upgrade(db, "conn = op.get_bind()\n"
                    "conn.execute(sa.text(\"UPDATE users SET name = :n WHERE id = :i\"), {'n': 'x', 'i': 1})\n"
                    "rows = conn.execute(sa.text('SELECT id, name FROM users ORDER BY id')).fetchall()\n"
                    "assert [tuple(r) for r in rows] == [(1, 'x'), (2, 'bob')], rows\n"
                    "assert rows[0].name == 'x' and rows[0]._mapping['id'] == 1\n");
    CHECK(db.query("SELECT name FROM users WHERE id = 1")[0][0] == sqlite::Value{std::string("x")});
    // A parameter the text does not name is SQLAlchemy's error, raised in the script.
    CHECK_THROWS_WITH(run_upgrade(db, "op.get_bind().execute(sa.text('SELECT :a'), {'b': 1})"),
                      Catch::Contains("A value is required for bind parameter 'a'"));
}

// --- batch mode
// -----------------------------------------------------------------------------------------------------

TEST_CASE("batch alter_column: move and copy, with the CAST and the rename Alembic writes", "[operations]") {
    auto db = users_db();
    db.exec("UPDATE users SET email = '7' WHERE id = 2");
    auto ran = run_upgrade(
        db, "with op.batch_alter_table('users') as b:\n"
            "    b.alter_column('email', existing_type=sa.String(120), type_=sa.Integer(), nullable=False)\n"
            "    b.alter_column('name', new_column_name='full_name')");
    CHECK(
        ran.statements ==
        std::vector<std::string>{
            "\nCREATE TABLE _alembic_tmp_users (\n\tid INTEGER NOT NULL, \n\tfull_name VARCHAR(50) NOT NULL, "
            "\n\temail INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n",
            "INSERT INTO _alembic_tmp_users (id, full_name, email) SELECT users.id, users.name, "
            "CAST(users.email AS INTEGER) AS email \nFROM users",
            "\nDROP TABLE users", "ALTER TABLE _alembic_tmp_users RENAME TO users",
            "CREATE INDEX ix_users_name ON users (full_name)"});
    CHECK(ran.warnings == std::vector<std::string>{
                              "changing 'users.email' from VARCHAR(120) to INTEGER rewrites the values "
                              "of 1 row (the copy goes through CAST), e.g. 'ann@example.com' becomes 0"});
}

TEST_CASE("batch add_column with insert_after, and named constraints after the primary key", "[operations]") {
    auto db = users_db();
    auto ran = run_upgrade(db, "with op.batch_alter_table('users', recreate='always') as b:\n"
                               "    b.add_column(sa.Column('nick', sa.String(10)), insert_after='id')\n"
                               "    b.create_unique_constraint('uq_users_email', ['email'])\n"
                               "    b.create_check_constraint('ck_name', 'length(name) > 1')");
    CHECK(ran.statements.at(0) ==
          "\nCREATE TABLE _alembic_tmp_users (\n\tid INTEGER NOT NULL, \n\tnick VARCHAR(10), \n\tname "
          "VARCHAR(50) NOT NULL, \n\temail VARCHAR(120), \n\tPRIMARY KEY (id), \n\tCONSTRAINT "
          "uq_users_email UNIQUE (email), \n\tCONSTRAINT ck_name CHECK (length(name) > 1)\n)\n\n");
    CHECK(ran.statements.at(1) == "INSERT INTO _alembic_tmp_users (id, name, email) SELECT users.id, "
                                  "users.name, users.email \nFROM users");
}

TEST_CASE("batch add_column(index=True) also indexes the temp table, as Alembic does", "[operations]") {
    auto db = users_db();
    auto ran = run_upgrade(db, "with op.batch_alter_table('users') as b:\n"
                               "    b.add_column(sa.Column('nick', sa.String(10), index=True))\n"
                               "    b.drop_column('email')");
    CHECK(ran.statements ==
          std::vector<std::string>{
              "\nCREATE TABLE _alembic_tmp_users (\n\tid INTEGER NOT NULL, \n\tnick VARCHAR(10), \n\tname "
              "VARCHAR(50) NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n",
              "CREATE INDEX ix__alembic_tmp_users_nick ON _alembic_tmp_users (nick)",
              "INSERT INTO _alembic_tmp_users (id, name) SELECT users.id, users.name \nFROM users",
              "\nDROP TABLE users", "ALTER TABLE _alembic_tmp_users RENAME TO users",
              "CREATE INDEX ix_users_name ON users (name)", "CREATE INDEX ix_users_nick ON users (nick)"});
    CHECK(ran.warnings ==
          std::vector<std::string>{"dropping column 'users.email' discards its values in 1 row"});
}

TEST_CASE("batch naming_convention names unnamed reflected constraints so they can be dropped",
          "[operations]") {
    auto db = users_db();
    db.exec("CREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tuser_id INTEGER, \n\tslug VARCHAR(10), "
            "\n\tPRIMARY KEY (id), "
            "\n\tUNIQUE (slug), \n\tFOREIGN KEY(user_id) REFERENCES users (id)\n)");
    auto ran = run_upgrade(db, "with op.batch_alter_table('posts', naming_convention={'fk': "
                               "'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s',\n"
                               "        'uq': 'uq_%(table_name)s_%(column_0_name)s'}) as b:\n"
                               "    b.drop_constraint('fk_posts_user_id_users', type_='foreignkey')\n"
                               "    b.drop_constraint('uq_posts_slug', type_='unique')");
    CHECK(ran.statements.at(0) == "\nCREATE TABLE _alembic_tmp_posts (\n\tid INTEGER NOT NULL, \n\tuser_id "
                                  "INTEGER, \n\tslug VARCHAR(10), \n\tPRIMARY KEY (id)\n)\n\n");
    CHECK_THROWS_WITH(
        run_upgrade(db, "with op.batch_alter_table('users') as b:\n    b.drop_constraint('uq_posts_slug')"),
        Catch::Contains("No such constraint: 'uq_posts_slug'"));
}

TEST_CASE("batch recreate='auto' uses ALTER for columns and indexes only; 'never' always does",
          "[operations]") {
    auto db = users_db();
    auto ran = run_upgrade(db, "with op.batch_alter_table('users') as b:\n"
                               "    b.add_column(sa.Column('age', sa.Integer()))\n"
                               "    b.create_index('ix_users_age', ['age'], unique=False)");
    CHECK(ran.statements == std::vector<std::string>{"ALTER TABLE users ADD COLUMN age INTEGER",
                                                     "CREATE INDEX ix_users_age ON users (age)"});
    ran = run_upgrade(db, "with op.batch_alter_table('users', recreate='never') as b:\n"
                          "    b.drop_index('ix_users_age')\n"
                          "    b.drop_column('age')\n"
                          "    b.alter_column('email', new_column_name='mail')");
    CHECK(ran.statements == std::vector<std::string>{"\nDROP INDEX ix_users_age",
                                                     "ALTER TABLE users DROP COLUMN age",
                                                     "ALTER TABLE users RENAME email TO mail"});
    CHECK_THROWS_WITH(run_upgrade(db, "with op.batch_alter_table('users') as b:\n"
                                      "    b.add_column(sa.Column('x', sa.Integer()), insert_after='id')"),
                      Catch::Contains("Can't specify insert_before or insert_after when using ALTER; please "
                                      "specify recreate='always'"));
}

TEST_CASE("batch keeps triggers, views and expression indexes, which Alembic loses", "[operations]") {
    auto db = users_db();
    db.exec("CREATE TABLE log (what TEXT);"
            "CREATE TRIGGER users_log AFTER UPDATE ON users BEGIN INSERT INTO log VALUES (new.name); END;"
            "CREATE VIEW named AS SELECT id, name, email FROM users;"
            "CREATE INDEX ix_users_lower ON users (lower(name));");
    auto ran = run_upgrade(db, "with op.batch_alter_table('users') as b:\n"
                               "    b.alter_column('email', type_=sa.String(200))");
    CHECK(std::find(ran.statements.begin(), ran.statements.end(), "DROP VIEW named") != ran.statements.end());
    CHECK(ran.statements.back() == "CREATE VIEW named AS SELECT id, name, email FROM users");
    CHECK(table_sql(db, "users_log") ==
          "CREATE TRIGGER users_log AFTER UPDATE ON users BEGIN INSERT INTO log VALUES (new.name); END");
    CHECK(table_sql(db, "ix_users_lower") == "CREATE INDEX ix_users_lower ON users (lower(name))");
    db.exec("UPDATE users SET name = 'ANN' WHERE id = 1");
    CHECK(db.query("SELECT what FROM log") == std::vector<std::vector<sqlite::Value>>{{std::string("ANN")}});
    // A view that uses a dropped column cannot be made again: the step fails and says why.
    CHECK_THROWS_WITH(run_upgrade(db, "with op.batch_alter_table('users') as b:\n    b.drop_column('email')"),
                      Catch::Contains("the view 'named' cannot be made again"));
}

TEST_CASE("batch NOT NULL on a column with NULLs fails before anything is rebuilt", "[operations]") {
    auto db = users_db();
    CHECK_THROWS_WITH(
        run_upgrade(db,
                    "with op.batch_alter_table('users') as b:\n    b.alter_column('email', nullable=False)"),
        Catch::Contains("1 row has NULL in column 'users.email'; fill them first"));
}

TEST_CASE("batch warns about narrowing type changes before they run", "[operations]") {
    sqlite::Database db(":memory:");
    db.exec("CREATE TABLE m (id INTEGER PRIMARY KEY, s VARCHAR(100), f INTEGER, k VARCHAR(5));"
            "INSERT INTO m VALUES (1, 'far too long a value', 5, 'x'), (2, 'short', 1, 'a');");
    auto ran = run_upgrade(db, "with op.batch_alter_table('m') as b:\n"
                               "    b.alter_column('s', type_=sa.String(10))\n"
                               "    b.alter_column('f', type_=sa.Boolean())\n"
                               "    b.alter_column('k', type_=sa.Enum('a', 'b', name='kind'))");
    CHECK(ran.warnings ==
          std::vector<std::string>{
              "changing 'm.s' from VARCHAR(100) to VARCHAR(10): 1 row holds longer values (e.g. 'far too "
              "long a value'); SQLite keeps them whole, other databases would refuse or cut them",
              "changing 'm.f' from INTEGER to BOOLEAN: 1 row holds values that are not 0 or 1 (e.g. 5)",
              "changing 'm.k' from VARCHAR(5) to VARCHAR(1): 1 row holds values the Enum does not list (e.g. "
              "'x')"});
    CHECK(db.query("SELECT s, f FROM m WHERE id = 1")[0] ==
          std::vector<sqlite::Value>{std::string("far too long a value"), std::int64_t{5}});
}

TEST_CASE("batch refuses to rebuild while foreign keys are enforced", "[operations]") {
    auto db = users_db();
    db.exec("PRAGMA foreign_keys=ON");
    CHECK_THROWS_WITH(run_upgrade(db, "with op.batch_alter_table('users') as b:\n    b.drop_column('email')"),
                      Catch::Contains("cannot rebuild the table while foreign keys are enforced"));
    // The runtime turns enforcement off for the command (before its transaction) and back on after.
    {
        operations::ForeignKeysOff off(db);
        CHECK(db.query("PRAGMA foreign_keys")[0][0] == sqlite::Value{std::int64_t{0}});
    }
    CHECK(db.query("PRAGMA foreign_keys")[0][0] == sqlite::Value{std::int64_t{1}});
}

TEST_CASE("a batch that leaves rows breaking a foreign key fails", "[operations]") {
    auto db = users_db();
    db.exec("CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER); INSERT INTO posts VALUES (1, 1), "
            "(2, 99);");
    CHECK_THROWS_WITH(run_upgrade(db,
                                  "with op.batch_alter_table('posts') as b:\n"
                                  "    b.create_foreign_key('fk_posts_user', 'users', ['user_id'], ['id'])"),
                      Catch::Contains("would leave 1 row(s) that break a foreign key"));
}

TEST_CASE("batch errors name the batch_op call at fault", "[operations]") {
    auto db = users_db();
    try {
        run_upgrade(db, "with op.batch_alter_table('users') as b:\n    b.alter_column('name', "
                        "nullable=True)\n    b.drop_column('nope')");
        FAIL("no error");
    } catch (const Error& e) {
        REQUIRE(e.where());
        CHECK(e.where()->line == 9);
        CHECK(e.message() == "batch_op.drop_column(): table 'users' has no column 'nope'");
    }
}
