// The project suite: the project's files in memory and on disk, path safety, and the embedded
// example projects.
#include "project/examples.hpp"
#include "project/file_tree.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>

using namespace revlab;

TEST_CASE("a memory tree holds files and folders", "[project]") {
    project::MemoryFileTree t("/backend");
    t.write("migrations/versions/b.py", "b");
    t.write("migrations/versions/a.py", "a");
    t.write("app/models.py", "m");
    CHECK(t.read("migrations/versions/a.py") == "a");
    CHECK(t.is_dir("migrations"));
    CHECK(t.is_dir("migrations/versions"));
    CHECK(t.list("migrations/versions") == std::vector<std::string>{"a.py", "b.py"});
    CHECK(t.list("") == std::vector<std::string>{"app", "migrations"});
    CHECK(t.display_path("app/models.py") == "/backend/app/models.py");
    t.remove("migrations/versions/a.py");
    CHECK_FALSE(t.exists("migrations/versions/a.py"));
    CHECK_THROWS_WITH(t.read("nope.py"), Catch::Contains("No such file"));
}

TEST_CASE("paths are normalised and may not leave the project", "[project]") {
    CHECK(project::normalize_path("./a//b/./c.py") == "a/b/c.py");
    CHECK(project::normalize_path("/a/b") == "a/b");
    CHECK_THROWS_WITH(project::normalize_path("a/../../etc/passwd"), Catch::Contains("outside the project"));
    project::MemoryFileTree t;
    CHECK_THROWS(t.write("../x", "y"));
}

TEST_CASE("a disk tree reads and writes under its root", "[project]") {
    auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    auto dir = std::filesystem::temp_directory_path() / ("revlab-project-test-" + std::to_string(stamp));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    project::DiskFileTree t(dir.string());
    t.write("migrations/versions/x.py", "hello");
    CHECK(t.read("migrations/versions/x.py") == "hello");
    CHECK(t.is_dir("migrations/versions"));
    CHECK(t.list("migrations/versions") == std::vector<std::string>{"x.py"});
    CHECK(t.display_path("app.db") == dir.string() + "/app.db");
    CHECK(t.all_files() == std::vector<std::string>{"migrations/versions/x.py"});
    t.remove("migrations/versions/x.py");
    CHECK_FALSE(t.exists("migrations/versions/x.py"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("the demo project is embedded whole", "[project]") {
    auto names = project::example_names();
    CHECK(std::find(names.begin(), names.end(), "visits") != names.end());
    project::MemoryFileTree t;
    project::load_example("visits", t);
    for (const char* f : {"main.py", "app/models.py", "migrations/alembic.ini", "migrations/env.py",
                          "migrations/script.py.mako", "migrations/README.md",
                          "migrations/versions/2472b4e8b68e_initial_migration.py",
                          "migrations/versions/44e3cc49892c_add_visit_count_field.py"})
        CHECK(t.exists(f));
    CHECK(t.read("migrations/README.md").find("数据库迁移操作指南") != std::string::npos);
    CHECK_THROWS(project::load_example("nope", t));
}
