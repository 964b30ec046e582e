// env.py runs (runtime/environment.hpp): what it configures takes effect, and what Revlab cannot run or
// apply gets one warning naming env.py's line, the command going on as under Flask-Migrate's own env.py.
// The options that take effect are held against real Flask-Migrate in tests/conformance/env_vs_flask.py.
#include "support.hpp"

#include <catch2/catch.hpp>

using revlab::testing::TestProject;

namespace {

const std::string kEnv = "migrations/env.py";

std::string env_text(TestProject& p) { return p.files.read(kEnv); }

void replace_in_env(TestProject& p, const std::string& old_text, const std::string& new_text) {
    std::string text = env_text(p);
    auto at = text.find(old_text);
    REQUIRE(at != std::string::npos);
    text.replace(at, old_text.size(), new_text);
    p.files.write(kEnv, text);
}

bool has_line(const revlab::testing::RunResult& r, const std::string& needle) {
    for (const auto& l : r.lines)
        if (l.find(needle) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("Flask-Migrate's own env.py runs without a warning", "[environment]") {
    TestProject p;
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK_FALSE(has_line(r, "revlab.env"));
    r = p.run("flask db migrate -m nothing");
    CHECK(r.exit_code == 0);
    CHECK(r.lines.back() == "INFO  [alembic.env] No changes in schema detected.");
}

TEST_CASE("an env.py that fails warns at its line and the command goes on", "[environment]") {
    TestProject p;
    replace_in_env(p, "config = context.config\n", "config = context.config\nraise RuntimeError('no vault here')\n");
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK(has_line(r, "WARNI [revlab.env] migrations/env.py:11:1: env.py stopped with RuntimeError: no vault here."));
    CHECK(has_line(r, "Running upgrade 2472b4e8b68e -> 44e3cc49892c"));
    // As under Flask-Migrate's own env.py: no file for no changes.
    r = p.run("flask db migrate -m nothing");
    CHECK(r.exit_code == 0);
    CHECK(r.lines.back() == "INFO  [alembic.env] No changes in schema detected.");
}

TEST_CASE("a module env.py imports that Revlab lacks is named, and the command goes on", "[environment]") {
    TestProject p;
    replace_in_env(p, "import logging\n", "import logging\nimport vault_client\n");
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK(has_line(r, "WARNI [revlab.env] migrations/env.py:2:1: env.py stopped with ModuleNotFoundError: No module "
                      "named 'vault_client'"));
    CHECK(has_line(r, "Running upgrade  -> 2472b4e8b68e"));
}

TEST_CASE("configure() options Revlab does not apply are named once each", "[environment]") {
    TestProject p;
    replace_in_env(p, "process_revision_directives=process_revision_directives,",
                   "process_revision_directives=process_revision_directives, render_item=lambda *a: False, "
                   "user_module_prefix='myapp.types.',");
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK(has_line(r, "context.configure(render_item=...) is not applied by Revlab yet"));
    CHECK(has_line(r, "context.configure(user_module_prefix=...) is not applied by Revlab yet"));
    CHECK(has_line(r, "WARNI [revlab.env] migrations/env.py:"));
}

TEST_CASE("an env.py that never runs the migrations is said so", "[environment]") {
    TestProject p;
    replace_in_env(p, "            context.run_migrations()\n", "            pass\n");
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK(has_line(r, "never called context.run_migrations()"));
}

TEST_CASE("a failing process_revision_directives fails migrate at its line", "[environment]") {
    TestProject p;
    replace_in_env(p, "        if getattr(config.cmd_opts, 'autogenerate', False):\n",
                   "        raise KeyError('directive')\n        if getattr(config.cmd_opts, 'autogenerate', False):\n");
    p.run("flask db upgrade");
    auto r = p.run("flask db migrate -m x");
    CHECK(r.exit_code == 1);
    CHECK(has_line(r, "KeyError: 'directive'"));
    CHECK(has_line(r, "migrations/env.py:"));
}

TEST_CASE("after a failed env.py, what scripts log still has Alembic's format", "[environment]") {
    TestProject p;
    replace_in_env(p, "config = context.config\n", "config = context.config\nraise RuntimeError('no vault here')\n");
    const std::string rev = "migrations/versions/2472b4e8b68e_initial_migration.py";
    std::string text = p.files.read(rev);
    const std::string at = "def upgrade():\n";
    text.replace(text.find(at), at.size(),
                 at + "    import logging\n    logging.getLogger('alembic.runtime.migration').warning('careful')\n");
    p.files.write(rev, text);
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK(has_line(r, "WARNI [alembic.runtime.migration] careful"));
}

TEST_CASE("a revision's __name__ is Alembic's module name, and its logger prints under it", "[environment]") {
    TestProject p;
    const std::string rev = "migrations/versions/2472b4e8b68e_initial_migration.py";
    std::string text = p.files.read(rev);
    const std::string at = "def upgrade():\n";
    text.replace(text.find(at), at.size(),
                 at + "    import logging\n    logging.getLogger(__name__).warning('named %s', __name__)\n");
    p.files.write(rev, text);
    auto r = p.run("flask db upgrade");
    CHECK(r.exit_code == 0);
    CHECK(has_line(r, "WARNI [2472b4e8b68e_initial_migration_py] named 2472b4e8b68e_initial_migration_py"));
}
