// The interpreter (py::Interp): any bytes run as a Python program must end in one of the
// answers a script can get: it finishes, raises a Python exception (a traceback), or is stopped
// by the sandbox (step budget, recursion, memory, a refused name) with a located message.
// run_main turns all of those into an exit status; anything else escaping it (a C++ exception
// other than revlab::Error, a crash, a sanitizer report, a hang, a leak) is a finding.
//
// The limits are small so that each input ends in milliseconds: a loop meant to run forever
// meets the step budget, a deep recursion the frame limit, a big allocation the memory cap.
#include "common.hpp"

#include "py/run_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace revlab;
    const std::string source(fuzz::as_text(data, size));
    py::Limits limits;
    // 5,000 steps and 50 frames: each RecursionError's throw makes ASan unpoison the whole C++ stack
    // beneath it (an mmap of its shadow), so a program that catches the error and recurses again
    // (the hostile corpus's recursion_caught_and_retried.py) took 12 s alone at 20,000 steps and
    // 100 frames, past libFuzzer's 10 s with the other targets running; now 0.6 s.
    limits.steps = 5'000;
    // 8 MiB, not more: a string doubled by str.replace() until the cap stops it is native work in
    // proportion to the cap, and at 32 MiB (the hostile corpus's memory_replace_explosion.py) it
    // took longer than libFuzzer's 10 s under the sanitizers.
    limits.memory = 8u << 20;
    limits.recursion = 50;
    py::Host host;
    // Built-in modules (datetime, json, ...) are compiled once for the whole run, as a project
    // keeps them; each input still gets a new interpreter.
    static const auto trees = std::make_shared<py::ModuleTrees>();
    host.trees = trees;
    std::size_t printed = 0;
    host.out = [&](std::string_view text) { printed += text.size(); };
    host.err = [&](std::string_view text) { printed += text.size(); };
    // A project module the program may import: `import helper`.
    host.read_file = [](const std::string& path) -> std::optional<std::string> {
        if (path == "helper.py") return std::string("def twice(x):\n    return x * 2\nVALUE = [1, 'two', 3.0]\n");
        return std::nullopt;
    };
    fuzz::expect_errors([&] { (void)py::run_main("fuzz.py", source, std::move(host), limits); });
    return 0;
}
