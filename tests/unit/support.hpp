// Helpers shared by the unit suites: an in-memory project preloaded with an example (or with
// given files), a way to run console lines against it, and to read its output.
#pragma once

#include "command/context.hpp"
#include "command/dispatch.hpp"
#include "output.hpp"
#include "project/examples.hpp"
#include "project/file_tree.hpp"

#include <memory>
#include <string>
#include <vector>

namespace revlab::testing {

struct RunResult {
    int exit_code = 0;
    std::vector<std::string> lines;  // stdout and stderr interleaved, as a terminal shows them
    std::vector<std::string> stdout_lines;
    std::string text() const {
        std::string t;
        for (const auto& l : lines) t += l + "\n";
        return t;
    }
};

// One set of compiled built-in Python modules for the whole run, as the page keeps one per project:
// without it each of the catalog's hundreds of projects parsed SQLAlchemy's emulation again.
inline std::shared_ptr<py::ModuleTrees> shared_module_trees() {
    static const auto trees = std::make_shared<py::ModuleTrees>();
    return trees;
}

class TestProject {
public:
    explicit TestProject(const std::string& example = "visits") : files("/backend"), db("/backend/app.db"), ctx(files, db) {
        if (!example.empty()) project::load_example(example, files);
        // Shared: the command layer copies the context for each command.
        auto counter = std::make_shared<int>(0);
        ctx.new_revision_id = [counter] {
            static constexpr const char* ids[] = {"aaaa00000001", "bbbb00000002", "cccc00000003", "dddd00000004",
                                                  "eeee00000005", "ffff00000006", "abab00000007", "cdcd00000008"};
            return std::string(ids[(*counter)++ % 8]);
        };
        ctx.now = [] { return std::string("2026-11-24 18:37:05.025036"); };
        ctx.script_steps = 5'000'000; // hostile scripts in the catalog stop in a fraction of a second
        ctx.module_trees = shared_module_trees();
    }

    RunResult run(const std::string& line) {
        Output out;
        RunResult r;
        r.exit_code = command::run_console_line(ctx, line, out);
        for (const auto& l : out.lines()) {
            r.lines.push_back(l.text);
            if (l.stream == OutputLine::Stream::Stdout) r.stdout_lines.push_back(l.text);
        }
        return r;
    }

    sqlite::Database& database() { return db.open(); }

    project::MemoryFileTree files;
    command::MemoryDatabase db;
    command::Context ctx;
};

// Splits text into lines (no trailing empty line).
inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        out.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

} // namespace revlab::testing
