// The wasm_api suite: the JSON API the page talks to (wasm/API.md), exercised directly.
#include "api.hpp"

#include <catch2/catch.hpp>

#include <algorithm>


using nlohmann::json;
using revlab::wasm::Project;

TEST_CASE("a project opens with the demo and runs the guide's commands", "[wasm_api]") {
    Project p(json::object());
    auto files = p.call({{"cmd", "files"}});
    REQUIRE(files["ok"] == true);
    bool has_models = false;
    for (const auto& f : files["files"])
        if (f["path"] == "app/models.py") has_models = true;
    CHECK(has_models);

    auto r = p.call({{"cmd", "run"}, {"line", "uv run flask db upgrade"}});
    REQUIRE(r["ok"] == true);
    CHECK(r["exit_code"] == 0);
    CHECK(r["state"]["current"] == json::array({"44e3cc49892c"}));
    CHECK(r["state"]["heads"] == json::array({"44e3cc49892c"}));
    CHECK(r["state"]["revisions"].size() == 2);
    CHECK(r["state"]["revisions"][0]["is_current"] == true);

    r = p.call({{"cmd", "run"}, {"line", "flask db current"}});
    CHECK(r["output"].back()["text"] == "44e3cc49892c (head)");
    CHECK(r["output"].back()["stream"] == "stdout");

    auto schema = p.call({{"cmd", "schema"}});
    REQUIRE(schema["ok"] == true);
    bool found = false;
    for (const auto& t : schema["tables"])
        if (t["name"] == "user_visits") {
            found = true;
            CHECK(t["columns"].size() == 5);
        }
    CHECK(found);

    auto q = p.call({{"cmd", "query"}, {"sql", "SELECT version_num FROM alembic_version"}});
    CHECK(q["rows"][0][0] == "44e3cc49892c");
}

TEST_CASE("bad requests and bad files give error replies, never exceptions", "[wasm_api]") {
    Project p(json::object());
    CHECK(p.call(json("nonsense"))["ok"] == false);
    CHECK(p.call({{"cmd", "nope"}})["ok"] == false);
    CHECK(p.call({{"cmd", "read_file"}, {"path", "../etc/passwd"}})["ok"] == false);
    auto w = p.call({{"cmd", "write_file"}, {"path", "migrations/versions/x_bad.py"}, {"content", "def upgrade(:\n"}});
    CHECK(w["ok"] == true);
    auto st = p.call({{"cmd", "state"}});
    CHECK(st["state"]["error"].is_string());
    CHECK(st["state"]["where"]["file"] == "migrations/versions/x_bad.py");
    auto q = p.call({{"cmd", "query"}, {"sql", "SELEC nonsense"}});
    CHECK(q["ok"] == false);
}

TEST_CASE("one broken file leaves the rest of the graph, with a stand-in marking it", "[wasm_api]") {
    Project p(json::object());
    // A third revision after the demo's head, then the head's file broken.
    const std::string path = "migrations/versions/44e3cc49892c_add_visit_count_field.py";
    REQUIRE(p.call({{"cmd", "write_file"}, {"path", "migrations/versions/c0ffee000003_third.py"},
                    {"content", "\"\"\"third\"\"\"\nrevision = 'c0ffee000003'\ndown_revision = '44e3cc49892c'\n"
                                "branch_labels = None\ndepends_on = None\n\ndef upgrade():\n    pass\n\n"
                                "def downgrade():\n    pass\n"}})["ok"] == true);
    REQUIRE(p.call({{"cmd", "write_file"}, {"path", path}, {"content", "revision: str = '44e3cc49892c'\ndown_revision = ('2472b4e8b68e',)  # x\ndef upgrade(:\n"}})["ok"] == true);
    auto st = p.call({{"cmd", "state"}})["state"];
    CHECK(st["error"].is_string());
    CHECK(st["where"]["file"] == path);
    CHECK(st["heads"].empty()); // commands fail until it is fixed
    REQUIRE(st["revisions"].size() == 3);
    CHECK(st["revisions"][0]["id"] == "c0ffee000003");
    CHECK(st["revisions"][0].value("broken", false) == false);
    CHECK(st["revisions"][1]["id"] == "44e3cc49892c");
    CHECK(st["revisions"][1]["broken"] == true);
    CHECK(st["revisions"][1]["path"] == path);
    CHECK(st["revisions"][1]["error"] == st["error"]);
    CHECK(st["revisions"][2]["id"] == "2472b4e8b68e");

    // A broken file that no longer names itself: the file whose name starts with the missing id.
    REQUIRE(p.call({{"cmd", "write_file"}, {"path", path}, {"content", "def upgrade(:\n"}})["ok"] == true);
    st = p.call({{"cmd", "state"}})["state"];
    REQUIRE(st["revisions"].size() == 3);
    auto by_id = [](const json& state, const std::string& id) {
        for (const auto& r : state["revisions"])
            if (r["id"] == id) return r;
        return json();
    };
    CHECK(by_id(st, "44e3cc49892c")["broken"] == true);
    CHECK(by_id(st, "44e3cc49892c")["path"] == path);
    CHECK(by_id(st, "44e3cc49892c")["error"] == st["error"]);

    // A revision that no file holds at all: a stand-in that says so, with no path.
    REQUIRE(p.call({{"cmd", "delete_file"}, {"path", path}})["ok"] == true);
    st = p.call({{"cmd", "state"}})["state"];
    CHECK(st["error"].is_string());
    REQUIRE(st["revisions"].size() == 3); // the third, its stand-in parent, and the demo's first (alone now)
    json stand_in = by_id(st, "44e3cc49892c");
    CHECK(stand_in["broken"] == true);
    CHECK(stand_in["path"] == "");
    CHECK(stand_in["error"] == "no revision file has revision = '44e3cc49892c'");
}

TEST_CASE("a run names the hints for the errors learners meet; the output itself is Flask-Migrate's", "[wasm_api]") {
    Project p(json::object());
    auto r = p.call({{"cmd", "run"}, {"line", "flask db migrate -m x"}});
    CHECK(r["exit_code"] == 1);
    CHECK(r["output"].back()["text"].get<std::string>().find("Target database is not up to date.") != std::string::npos);
    CHECK(r["hints"] == json::array({"not_up_to_date"}));
    r = p.call({{"cmd", "run"}, {"line", "flask db downgrade -1"}});
    CHECK(r["exit_code"] == 2);
    CHECK(r["hints"] == json::array({"relative_option"}));
    r = p.call({{"cmd", "run"}, {"line", "flask db upgrade"}});
    CHECK(r["exit_code"] == 0);
    CHECK(r["hints"].empty());
    r = p.call({{"cmd", "run"}, {"line", "frobnicate"}});
    CHECK(r["hints"] == json::array({"command_not_found"}));
}

TEST_CASE("dry_run runs a command on a throwaway copy and changes nothing", "[wasm_api]") {
    Project p(json::object());
    REQUIRE(p.call({{"cmd", "run"}, {"line", "flask db upgrade"}})["exit_code"] == 0);
    REQUIRE(p.call({{"cmd", "query"}, {"sql", "INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.0.0.1', 2)"}})["ok"] == true);

    auto d = p.call({{"cmd", "dry_run"}, {"line", "flask db downgrade base"}, {"schema", true}});
    REQUIRE(d["ok"] == true);
    CHECK(d["exit_code"] == 0);
    bool warned = false;
    for (const auto& l : d["output"])
        if (l["text"].get<std::string>().rfind("WARNI [revlab.safety]", 0) == 0) warned = true;
    CHECK(warned);
    CHECK(d["state"]["current"].empty());
    REQUIRE(d["tables"].is_array());
    for (const auto& t : d["tables"]) CHECK(t["name"] != "user_visits");

    // The real project is untouched: still at head, the row still there, no new files.
    auto st = p.call({{"cmd", "state"}});
    CHECK(st["state"]["current"] == json::array({"44e3cc49892c"}));
    CHECK(p.call({{"cmd", "query"}, {"sql", "SELECT count(*) FROM user_visits"}})["rows"][0][0] == 1);

    auto r = p.call({{"cmd", "dry_run"}, {"line", "flask db revision -m scratch"}});
    CHECK(r["exit_code"] == 0);
    CHECK(r["state"]["revisions"].size() == 3);
    CHECK(p.call({{"cmd", "state"}})["state"]["revisions"].size() == 2);
    CHECK(p.call({{"cmd", "dry_run"}})["ok"] == false);
}

TEST_CASE("snapshot and restore bring back files and database", "[wasm_api]") {
    Project p(json::object());
    auto empty = p.call({{"cmd", "snapshot"}});
    REQUIRE(empty["ok"] == true);
    CHECK(empty["database"] == "");
    CHECK(empty["files"].contains("app/models.py"));

    p.call({{"cmd", "run"}, {"line", "flask db upgrade"}});
    p.call({{"cmd", "query"}, {"sql", "INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.0.0.1', 2)"}});
    auto full = p.call({{"cmd", "snapshot"}});
    REQUIRE(full["database"].get<std::string>().size() > 100);

    p.call({{"cmd", "run"}, {"line", "flask db downgrade base"}});
    p.call({{"cmd", "run"}, {"line", "flask db revision -m extra"}});
    CHECK(p.call({{"cmd", "state"}})["state"]["revisions"].size() == 3);

    auto r = p.call({{"cmd", "restore"}, {"database", full["database"]}, {"files", full["files"]}, {"dirs", full["dirs"]}});
    REQUIRE(r["ok"] == true);
    CHECK(r["state"]["current"] == json::array({"44e3cc49892c"}));
    CHECK(r["state"]["revisions"].size() == 2);
    CHECK(p.call({{"cmd", "query"}, {"sql", "SELECT ip_address FROM user_visits"}})["rows"][0][0] == "10.0.0.1");

    // Only the database: back to no database at all.
    r = p.call({{"cmd", "restore"}, {"database", ""}});
    CHECK(r["state"]["current"].empty());
    CHECK(p.call({{"cmd", "schema"}})["tables"].empty());
    CHECK(p.call({{"cmd", "files"}})["files"].size() == full["files"].size());

    // Bad input is refused and leaves everything as it was.
    CHECK(p.call({{"cmd", "restore"}})["ok"] == false);
    CHECK(p.call({{"cmd", "restore"}, {"database", "not base64!"}})["ok"] == false);
    auto damaged = p.call({{"cmd", "restore"}, {"database", revlab::wasm::base64_encode(std::string(4096, 'x'))}});
    CHECK(damaged["ok"] == false);
    CHECK(damaged["error"].get<std::string>().rfind("the saved database is damaged", 0) == 0);
    CHECK(p.call({{"cmd", "restore"}, {"files", {{"../escape.py", "x"}}}})["ok"] == false);
    CHECK(p.call({{"cmd", "files"}})["files"].size() == full["files"].size());
}

TEST_CASE("reset goes back to the demo with no database", "[wasm_api]") {
    Project p(json::object());
    p.call({{"cmd", "run"}, {"line", "flask db upgrade"}});
    p.call({{"cmd", "delete_file"}, {"path", "app/models.py"}});
    auto r = p.call({{"cmd", "reset"}});
    REQUIRE(r["ok"] == true);
    CHECK(r["state"]["current"].empty());
    CHECK(r["state"]["revisions"].size() == 2);
    CHECK(p.call({{"cmd", "read_file"}, {"path", "app/models.py"}})["ok"] == true);
    r = p.call({{"cmd", "reset"}, {"example", nullptr}});
    CHECK(p.call({{"cmd", "files"}})["files"].empty());
    CHECK(p.call({{"cmd", "reset"}, {"example", "nope"}})["ok"] == false);
}

TEST_CASE("base64 round-trips every byte", "[wasm_api]") {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    for (size_t n = 0; n < 8; ++n) {
        std::string part = all.substr(0, 250 + n);
        CHECK(revlab::wasm::base64_decode(revlab::wasm::base64_encode(part)) == part);
    }
    CHECK(revlab::wasm::base64_encode("foob") == "Zm9vYg==");
    CHECK(revlab::wasm::base64_decode("Zm9vYmE=") == "fooba");
    CHECK_THROWS(revlab::wasm::base64_decode("Zm9=vYmE"));
}

// --- Hostile requests (issue 17): every reply is a clear error, and the module stays healthy -----

extern "C" {
int revlab_open(const char* options_json);
const char* revlab_call(int handle, const char* request_json);
void revlab_close(int handle);
}

namespace {

// Through the module's own entry points, as the page's worker calls them.
json call_module(int handle, const json& request) { return json::parse(revlab_call(handle, request.dump().c_str())); }

// The module still opens projects and runs the guide's first command.
void check_healthy() {
    const int h = revlab_open("{}");
    REQUIRE(h > 0);
    auto r = call_module(h, {{"cmd", "run"}, {"line", "flask db upgrade"}});
    CHECK(r["exit_code"] == 0);
    revlab_close(h);
}

std::string error_of(const json& reply) {
    CHECK(reply["ok"] == false);
    return reply.value("error", "");
}

} // namespace

TEST_CASE("revlab_open with bad options fails clearly, makes nothing, and leaves the module healthy", "[wasm_api]") {
    const std::pair<const char*, const char*> cases[] = {
        {R"({"files": {"a": 5}})", "revlab_open: the content of 'a' in \"files\" must be a string, not a number"},
        {R"({"example": "../../etc/passwd"})", "revlab_open: no example project named '../../etc/passwd'"},
        {R"({"files": {"../../x": "y"}})", "revlab_open: the path '../../x' leads outside the project"},
        {R"({"files": ["a"]})", "revlab_open: \"files\" must be an object of path: content, not a array"},
        {R"({"example": 7})", "revlab_open: \"example\" must be the name of an example project or null, not a number"},
        {R"({"sql_steps": -1})", "revlab_open: \"sql_steps\" must be a whole number of steps above 0, not a number"},
        {R"([1, 2])", "revlab_open: the options must be an object such as {\"example\": \"visits\"}, not a array"},
        {"{not json", "revlab_open: the options are not valid JSON"},
    };
    for (const auto& [options, message] : cases) {
        INFO(options);
        CHECK(revlab_open(options) == 0);
        // revlab_call(0, ...) says why the last open failed.
        CHECK(error_of(json::parse(revlab_call(0, "{}"))) == message);
        check_healthy();
    }
}

TEST_CASE("wrong JSON types name the field instead of leaking nlohmann's text", "[wasm_api]") {
    Project p(json::object());
    const std::pair<json, const char*> cases[] = {
        {{{"cmd", "query"}, {"sql", "SELECT ?"}, {"params", json::array({json::object({{"a", 1}})})}},
         "\"params\"[0] must be null, a number or a string, not a object"},
        {{{"cmd", "query"}, {"sql", "SELECT 1"}, {"params", "x"}}, "\"params\" must be an array of values, not a string"},
        {{{"cmd", "rows"}, {"table", "user_visits"}, {"limit", "10"}},
         "\"limit\" must be a whole number from 0 to 10000, not a string"},
        {{{"cmd", "reset"}, {"example", 3}}, "\"example\" must be the name of an example project or null, not a number"},
        {{{"cmd", "state"}, {"sql_steps", "many"}}, "\"sql_steps\" must be a whole number of steps above 0, not a string"},
        {{{"cmd", "run"}, {"line", 5}}, "the request needs a string 'line'"},
    };
    for (const auto& [request, message] : cases) {
        INFO(request.dump());
        const std::string error = error_of(p.call(request));
        CHECK(error == message);
        CHECK(error.find("json.exception") == std::string::npos);
    }
}

TEST_CASE("huge results end in 'add a LIMIT', never in bad_alloc, and the project stays usable", "[wasm_api]") {
    const int h = revlab_open("{}");
    REQUIRE(h > 0);
    REQUIRE(call_module(h, {{"cmd", "run"}, {"line", "flask db upgrade"}})["exit_code"] == 0);
    const std::string too_large = "the result is larger than 16 MB; add a LIMIT (or select fewer columns)";
    // 1 GB of text over 10,000 rows.
    CHECK(error_of(call_module(h, {{"cmd", "query"},
                                   {"sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 10000) "
                                           "SELECT printf('%.*c', 100000, 'x') FROM c"}})) == too_large);
    // A value past the page's limit on one value, and one that is not: a blob is shown by its size.
    CHECK(error_of(call_module(h, {{"cmd", "query"}, {"sql", "SELECT zeroblob(1e9)"}})) ==
          "string or blob too big\n[SQL: SELECT zeroblob(1e9)]");
    auto blob = call_module(h, {{"cmd", "query"}, {"sql", "SELECT zeroblob(1000000)"}});
    CHECK(blob["rows"][0][0] == "<blob 1000000 bytes>");
    // A generated column of 5 MB per row, browsed.
    REQUIRE(call_module(h, {{"cmd", "query"},
                            {"sql", "CREATE TABLE big (id INTEGER PRIMARY KEY, s TEXT AS (printf('%.*c', 5000000, 'y')))"}})["ok"] ==
            true);
    REQUIRE(call_module(h, {{"cmd", "query"},
                            {"sql", "INSERT INTO big (id) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c "
                                    "LIMIT 10) SELECT x FROM c"}})["ok"] == true);
    CHECK(error_of(call_module(h, {{"cmd", "query"}, {"sql", "SELECT * FROM big"}})) == too_large);
    CHECK(error_of(call_module(h, {{"cmd", "rows"}, {"table", "big"}})) == too_large);
    auto page = call_module(h, {{"cmd", "rows"}, {"table", "big"}, {"limit", 2}});
    CHECK(page["rows"].size() == 2);
    CHECK(page["row_count"] == 10);
    // The project answers as before.
    auto r = call_module(h, {{"cmd", "run"}, {"line", "flask db current"}});
    CHECK(r["output"].back()["text"] == "44e3cc49892c (head)");
    revlab_close(h);
    check_healthy();
}

TEST_CASE("an endless query ends at the step budget, set per project or per request", "[wasm_api]") {
    const std::string endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c";
    const int h = revlab_open(R"({"sql_steps": 1000000})");
    REQUIRE(h > 0);
    CHECK(error_of(call_module(h, {{"cmd", "query"}, {"sql", endless}}))
              .rfind("the SQL statement ran more than 1,000,000 steps and was stopped", 0) == 0);
    CHECK(error_of(call_module(h, {{"cmd", "query"}, {"sql", endless}, {"sql_steps", 2000000}}))
              .rfind("the SQL statement ran more than 2,000,000 steps", 0) == 0);
    // The request's budget was for that request only.
    CHECK(error_of(call_module(h, {{"cmd", "query"}, {"sql", endless}}))
              .rfind("the SQL statement ran more than 1,000,000 steps", 0) == 0);
    // A command's SQL too: the dry run the page makes of a project it has just loaded.
    REQUIRE(call_module(h, {{"cmd", "write_file"},
                            {"path", "migrations/versions/e0e000000001_endless.py"},
                            {"content", "from alembic import op\nrevision = 'e0e000000001'\n"
                                        "down_revision = '44e3cc49892c'\n\ndef upgrade():\n    op.execute('" + endless +
                                            "')\n\ndef downgrade():\n    pass\n"}})["ok"] == true);
    auto d = call_module(h, {{"cmd", "dry_run"}, {"line", "flask db upgrade"}, {"sql_steps", 500000}});
    REQUIRE(d["ok"] == true);
    CHECK(d["exit_code"] == 1);
    CHECK(d["output"].dump().find("ran more than 500,000 steps") != std::string::npos);
    // Outside a migration the page's SQL box may use its own transaction; one left open ends with
    // the request.
    CHECK(call_module(h, {{"cmd", "query"}, {"sql", "BEGIN"}})["ok"] == true);
    CHECK(call_module(h, {{"cmd", "query"}, {"sql", "CREATE TABLE t (a)"}})["ok"] == true);
    CHECK(call_module(h, {{"cmd", "query"}, {"sql", "SELECT count(*) FROM t"}})["ok"] == true);
    CHECK(error_of(call_module(h, {{"cmd", "query"}, {"sql", "SELECT 1; SELECT 2"}})) ==
          "(sqlite3.ProgrammingError) You can only execute one statement at a time.\n[SQL: SELECT 1; SELECT 2]");
    revlab_close(h);
}

TEST_CASE("query binds params, and the table browser quotes the table's name", "[wasm_api]") {
    Project p(json::object());
    REQUIRE(p.call({{"cmd", "run"}, {"line", "flask db upgrade"}})["exit_code"] == 0);
    REQUIRE(p.call({{"cmd", "query"},
                    {"sql", "CREATE TABLE \"x\"\"; DROP TABLE user_visits; --\" (a)"}})["ok"] == true);
    auto q = p.call({{"cmd", "query"},
                     {"sql", "INSERT INTO user_visits (ip_address, visit_count) VALUES (?, ?)"},
                     {"params", json::array({"'); DROP TABLE user_visits; --", 4})}});
    REQUIRE(q["ok"] == true);
    auto rows = p.call({{"cmd", "rows"}, {"table", "user_visits"}});
    REQUIRE(rows["ok"] == true);
    CHECK(rows["row_count"] == 1);
    CHECK(rows["columns"][1] == "ip_address");
    CHECK(rows["rows"][0][1] == "'); DROP TABLE user_visits; --");
    auto odd = p.call({{"cmd", "rows"}, {"table", "x\"; DROP TABLE user_visits; --"}});
    CHECK(odd["ok"] == true);
    CHECK(odd["row_count"] == 0);
    CHECK(error_of(p.call({{"cmd", "rows"}, {"table", "nope"}})) == "no table named 'nope' in the database");
    CHECK(p.call({{"cmd", "query"}, {"sql", "SELECT count(*) FROM user_visits"}})["rows"][0][0] == 1);
}

TEST_CASE("restore takes a WAL-mode database, and one whose rows break its CHECK", "[wasm_api]") {
    // Restoring checked the image with PRAGMA quick_check, which also runs every CHECK on every
    // row: a zip's app.db with a slow CHECK took 24 s to load each time. A CHECK is the schema's
    // rule, not a sign of damage; rows that break it (written with the CHECK ignored) show that it
    // is not run at all now.
    Project p(json::object());
    revlab::sqlite::Database source(":memory:");
    source.exec("PRAGMA ignore_check_constraints=1; CREATE TABLE t (a INTEGER CHECK (a < 0));"
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 5000) INSERT INTO t SELECT x FROM c");
    std::string image = source.serialize();
    image[18] = image[19] = 2; // as a WAL-mode file's header says
    auto r = p.call({{"cmd", "restore"}, {"database", revlab::wasm::base64_encode(image)}});
    INFO(r.dump());
    REQUIRE(r["ok"] == true);
    CHECK(p.call({{"cmd", "query"}, {"sql", "SELECT count(*) FROM t"}})["rows"][0][0] == 5000);
}

TEST_CASE("the graph's current revisions come from the version table env.py names", "[wasm_api]") {
    Project p(json::object());
    auto env = p.call({{"cmd", "read_file"}, {"path", "migrations/env.py"}});
    REQUIRE(env["ok"] == true);
    std::string text = env["content"];
    const std::string at = "process_revision_directives=process_revision_directives,";
    REQUIRE(text.find(at) != std::string::npos);
    text.replace(text.find(at), at.size(), at + " version_table='app_revisions',");
    REQUIRE(p.call({{"cmd", "write_file"}, {"path", "migrations/env.py"}, {"content", text}})["ok"] == true);
    auto r = p.call({{"cmd", "run"}, {"line", "flask db upgrade"}});
    CHECK(r["exit_code"] == 0);
    CHECK(r["state"]["current"] == json::array({"44e3cc49892c"}));
    auto q = p.call({{"cmd", "query"}, {"sql", "SELECT version_num FROM app_revisions"}});
    CHECK(q["rows"][0][0] == "44e3cc49892c");
    CHECK(p.call({{"cmd", "query"}, {"sql", "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"}})
              ["rows"][0][0] == 0);
}

TEST_CASE("a project with SQLALCHEMY_BINDS: one database per bind, switched by the schema and data requests",
          "[wasm_api]") {
    Project p(json::object());
    // The demo's models, plus a model in a 'logs' bind.
    auto models = p.call({{"cmd", "read_file"}, {"path", "app/models.py"}});
    REQUIRE(models["ok"] == true);
    const std::string text = models["content"].get<std::string>() +
                             "\n\nclass LogLine(db.Model):\n    __bind_key__ = 'logs'\n"
                             "    id = db.Column(db.Integer, primary_key=True)\n    text = db.Column(db.Text)\n";
    REQUIRE(p.call({{"cmd", "write_file"}, {"path", "app/models.py"}, {"content", text}})["ok"] == true);
    // A new migrations folder, from Flask-Migrate's multi-database template.
    const json listing = p.call({{"cmd", "files"}}); // kept: the loop walks a part of it
    for (const auto& f : listing["files"])
        if (f["path"].get<std::string>().rfind("migrations/", 0) == 0)
            REQUIRE(p.call({{"cmd", "delete_file"}, {"path", f["path"]}})["ok"] == true);
    auto r = p.call({{"cmd", "run"}, {"line", "flask db init --multidb -d migrations2"}});
    REQUIRE(r["exit_code"] == 0);
    r = p.call({{"cmd", "run"}, {"line", "flask db migrate -d migrations2 -m both --rev-id aaa1"}});
    REQUIRE(r["exit_code"] == 0);
    std::vector<std::string> lines;
    for (const auto& l : r["output"]) lines.push_back(l["text"]);
    CHECK(std::find(lines.begin(), lines.end(), "INFO  [alembic.env] Migrating database logs") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(), "INFO  [alembic.autogenerate.compare] Detected added table 'log_line'") !=
          lines.end());
    auto file = p.call({{"cmd", "read_file"}, {"path", "migrations2/versions/aaa1_both.py"}});
    REQUIRE(file["ok"] == true);
    const std::string revision = file["content"];
    CHECK(revision.find("def upgrade(engine_name):") != std::string::npos);
    CHECK(revision.find("def upgrade_logs():\n    # ### commands auto generated by Alembic - please adjust! ###\n"
                        "    op.create_table('log_line',") != std::string::npos);

    r = p.call({{"cmd", "run"}, {"line", "flask db upgrade -d migrations2"}});
    REQUIRE(r["exit_code"] == 0);
    // The state lists the bind with its own revision; the schema and data requests name it.
    REQUIRE(r["state"]["databases"].size() == 1);
    CHECK(r["state"]["databases"][0]["key"] == "logs");
    CHECK(r["state"]["databases"][0]["name"] == "logs.db");
    CHECK(r["state"]["databases"][0]["current"] == json::array({"aaa1"}));
    CHECK(r["state"]["current"] == json::array({"aaa1"}));
    auto names = [](const json& schema) {
        std::vector<std::string> out;
        for (const auto& t : schema["tables"]) out.push_back(t["name"]);
        return out;
    };
    CHECK(names(p.call({{"cmd", "schema"}, {"database", "logs"}})) ==
          std::vector<std::string>{"alembic_version", "log_line"});
    CHECK(names(p.call({{"cmd", "schema"}})) == std::vector<std::string>{"alembic_version", "user_visits"});
    REQUIRE(p.call({{"cmd", "query"}, {"database", "logs"}, {"sql", "INSERT INTO log_line (text) VALUES ('hi')"}})["ok"] ==
            true);
    CHECK(p.call({{"cmd", "rows"}, {"database", "logs"}, {"table", "log_line"}})["row_count"] == 1);
    auto unknown = p.call({{"cmd", "schema"}, {"database", "nope"}});
    CHECK(unknown["ok"] == false);
    CHECK(unknown["error"] == "no database 'nope': the models declare the binds 'logs'");

    // A dry run leaves the bind alone; a snapshot carries it, and restore brings it back.
    auto dry = p.call({{"cmd", "dry_run"}, {"line", "flask db downgrade base -d migrations2"}});
    CHECK(dry["state"]["databases"][0]["current"] == json::array());
    CHECK(p.call({{"cmd", "state"}})["state"]["databases"][0]["current"] == json::array({"aaa1"}));
    auto snap = p.call({{"cmd", "snapshot"}});
    REQUIRE(snap["binds"].contains("logs"));
    r = p.call({{"cmd", "run"}, {"line", "flask db downgrade base -d migrations2"}});
    REQUIRE(r["exit_code"] == 0);
    CHECK(p.call({{"cmd", "schema"}, {"database", "logs"}})["tables"].size() == 1); // alembic_version only
    auto restored = p.call({{"cmd", "restore"}, {"database", snap["database"]}, {"binds", snap["binds"]}});
    REQUIRE(restored["ok"] == true);
    CHECK(restored["state"]["databases"][0]["current"] == json::array({"aaa1"}));
    CHECK(p.call({{"cmd", "rows"}, {"database", "logs"}, {"table", "log_line"}})["row_count"] == 1);
}
