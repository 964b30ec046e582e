// revlab_bench: two native helpers for bench/run that the CLI cannot be.
//
//   revlab_bench sql DB FILE...   runs each SQL file on DB (a path or :memory:) with Revlab's own SQLite build:
//                                 the raw-SQL floor with the same SQLite version and options as Revlab (Debian's
//                                 sqlite3 CLI is an older SQLite, so it is a floor for a different engine).
//   revlab_bench api DIR LINE...  the wasm module's JSON API (wasm/project_api.cpp), compiled natively: opens a
//                                 project from DIR's files, in memory, as bench/wasm_driver.mjs does in node, and
//                                 runs each console line ("flask db upgrade") on an in-memory database. Paired with
//                                 that script, it prices the wasm engine against native on the very same code path.
//
// Both print "ms <label> <milliseconds>" lines on stderr for the in-process time; exit 1 on any failure.
#include "api.hpp"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int run_sql(const std::string& db_path, const std::vector<std::string>& files) {
    sqlite3* db = nullptr;
    if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) {
        std::cerr << "cannot open " << db_path << "\n";
        return 1;
    }
    int rc = 0;
    for (const auto& f : files) {
        auto t0 = Clock::now();
        char* err = nullptr;
        if (sqlite3_exec(db, slurp(f).c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            std::cerr << f << ": " << (err ? err : "error") << "\n";
            sqlite3_free(err);
            rc = 1;
            break;
        }
        std::cerr << "ms " << std::filesystem::path(f).filename().string() << " " << ms_since(t0) << "\n";
    }
    sqlite3_close(db);
    return rc;
}

// The project's files as the page would hold them: everything but the database, caches and bench output.
nlohmann::json project_files(const std::filesystem::path& dir) {
    nlohmann::json files = nlohmann::json::object();
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        auto rel = std::filesystem::relative(e.path(), dir).generic_string();
        auto ext = e.path().extension().string();
        if (rel.find("__pycache__") != std::string::npos || ext == ".db" || ext == ".sql" || ext == ".pyc") continue;
        files[rel] = slurp(e.path());
    }
    return files;
}

int run_api(const std::string& dir, const std::vector<std::string>& lines) {
    // Through JSON text both ways, as revlab_open/revlab_call do in the module.
    auto t0 = Clock::now();
    std::string options = nlohmann::json{{"files", project_files(dir)}}.dump();
    revlab::wasm::Project project(nlohmann::json::parse(options));
    std::cerr << "ms open " << ms_since(t0) << "\n";
    for (const auto& line : lines) {
        auto t1 = Clock::now();
        std::string request = nlohmann::json{{"cmd", "run"}, {"line", line}}.dump();
        std::string reply = project.call(nlohmann::json::parse(request)).dump(-1, ' ', false,
                                                                               nlohmann::json::error_handler_t::replace);
        auto parsed = nlohmann::json::parse(reply);
        std::cerr << "ms " << line << " " << ms_since(t1) << "\n";
        if (!parsed.value("ok", false) || parsed.value("exit_code", 1) != 0) {
            std::cerr << line << " failed: " << reply.substr(0, 2000) << "\n";
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() >= 2 && args[0] == "sql") return run_sql(args[1], {args.begin() + 2, args.end()});
        if (args.size() >= 2 && args[0] == "api") return run_api(args[1], {args.begin() + 2, args.end()});
    } catch (const std::exception& e) {
        std::cerr << "revlab_bench: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "usage: revlab_bench sql DB FILE... | revlab_bench api DIR LINE...\n";
    return 2;
}
