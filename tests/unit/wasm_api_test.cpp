// The wasm_api suite: the JSON API the page talks to (wasm/API.md), exercised directly.
#include "api.hpp"

#include <catch2/catch.hpp>

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
