// The console (command::run_console_line) on the demo project, in memory: each input line is one
// command typed by a user, run in order, so sequences (upgrade, then downgrade -1, then stamp...)
// are explored too. Exit codes are answers; only crashes and non-Error exceptions are findings.
#include "common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace revlab;
    fuzz::MemoryProject project("visits");
    for (std::string_view line : fuzz::split(fuzz::as_text(data, size), "\n", 8)) project.run(std::string(line));
    return 0;
}
