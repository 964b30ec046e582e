// The CLI checks before it reads: a file that is not a regular one (a FIFO, /dev/zero behind a
// symlink) is refused without waiting on it, and a file over its limit is refused from its size,
// without reading it (a 1 GB sparse revision file took 27 s and 2 GB of memory; a FIFO in
// versions/ hung).
#include "support.hpp"

#include "command/alembic_ini.hpp"
#include "py/lexer.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>

#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using revlab::project::DiskFileTree;

namespace {

// A copy of the demo project on disk, removed at the end.
struct DiskProject {
    fs::path root;
    DiskProject() {
        root = fs::temp_directory_path() / ("revlab_files_" + std::to_string(::getpid()));
        fs::remove_all(root);
        revlab::testing::TestProject demo;
        for (const auto& f : demo.files.all_files()) {
            fs::create_directories((root / f).parent_path());
            std::ofstream(root / f, std::ios::binary) << demo.files.read(f);
        }
    }
    ~DiskProject() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    revlab::testing::RunResult run(const std::string& line) {
        DiskFileTree files(root.string());
        revlab::command::FileDatabase db((root / "app.db").string());
        revlab::command::Context ctx{files, db};
        revlab::Output out;
        revlab::testing::RunResult r;
        r.exit_code = revlab::command::run_console_line(ctx, line, out);
        for (const auto& l : out.lines()) r.lines.push_back(l.text);
        return r;
    }
};

std::string error_of(const std::function<void()>& run) {
    try {
        run();
    } catch (const revlab::Error& e) {
        return e.what();
    }
    return "";
}

// A file of `size` bytes that takes no disk space.
void sparse_file(const fs::path& path, std::uintmax_t size) {
    std::ofstream(path, std::ios::binary) << "";
    fs::resize_file(path, size);
}

} // namespace

TEST_CASE("a file over its limit is refused from its size, in milliseconds, without reading it", "[project]") {
    DiskProject p;
    DiskFileTree tree(p.root.string());
    const auto start = std::chrono::steady_clock::now();
    sparse_file(p.root / "migrations/versions/huge_revision.py", std::uintmax_t{1} << 30);
    CHECK(error_of([&] { tree.read("migrations/versions/huge_revision.py", revlab::py::kMaxSourceBytes); }) ==
          "migrations/versions/huge_revision.py:1:1: the file is too large (1073741824 bytes); Revlab reads files of up "
          "to 4 MiB");
    // Through a command: the history stops at the file, with its name.
    auto r = p.run("flask db history");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("huge_revision.py:1:1: the file is too large (1073741824 bytes)") != std::string::npos);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    // A file at the limit is read whole; one byte past it is not.
    std::ofstream(p.root / "at_limit.txt", std::ios::binary) << std::string(1000, 'x');
    CHECK(tree.read("at_limit.txt", 1000).size() == 1000);
    CHECK_THROWS_WITH(tree.read("at_limit.txt", 999), Catch::Contains("the file is too large (1000 bytes)"));
}

TEST_CASE("alembic.ini, models.py and script.py.mako have limits too", "[project]") {
    DiskProject p;
    fs::resize_file(p.root / "migrations/alembic.ini", revlab::command::kMaxIniBytes + 1);
    auto r = p.run("flask db revision -m next");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("migrations/alembic.ini:1:1: the file is too large (1048577 bytes); Revlab reads files of up "
                        "to 1 MiB") != std::string::npos);
    std::ofstream(p.root / "migrations/alembic.ini") << "[alembic]\n";
    // (2 GB ones took past 60 s; 1 GiB stays within what the wasm build's file calls can size.)
    sparse_file(p.root / "migrations/script.py.mako", (std::uintmax_t{1} << 30) + 1);
    r = p.run("flask db revision -m next");
    INFO(r.text());
    CHECK(r.text().find("script.py.mako:1:1: the file is too large (1073741825 bytes)") != std::string::npos);
    sparse_file(p.root / "app/models.py", (std::uintmax_t{1} << 30) + 1);
    r = p.run("flask db migrate -m next");
    INFO(r.text());
    CHECK(r.text().find("app/models.py:1:1: the file is too large (1073741825 bytes)") != std::string::npos);
}

#ifndef __EMSCRIPTEN__ // FIFOs and devices are the native CLI's
TEST_CASE("a FIFO or a device is refused without being opened for long", "[project]") {
    DiskProject p;
    DiskFileTree tree(p.root.string());
    REQUIRE(::mkfifo((p.root / "migrations/versions/fifo.py").c_str(), 0600) == 0);
    CHECK(error_of([&] { tree.read("migrations/versions/fifo.py"); }) ==
          "cannot read '" + (p.root / "migrations/versions/fifo.py").string() +
              "': it is not a regular file (a FIFO); Revlab reads only regular files");
    auto r = p.run("flask db heads");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("fifo.py': it is not a regular file (a FIFO)") != std::string::npos);
    fs::remove(p.root / "migrations/versions/fifo.py");

    fs::remove(p.root / "migrations/alembic.ini");
    fs::create_symlink("/dev/zero", p.root / "migrations/alembic.ini");
    r = p.run("flask db revision -m next");
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("alembic.ini': it is not a regular file (a character device)") != std::string::npos);

    // The database too: SQLite would wait on a FIFO.
    REQUIRE(::mkfifo((p.root / "fifo.db").c_str(), 0600) == 0);
    DiskFileTree files(p.root.string());
    revlab::command::FileDatabase db((p.root / "fifo.db").string());
    CHECK_THROWS_WITH(db.open(), Catch::Contains("it is not a regular file (a FIFO)"));
}
#endif
