// What the fuzz targets share: how one input becomes several files or lines, and an in-memory
// project like the one the page and the unit suites use. Only revlab::Error is an expected
// outcome; any other exception escapes to libFuzzer, which reports it as a crash.
#pragma once

#include "command/context.hpp"
#include "command/dispatch.hpp"
#include "error.hpp"
#include "output.hpp"
#include "project/examples.hpp"
#include "project/file_tree.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace revlab::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Splits at each `separator`, keeping at most `max_parts` parts (the last one takes the rest):
// a separator that is itself valid Python (a comment line) lets mutations cross it harmlessly.
inline std::vector<std::string_view> split(std::string_view text, std::string_view separator, std::size_t max_parts) {
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < max_parts) {
        std::size_t at = text.find(separator);
        if (at == std::string_view::npos) break;
        parts.push_back(text.substr(0, at));
        text.remove_prefix(at + separator.size());
    }
    parts.push_back(text);
    return parts;
}

// Runs `f`, treating revlab::Error as a normal answer.
template <typename F> void expect_errors(F&& f) {
    try {
        f();
    } catch (const Error&) {
    }
}

// An in-memory project with deterministic ids and clock (the fuzzer must be able to replay).
struct MemoryProject {
    explicit MemoryProject(const std::string& example) {
        if (!example.empty()) project::load_example(example, files);
        auto counter = std::make_shared<int>(0);
        ctx.new_revision_id = [counter] { return "f0000000000" + std::to_string((*counter)++ % 10); };
        ctx.now = [] { return std::string("2026-01-01 00:00:00.000000"); };
        // Endless SQL (a recursive WITH without a LIMIT) and endless Python (while True) must end
        // well inside libFuzzer's timeout.
        db.set_step_budget(kSqlSteps);
        ctx.script_steps = kScriptSteps;
        // The built-in Python modules are compiled once for the run, as a project keeps them.
        static const auto trees = std::make_shared<py::ModuleTrees>();
        ctx.module_trees = trees;
    }

    static constexpr std::uint64_t kSqlSteps = 2'000'000;
    static constexpr std::uint64_t kScriptSteps = 200'000;

    int run(const std::string& line) {
        Output out;
        return command::run_console_line(ctx, line, out);
    }

    project::MemoryFileTree files{"/backend"};
    command::MemoryDatabase db{"/backend/app.db"};
    command::Context ctx{files, db};
};

} // namespace revlab::fuzz
