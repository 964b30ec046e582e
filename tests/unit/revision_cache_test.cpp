// The revision header cache (command/revision_cache.hpp) on a real folder: it is used when the
// files are unchanged, noticed when they change, never trusted when damaged, and never the reason a
// command fails. Disk only: the wasm build's trees live in memory and are never cached.
#ifndef __EMSCRIPTEN__

#include "command/context.hpp"
#include "command/dispatch.hpp"
#include "command/revision_cache.hpp"
#include "project/examples.hpp"
#include "project/file_tree.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace revlab;

namespace {

// The demo in a fresh folder, its files dated an hour back (older than the cache's two seconds).
struct DiskProject {
    DiskProject() {
        static int counter = 0;
        dir = fs::temp_directory_path() / ("revlab-cache-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(dir);
        fs::create_directories(dir);
        files = std::make_unique<project::DiskFileTree>(dir.string());
        project::load_example("visits", *files);
        age_all();
        db = std::make_unique<command::FileDatabase>((dir / "app.db").string());
        ctx = std::make_unique<command::Context>(*files, *db);
        ctx->new_revision_id = [] { return std::string("cace00000001"); };
        ctx->now = [] { return std::string("2026-11-24 18:37:05.025036"); };
    }
    ~DiskProject() {
        std::error_code ec;
        fs::permissions(versions() / "__pycache__", fs::perms::owner_all, ec);
        fs::remove_all(dir, ec);
    }
    fs::path versions() const { return dir / "migrations/versions"; }
    fs::path cache() const { return versions() / "__pycache__/revlab-revisions.cache"; }
    void age_all() {
        for (const auto& e : fs::directory_iterator(versions()))
            if (e.path().extension() == ".py") age(e.path(), std::chrono::hours(1));
    }
    static void age(const fs::path& p, std::chrono::seconds by) {
        fs::last_write_time(p, fs::file_time_type::clock::now() - by);
    }
    std::pair<int, std::string> run(const std::string& line) {
        Output out;
        int code = command::run_console_line(*ctx, line, out);
        std::string text;
        for (const auto& l : out.lines()) text += l.text + "\n";
        return {code, text};
    }
    std::string read_cache() const { return files->read("migrations/versions/__pycache__/revlab-revisions.cache"); }

    fs::path dir;
    std::unique_ptr<project::DiskFileTree> files;
    std::unique_ptr<command::FileDatabase> db;
    std::unique_ptr<command::Context> ctx;
};

const char* kAddVisitCount = "44e3cc49892c_add_visit_count_field.py";

} // namespace

TEST_CASE("unchanged revision files are listed from the cache, and their bodies still run", "[command]") {
    DiskProject p;
    auto first = p.run("flask db history");
    REQUIRE(first.first == 0);
    REQUIRE(fs::exists(p.cache()));
    CHECK(p.read_cache().find("44e3cc49892c\t2472b4e8b68e") != std::string::npos);
    // The same answer from the cache; then upgrade parses the bodies it runs, from the files.
    CHECK(p.run("flask db history") == first);
    auto up = p.run("flask db upgrade");
    CHECK(up.first == 0);
    CHECK(up.second.find("Running upgrade 2472b4e8b68e -> 44e3cc49892c") != std::string::npos);
    CHECK(p.run("flask db current").second.find("44e3cc49892c (head)") != std::string::npos);
    CHECK(p.run("flask db downgrade base").first == 0);
}

TEST_CASE("a changed revision file is read again, and a new one just written is not cached yet", "[command]") {
    DiskProject p;
    REQUIRE(p.run("flask db history").first == 0);
    const auto file = p.versions() / kAddVisitCount;
    std::string text = p.files->read("migrations/versions/" + std::string(kAddVisitCount));
    text.replace(text.find("add visit_count field"), 21, "count the visits");
    p.files->write("migrations/versions/" + std::string(kAddVisitCount), text);
    DiskProject::age(file, std::chrono::seconds(30));
    CHECK(p.run("flask db history").second.find("count the visits") != std::string::npos);

    // A revision written now: listed, but kept out of the cache until it is two seconds old.
    REQUIRE(p.run("flask db revision -m \"fresh\"").first == 0);
    CHECK(p.run("flask db heads").second.find("cace00000001 (head)") != std::string::npos);
    CHECK(p.read_cache().find("cace00000001") == std::string::npos);
}

TEST_CASE("a damaged cache is ignored, a broken file is reported every time, a read-only cache is no error",
          "[command]") {
    DiskProject p;
    auto good = p.run("flask db history");
    REQUIRE(good.first == 0);
    // Cut short (no "end" line) or garbage: ignored, and rewritten.
    std::string cache = p.read_cache();
    p.files->write("migrations/versions/__pycache__/revlab-revisions.cache", cache.substr(0, cache.size() / 2));
    CHECK(p.run("flask db history") == good);
    p.files->write("migrations/versions/__pycache__/revlab-revisions.cache", "revlab-revisions 1\nx\ty\nend 1\n");
    CHECK(p.run("flask db history") == good);
    CHECK(p.read_cache() == cache);

    // A syntax error is never cached away: every command reports it.
    const std::string path = "migrations/versions/" + std::string(kAddVisitCount);
    const std::string original = p.files->read(path);
    p.files->write(path, original + "\ndef broken(:\n");
    DiskProject::age(p.versions() / kAddVisitCount, std::chrono::seconds(30));
    for (int i = 0; i < 2; ++i) {
        auto r = p.run("flask db heads");
        CHECK(r.first == 1);
        CHECK(r.second.find(kAddVisitCount) != std::string::npos);
    }
    p.files->write(path, original);
    DiskProject::age(p.versions() / kAddVisitCount, std::chrono::seconds(20));

    // A cache folder that cannot be written: the commands work as before.
    // (Root writes there anyway; the check is for everyone else.)
    fs::remove(p.cache());
    fs::permissions(p.versions() / "__pycache__", fs::perms::owner_read | fs::perms::owner_exec);
    CHECK(p.run("flask db history") == good);
    CHECK(p.run("flask db history") == good);
}

#endif
