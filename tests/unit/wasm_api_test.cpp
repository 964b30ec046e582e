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
