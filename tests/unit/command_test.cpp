// The command suite: the guide's workflow on the demo project, held line by line against what
// real Flask-Migrate 4.0.4 prints (../shared/reference/flask-migrate-transcript.txt).
#include "support.hpp"

#include "command/alembic_ini.hpp"
#include "command/revision_path.hpp"

#include <catch2/catch.hpp>

using revlab::testing::lines_of;
using revlab::testing::TestProject;

namespace {
const std::string kContext = "INFO  [alembic.runtime.migration] Context impl SQLiteImpl.\n"
                             "INFO  [alembic.runtime.migration] Will assume non-transactional DDL.\n";
}

TEST_CASE("upgrade, current and history on the demo print what Flask-Migrate prints", "[command]") {
    TestProject p;
    auto r = p.run("uv run flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK(r.text() == kContext +
                          "INFO  [alembic.runtime.migration] Running upgrade  -> 2472b4e8b68e, initial migration\n"
                          "INFO  [alembic.runtime.migration] Running upgrade 2472b4e8b68e -> 44e3cc49892c, add "
                          "visit_count field\n");
    r = p.run("flask db current");
    CHECK(r.exit_code == 0);
    CHECK(r.text() == kContext + "44e3cc49892c (head)\n");

    r = p.run("flask db history");
    CHECK(r.text() == "2472b4e8b68e -> 44e3cc49892c (head), add visit_count field\n"
                      "<base> -> 2472b4e8b68e, initial migration\n");

    r = p.run("flask db history --verbose");
    auto lines = lines_of(r.text());
    REQUIRE(lines.size() >= 10);
    CHECK(lines[0] == "Rev: 44e3cc49892c (head)");
    CHECK(lines[1] == "Parent: 2472b4e8b68e");
    CHECK(lines[2] == "Path: /backend/migrations/versions/44e3cc49892c_add_visit_count_field.py");
    CHECK(lines[3] == "");
    CHECK(lines[4] == "    add visit_count field");
    CHECK(lines[5] == "    ");
    CHECK(lines[6] == "    Revision ID: 44e3cc49892c");
}

TEST_CASE("downgrade defaults to one step back, and to a named revision", "[command]") {
    TestProject p;
    p.run("flask db upgrade");
    auto r = p.run("flask db downgrade");
    CHECK(r.exit_code == 0);
    CHECK(r.text() == kContext + "INFO  [alembic.runtime.migration] Running downgrade 44e3cc49892c -> 2472b4e8b68e, "
                                 "add visit_count field\n");
    CHECK(p.run("flask db current").text() == kContext + "2472b4e8b68e\n");
    p.run("flask db upgrade");
    r = p.run("uv run flask db downgrade 2472b4e8b68e");
    CHECK(r.exit_code == 0);
    CHECK(p.run("flask db current").text() == kContext + "2472b4e8b68e\n");
    r = p.run("flask db downgrade base");
    CHECK(r.text() == kContext + "INFO  [alembic.runtime.migration] Running downgrade 2472b4e8b68e -> , initial migration\n");
    CHECK(p.run("flask db current").text() == kContext);
}

TEST_CASE("errors carry Flask-Migrate's text and exit code", "[command]") {
    TestProject p;
    auto r = p.run("flask db downgrade nosuchrev");
    CHECK(r.exit_code == 1);
    CHECK(r.text() == kContext + "ERROR [flask_migrate] Error: Can't locate revision identified by 'nosuchrev'\n");

    r = p.run("flask db show nosuchrev");
    CHECK(r.exit_code == 1);
    CHECK(r.text() == "Error: Can't locate revision identified by 'nosuchrev'\n");

    r = p.run("flask db upgrade -1");
    CHECK(r.exit_code == 2);
    CHECK(r.text() == "Usage: flask db upgrade [OPTIONS] [REVISION]\nTry 'flask db upgrade --help' for help.\n\n"
                      "Error: No such option: -1\n");

    r = p.run("flask db downgrade");
    CHECK(r.exit_code == 1);
    CHECK(r.text() == kContext + "ERROR [flask_migrate] Error: Relative revision -1 didn't produce 1 migrations\n");

    r = p.run("flask db nosuch");
    CHECK(r.exit_code == 2);
    CHECK(lines_of(r.text()).back() == "Error: No such command 'nosuch'.");

    r = p.run("frobnicate");
    CHECK(r.exit_code == 127);
}

TEST_CASE("rm app.db resets the database and upgrade rebuilds it", "[command]") {
    TestProject p;
    p.run("flask db upgrade");
    CHECK(p.run("rm app.db").exit_code == 0);
    CHECK(p.run("flask db current").text() == kContext);
    auto r = p.run("flask db upgrade");
    CHECK(lines_of(r.text()).size() == 4);
    CHECK(p.run("rm app.db").exit_code == 0);
    CHECK(p.run("rm app.db").exit_code == 1); // already gone
    CHECK(p.run("set FLASK_APP=main.py").exit_code == 0);
    CHECK(p.run("export FLASK_APP=main.py").exit_code == 0);
}

TEST_CASE("the guide's blocks run as a shell runs them: comments, cd, set", "[command]") {
    TestProject p;
    // 删除数据库文件 / 重新初始化: the guide's reset block, comment lines included.
    auto r = p.run("# 删除数据库文件");
    CHECK(r.exit_code == 0);
    CHECK(r.lines.empty());
    CHECK(p.run("   # indented, after blanks").exit_code == 0);
    CHECK(p.run("cd backend").exit_code == 0);
    CHECK(p.run("set FLASK_APP=main.py").exit_code == 0);
    r = p.run("uv run flask db upgrade  # 重新初始化");
    CHECK(r.exit_code == 0);
    CHECK(lines_of(r.text()).size() == 4);
    // A `#` inside a word or quotes is not a comment.
    r = p.run("flask db revision -m \"fix #12\"");
    CHECK(r.exit_code == 0);
    CHECK(r.text().find("fix_12") != std::string::npos);
    r = p.run("ls migrations#x");
    CHECK(r.exit_code == 2);
    CHECK(r.text().find("'migrations#x'") != std::string::npos);
}

TEST_CASE("migrate on a database that does not exist leaves an empty alembic_version, as Flask-Migrate does", "[command]") {
    TestProject p;
    auto r = p.run("flask db migrate -m x");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("Target database is not up to date.") != std::string::npos);
    auto tables = p.database().query("SELECT name FROM sqlite_master WHERE type = 'table'");
    REQUIRE(tables.size() == 1);
    CHECK(std::get<std::string>(tables[0][0]) == "alembic_version");
    CHECK(p.database().query("SELECT * FROM alembic_version").empty());
}

TEST_CASE("the data migration keeps rows and fills visit_count", "[command]") {
    TestProject p;
    p.run("flask db upgrade 2472b4e8b68e");
    p.database().exec("INSERT INTO user_visits (ip_address, user_agent) VALUES ('10.0.0.1', 'curl'), ('10.0.0.2', NULL)");
    auto r = p.run("flask db upgrade");
    REQUIRE(r.exit_code == 0);
    auto rows = p.database().query("SELECT ip_address, visit_count FROM user_visits ORDER BY id");
    REQUIRE(rows.size() == 2);
    CHECK(std::get<std::int64_t>(rows[0][1]) == 1);
    CHECK(std::get<std::int64_t>(rows[1][1]) == 1);
    auto notnull = p.database().query("SELECT \"notnull\" FROM pragma_table_info('user_visits') WHERE name='visit_count'");
    CHECK(std::get<std::int64_t>(notnull[0][0]) == 1);
    // and back: the column goes, the rows stay
    r = p.run("flask db downgrade");
    REQUIRE(r.exit_code == 0);
    CHECK(p.database().query("SELECT count(*) FROM user_visits")[0][0] == revlab::sqlite::Value{std::int64_t{2}});
    CHECK(p.database().query("SELECT count(*) FROM pragma_table_info('user_visits') WHERE name='visit_count'")[0][0] ==
          revlab::sqlite::Value{std::int64_t{0}});
    // the index survived the rebuild
    CHECK(p.database().query("SELECT count(*) FROM sqlite_master WHERE name='ix_user_visits_ip_address'")[0][0] ==
          revlab::sqlite::Value{std::int64_t{1}});
}

TEST_CASE("revision, heads, merge: the guide's conflict and its resolution", "[command]") {
    TestProject p;
    p.run("flask db upgrade");
    auto r = p.run("flask db revision -m \"add email\"");
    CHECK(r.exit_code == 0);
    CHECK(r.text() == "Generating /backend/migrations/versions/aaaa00000001_add_email.py ...  done\n");
    r = p.run("flask db revision -m \"add phone\" --head 44e3cc49892c --splice");
    CHECK(r.exit_code == 0);
    r = p.run("flask db heads");
    CHECK(r.text() == "aaaa00000001 (head)\nbbbb00000002 (head)\n");
    r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.text()).back() ==
          "ERROR [flask_migrate] Error: Multiple head revisions are present for given argument 'head'; please specify a "
          "specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads");
    r = p.run("flask db upgrade heads");
    CHECK(r.exit_code == 0);
    CHECK(lines_of(r.text()).size() == 4);
    r = p.run("flask db history");
    CHECK(lines_of(r.text())[2] == "2472b4e8b68e -> 44e3cc49892c (branchpoint), add visit_count field");
    r = p.run("flask db merge heads -m \"merge email and phone\"");
    CHECK(r.exit_code == 0);
    std::string merged = p.files.read("migrations/versions/cccc00000003_merge_email_and_phone.py");
    CHECK(merged.find("down_revision = ('aaaa00000001', 'bbbb00000002')") != std::string::npos);
    CHECK(merged.find("Revises: aaaa00000001, bbbb00000002\n") != std::string::npos);
    r = p.run("flask db upgrade");
    CHECK(lines_of(r.text()).back() ==
          "INFO  [alembic.runtime.migration] Running upgrade aaaa00000001, bbbb00000002 -> cccc00000003, merge email and phone");
    CHECK(p.run("flask db current").text() == kContext + "cccc00000003 (head) (mergepoint)\n");
    r = p.run("flask db downgrade base");
    auto l = lines_of(r.text());
    REQUIRE(l.size() == 7);
    CHECK(l[2] == "INFO  [alembic.runtime.migration] Running downgrade cccc00000003 -> aaaa00000001, bbbb00000002, merge email and phone");
    r = p.run("flask db stamp head");
    CHECK(lines_of(r.text()).back() == "INFO  [alembic.runtime.migration] Running stamp_revision  -> cccc00000003");
    CHECK(p.run("flask db current").text() == kContext + "cccc00000003 (head) (mergepoint)\n");
}

TEST_CASE("a revision file is written as Flask-Migrate's template writes it", "[command]") {
    TestProject p;
    p.run("flask db revision -m \"Add user email field!\"");
    std::string text = p.files.read("migrations/versions/aaaa00000001_add_user_email_field.py");
    CHECK(text == "\"\"\"Add user email field!\n\nRevision ID: aaaa00000001\nRevises: 44e3cc49892c\n"
                  "Create Date: 2026-11-24 18:37:05.025036\n\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n"
                  "# revision identifiers, used by Alembic.\nrevision = 'aaaa00000001'\ndown_revision = '44e3cc49892c'\n"
                  "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n");
}

TEST_CASE("upgrade --sql prints Alembic's offline SQL, batch steps included", "[command]") {
    TestProject p;
    auto r = p.run("flask db upgrade --sql");
    CHECK(r.exit_code == 0);
    auto l = lines_of(r.text());
    REQUIRE(l.size() > 10);
    CHECK(l[1] == "INFO  [alembic.runtime.migration] Generating static SQL");
    CHECK(l[3] == "CREATE TABLE alembic_version (");
    CHECK(l[4] == "    version_num VARCHAR(32) NOT NULL, ");
    CHECK(r.text().find("CREATE TABLE _alembic_tmp_user_visits (") != std::string::npos);
    CHECK(r.text().find("UPDATE alembic_version SET version_num='44e3cc49892c' WHERE alembic_version.version_num = "
                        "'2472b4e8b68e';") != std::string::npos);
    // offline mode never touches the database
    CHECK_FALSE(p.db.exists());
}

TEST_CASE("offline, a script that reflects the database fails as under Flask-Migrate", "[command]") {
    // Alembic's offline bind is a MockConnection, which SQLAlchemy 1.4's inspect() takes for an engine
    // and fails on (`engine.connect().close()`): every way a script reflects ends there, exit 1.
    // Online, the same script reflects the database (open-webui's get_existing_tables() helper).
    TestProject p;
    for (const std::string reflect : {"sa.inspect(op.get_bind()).get_table_names()", "Inspector.from_engine(op.get_bind())",
                                      "sa.Table('user_visits', sa.MetaData(), autoload_with=op.get_bind())",
                                      "sa.MetaData().reflect(bind=op.get_bind())"}) {
        CAPTURE(reflect);
        p.files.write("migrations/versions/feed00000001_reflect.py",
                      "from alembic import op\nimport sqlalchemy as sa\nfrom sqlalchemy.engine.reflection import Inspector\n\n"
                      "revision = 'feed00000001'\ndown_revision = '44e3cc49892c'\nbranch_labels = None\ndepends_on = None\n\n\n"
                      "def upgrade():\n    print(" + reflect + ")\n\n\ndef downgrade():\n    pass\n");
        auto r = p.run("flask db upgrade 44e3cc49892c:feed00000001 --sql");
        CHECK(r.exit_code == 1);
        CHECK(r.text().find("Running upgrade 44e3cc49892c -> feed00000001 failed at "
                            "migrations/versions/feed00000001_reflect.py:12:11: AttributeError: 'MockConnection' object "
                            "has no attribute 'close'") != std::string::npos);
    }
    p.files.write("migrations/versions/feed00000001_reflect.py",
                  "from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'feed00000001'\n"
                  "down_revision = '44e3cc49892c'\nbranch_labels = None\ndepends_on = None\n\n\n"
                  "def upgrade():\n    print(sorted(sa.inspect(op.get_bind()).get_table_names()))\n\n\n"
                  "def downgrade():\n    pass\n");
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK(r.stdout_lines == std::vector<std::string>{"['alembic_version', 'user_visits']"});
}

TEST_CASE("a failing step is rolled back whole and names the revision and the SQL", "[command]") {
    TestProject p;
    p.run("flask db upgrade 2472b4e8b68e");
    // A data migration that fails half-way: its first statement must be undone too.
    p.files.write("migrations/versions/bad00000001_bad.py",
                  "\"\"\"bad\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = 'bad00000001'\n"
                  "down_revision = '44e3cc49892c'\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n"
                  "    op.add_column('user_visits', sa.Column('email', sa.String(120)))\n"
                  "    op.execute('UPDATE no_such_table SET x = 1')\n\n\ndef downgrade():\n    pass\n");
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    std::string text = r.text();
    CHECK(text.find("Running upgrade 44e3cc49892c -> bad00000001, bad failed at "
                    "migrations/versions/bad00000001_bad.py:13:5") != std::string::npos);
    CHECK(text.find("no such table: no_such_table") != std::string::npos);
    CHECK(text.find("stays at 44e3cc49892c") != std::string::npos);
    // the step before it stayed applied; the failed one left nothing behind
    CHECK(p.run("flask db current").text() == kContext + "44e3cc49892c\n");
    CHECK(p.database().query("SELECT count(*) FROM pragma_table_info('user_visits') WHERE name='email'")[0][0] ==
          revlab::sqlite::Value{std::int64_t{0}});
}

TEST_CASE("a syntax error in a revision file names the file, line and column", "[command]") {
    TestProject p;
    p.files.write("migrations/versions/oops_broken.py", "revision = 'oops'\ndown_revision = (\n");
    auto r = p.run("flask db history");
    CHECK(r.exit_code == 1);
    CHECK(r.text().rfind("Error: migrations/versions/oops_broken.py:", 0) == 0);
}

namespace {

bool has_version_table(TestProject& p) {
    return !p.database().query("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").empty();
}

std::string revision_file(const std::string& id, const std::string& down) {
    return "revision = '" + id + "'\ndown_revision = " + (down.empty() ? "None" : "'" + down + "'") +
           "\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n";
}

} // namespace

TEST_CASE("show current and history -i create alembic_version, as Alembic's env.py does", "[command]") {
    TestProject p;
    auto r = p.run("flask db show current");
    CHECK(r.exit_code == 0);
    CHECK(r.text() == kContext);
    CHECK(has_version_table(p));

    TestProject q;
    CHECK(q.run("flask db current").exit_code == 0);
    CHECK_FALSE(has_version_table(q)); // current alone is dont_mutate
    CHECK(q.run("flask db history -i").exit_code == 0);
    CHECK(has_version_table(q));
}

TEST_CASE("a broken revision graph fails where Alembic's lazy map does", "[command]") {
    TestProject p;
    p.files.write("migrations/versions/0e01_left.py", revision_file("0e01", "0e02"));
    p.files.write("migrations/versions/0e02_right.py", revision_file("0e02", "0e01"));
    // upgrade: inside env.py, after alembic_version was created
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(r.text() == kContext + "ERROR [flask_migrate] Error: Cycle is detected in revisions (0e01, 0e02)\n");
    CHECK(has_version_table(p));
    // history without the environment: before any log line
    CHECK(p.run("flask db history").text() == "Error: Cycle is detected in revisions (0e01, 0e02)\n");

    TestProject q;
    q.files.write("migrations/versions/0e03_loop.py", revision_file("0e03", "0e03"));
    CHECK(q.run("flask db current").text() ==
          kContext + "ERROR [flask_migrate] Error: Self-loop is detected in revisions (0e03)\n");
}

TEST_CASE("an id in two files is a Python warning, and leaves two heads", "[command]") {
    TestProject p;
    p.files.write("migrations/versions/zz_again.py", revision_file("44e3cc49892c", "2472b4e8b68e"));
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(r.text() == kContext + "UserWarning: Revision 44e3cc49892c is present more than once\n"
                                 "ERROR [flask_migrate] Error: Multiple head revisions are present for given argument "
                                 "'head'; please specify a specific target revision, '<branchname>@head' to narrow to "
                                 "a specific head, or 'heads' for all heads\n");
}

TEST_CASE("revision --branch-label with a label in use writes the file, then fails", "[command]") {
    TestProject p;
    CHECK(p.run("flask db revision -m one --branch-label shop --rev-id 5a0000000000").exit_code == 0);
    auto r = p.run("flask db revision -m two --branch-label shop --head shop@head --rev-id 5b0000000000");
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.text()).back() == "Error: Branch name 'shop' in revision 5b0000000000 already used by revision "
                                       "5a0000000000");
    CHECK(p.files.exists("migrations/versions/5b0000000000_two.py")); // as Alembic leaves it
}

TEST_CASE("stamping the same revision twice is an error, not a crash (found by fuzzing)", "[command]") {
    TestProject p;
    auto r = p.run("flask db stamp head 44e3");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("name each revision once") != std::string::npos);
    // the first step (stamping 44e3) stays; the failing second one changed nothing
    CHECK(p.run("flask db current").text() == kContext + "44e3cc49892c (head)\n");
}

TEST_CASE("starting the app upgrades, or creates the tables without history (the create_all pitfall)", "[command]") {
    TestProject p;
    auto r = p.run("flask run");
    CHECK(r.exit_code == 0);
    CHECK(p.run("flask db current").text() == kContext + "44e3cc49892c (head)\n");

    TestProject fresh;
    fresh.files.remove("migrations/versions/2472b4e8b68e_initial_migration.py");
    fresh.files.remove("migrations/versions/44e3cc49892c_add_visit_count_field.py");
    r = fresh.run("python main.py");
    CHECK(r.exit_code == 0);
    CHECK(r.text().rfind("db.create_all(): created user_visits", 0) == 0);
    CHECK(fresh.database().table_exists("user_visits"));
    CHECK_FALSE(fresh.database().table_exists("alembic_version"));
    // the pitfall: the history comes back, and upgrade trips over the tables create_all made
    revlab::project::load_example("visits", fresh.files);
    r = fresh.run("flask db upgrade");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("table user_visits already exists") != std::string::npos);
    // the remedy
    CHECK(fresh.run("flask db stamp head").exit_code == 0);
    CHECK(fresh.run("flask db upgrade").exit_code == 0);
    CHECK(fresh.run("flask db current").text() == kContext + "44e3cc49892c (head)\n");
}

TEST_CASE("revision file names slug the message as Python does, in any script", "[command]") {
    using revlab::command::revision_slug;
    // Each expected value is what Alembic 1.8.1's _slug_re.findall + .lower() + truncation gives under
    // Debian's Python 3.11.
    CHECK(revision_slug("添加用户表，增加索引") == "添加用户表_增加索引"); // a full-width comma separates
    CHECK(revision_slug("Add User table") == "add_user_table");
    CHECK(revision_slug("ÉLÈVE ajouté: Größe") == "élève_ajouté_größe");
    CHECK(revision_slug("Добавить ТАБЛИЦУ пользователей") == "добавить_таблицу_пользователей");
    CHECK(revision_slug("İstanbul şehri") == "i̇stanbul_şehri"); // "İ" lower-cases to two code points
    CHECK(revision_slug("x²+y³ ½ ①") == "x²_y³_½_①");
    CHECK(revision_slug("emoji 🎉 party") == "emoji_party");
    CHECK(revision_slug("tab\tand\u3000ideographic space") == "tab_and_ideographic_space");
    CHECK(revision_slug("a very long message that goes past the forty character limit of the slug") ==
          "a_very_long_message_that_goes_past_the_");
    CHECK(revision_slug("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二") ==
          "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十_");
    CHECK(revision_slug("bad \xff byte") == "bad_byte");
    CHECK(revision_slug("") == "");
}

TEST_CASE("alembic.ini's file_template and truncate_slug_length name new revision files", "[command]") {
    using revlab::command::IniFile;
    using revlab::command::revision_file_name;
    using revlab::command::ScriptConfig;
    // The template that Alembic's own alembic.ini suggests, as ConfigParser reads it (%% is %).
    IniFile ini("[alembic]\n"
                "# template used to generate migration files\n"
                "file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s\n"
                "Truncate_Slug_Length = 12\n",
                "migrations/alembic.ini");
    ScriptConfig config;
    config.file_template = *ini.get("alembic", "file_template");
    config.truncate_slug_length = std::stoi(*ini.get("alembic", "truncate_slug_length"));
    CHECK(config.file_template == "%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s");
    CHECK(revision_file_name(config, "1975ea83b712", "add account table", "2026-03-07 09:05:02.000001") ==
          "2026_03_07_0905-1975ea83b712_add_account_.py");
    CHECK(revision_file_name(ScriptConfig{}, "1975ea83b712", "Add account", "2026-03-07 09:05:02.0") ==
          "1975ea83b712_add_account.py");
    ScriptConfig widths;
    widths.file_template = "%(rev)-14s|%(day)03d|%(second)+d|%(slug).3s";
    CHECK(revision_file_name(widths, "ab", "hello world", "2026-03-07 09:05:02.0") == "ab            |007|+2|hel.py");

    // Mistakes in the file are errors that say where and what to write.
    ScriptConfig bad;
    bad.file_template = "%(rev)s_%(msg)s";
    CHECK_THROWS_WITH(revision_file_name(bad, "ab", "x", "2026-03-07 09:05:02.0"),
                      Catch::Contains("there is no field 'msg'"));
    bad.file_template = "%(rev)d";
    CHECK_THROWS_WITH(revision_file_name(bad, "ab", "x", "2026-03-07 09:05:02.0"),
                      Catch::Contains("write %(rev)s"));
    CHECK_THROWS_WITH(IniFile("[alembic]\nfile_template = %(rev)s\n", "a.ini").get("alembic", "file_template"),
                      Catch::Contains("names no option"));
    CHECK_THROWS_WITH(IniFile("[alembic]\nfile_template = 50%\n", "a.ini").get("alembic", "file_template"),
                      Catch::Contains("a.ini:2:1"));
    CHECK_THROWS_WITH(IniFile("file_template = x\n", "a.ini"), Catch::Contains("a.ini:1:1: File contains no section"));
    std::string wide = "[alembic]\n";
    for (char c = 'a'; c < 'i'; ++c) {
        wide += std::string(1, c) + " = ";
        for (int k = 0; k < 50; ++k) wide += "%(" + std::string(1, static_cast<char>(c + 1)) + ")s";
        wide += "\n";
    }
    wide += "i = \n";
    CHECK_THROWS_WITH(IniFile(wide, "a.ini").get("alembic", "a"), Catch::Contains("too many references"));
    CHECK_THROWS_WITH(IniFile("[alembic]\na = %(b)s\nb = %(a)s\n", "a.ini").get("alembic", "a"),
                      Catch::Contains("nested more than 10 deep"));
    CHECK_THROWS_WITH(IniFile("[alembic]\na = 1\nA = 2\n", "a.ini"), Catch::Contains("a.ini:3:1: option 'a'"));
}

TEST_CASE("flask db revision follows the project's file_template", "[command]") {
    TestProject p;
    auto ini = p.files.read("migrations/alembic.ini");
    const std::string from = "# file_template = %%(rev)s_%%(slug)s";
    REQUIRE(ini.find(from) != std::string::npos);
    ini.replace(ini.find(from), from.size(), "file_template = %%(year)d-%%(rev)s_%%(slug)s");
    p.files.write("migrations/alembic.ini", ini);
    auto r = p.run("flask db revision -m \"添加索引，再试\"");
    REQUIRE(r.exit_code == 0);
    CHECK(p.files.exists("migrations/versions/2026-aaaa00000001_添加索引_再试.py"));
}
