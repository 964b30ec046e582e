// Regression tests for what the fuzzers (fuzz/) found: each input here once crashed, hung, leaked
// or escaped as the wrong exception. Each test is tagged with the suite of the part it exercises.
#include "support.hpp"

#include "models/models.hpp"
#include "script/revision_map.hpp"

#include <catch2/catch.hpp>

using revlab::testing::TestProject;

TEST_CASE("a console path the file tree refuses is a shell error, not an exception", "[command]") {
    // fuzz_console: `ls` with a NUL in its path threw out of run_console_line.
    TestProject p;
    auto r = p.run(std::string("ls migrati\0ns", 13));
    CHECK(r.exit_code == 1);
    CHECK(r.text() == "ls: a path may not contain NUL characters\n");
    r = p.run("cat ../../etc/passwd");
    CHECK(r.exit_code == 1);
    r = p.run("rm ../outside.py");
    CHECK(r.exit_code == 1);
    CHECK(r.text() == "rm: the path '../outside.py' leads outside the project\n");
    r = p.run("uv run ls ..");
    CHECK(r.text() == "ls: the path '..' leads outside the project\n");
}

namespace {

revlab::script::Revision revision(std::string id, std::vector<std::string> down, std::vector<std::string> labels = {}) {
    revlab::script::Revision r;
    r.id = std::move(id);
    r.down_revisions = std::move(down);
    r.own_branch_labels = labels;
    r.branch_labels = std::move(labels);
    r.file = "migrations/versions/" + r.id + ".py";
    return r;
}

std::string map_error(std::vector<revlab::script::Revision> revisions) {
    try {
        revlab::script::RevisionMap map(std::move(revisions), [](const std::string&) {});
    } catch (const revlab::Error& e) {
        return e.message();
    }
    return "";
}

} // namespace

TEST_CASE("a replaced revision's missing parent is an error, not an out_of_range", "[script]") {
    // fuzz_revision: an id listed twice, the earlier file naming a parent nobody has; the graph
    // walk looked that parent up with unordered_map::at.
    CHECK(map_error({revision("44e3cc49892c", {"2472b4e8b68e"}), revision("ops48", {}), revision("44e3cc49892c", {})}) ==
          "Revision 2472b4e8b68e referenced from 44e3cc49892c (migrations/versions/44e3cc49892c.py) is not present; "
          "add the missing revision file or correct the down_revision of migrations/versions/44e3cc49892c.py");
}

TEST_CASE("a down_revision naming a branch label is an error, not an out_of_range", "[script]") {
    CHECK(map_error({revision("aaaa00000001", {}, {"feature"}), revision("bbbb00000002", {"feature"})}) ==
          "down_revision 'feature' of revision bbbb00000002 is a branch label; name the revision id (aaaa00000001) in "
          "migrations/versions/bbbb00000002.py");
}

TEST_CASE("integer arithmetic that leaves 64 bits is exact, as in Python, not undefined behaviour", "[operations]") {
    // Found with UBSan while building the catalog: 9223372036854775807 * 2 in a revision. Integers
    // are Python's now (of any size); the expected values are /usr/bin/python3's.
    const std::pair<const char*, const char*> cases[] = {
        {"9223372036854775807 * 2", "18446744073709551614"},
        {"9223372036854775807 + 1", "9223372036854775808"},
        {"-9223372036854775807 - 2", "-9223372036854775809"},
        {"-(-9223372036854775807 - 1)", "9223372036854775808"},
    };
    for (const auto& [expr, value] : cases) {
        TestProject p;
        p.run("flask db upgrade");
        p.files.write("migrations/versions/ov0000000001_overflow.py",
                      std::string("revision = 'ov0000000001'\ndown_revision = '44e3cc49892c'\n\n"
                                  "def upgrade():\n    n = ") + expr + "\n    assert str(n) == '" + value +
                          "', n\n\ndef downgrade():\n    pass\n");
        auto r = p.run("flask db upgrade");
        INFO(expr << "\n" << r.text());
        CHECK(r.exit_code == 0);
    }
}

TEST_CASE("SQL text with a NUL byte is refused, never cut short", "[sqlite]") {
    // SQLite stops reading at a NUL: op.execute('DELETE FROM t\x00 WHERE id = 1') deleted every row.
    TestProject p;
    p.run("flask db upgrade");
    p.database().exec("INSERT INTO user_visits (ip_address, visit_count) VALUES ('a', 1), ('b', 2)");
    const std::string sql("DELETE FROM user_visits\0 WHERE id = 1", 37);
    CHECK_THROWS_WITH(p.database().exec(sql), Catch::Contains("the SQL contains a NUL character"));
    CHECK_THROWS_WITH(p.database().query(sql), Catch::Contains("the SQL contains a NUL character"));
    CHECK(p.database().query("SELECT count(*) FROM user_visits")[0][0] == revlab::sqlite::Value{std::int64_t{2}});
}

TEST_CASE("an annotation alone on a dunder defines nothing, as in Python (it was read as a value)", "[models]") {
    // `__tablename__: 'parents'` only annotates: Flask-SQLAlchemy names the table from the class.
    auto meta = revlab::models::load_models("from app import db\n\n\n"
                                            "class ParentRow(db.Model):\n"
                                            "    __tablename__: 'parents'\n"
                                            "    __table_args__: dict\n"
                                            "    id = db.Column(db.Integer, primary_key=True)\n",
                                            "app/models.py");
    REQUIRE(meta.tables.size() == 1);
    CHECK(meta.tables[0].name == "parent_row");
}
