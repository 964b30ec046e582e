// The Python-subset parser (py::parse): any bytes must give a tree or a located revlab::Error.
// Its output is also walked by lexer::describe/printable, which error messages are built from.
#include "common.hpp"

#include "py/lexer.hpp"
#include "py/parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace revlab;
    const std::string_view source = fuzz::as_text(data, size);
    fuzz::expect_errors([&] {
        py::Module module = py::parse(source, "fuzz.py");
        (void)module;
    });
    (void)py::printable(source.substr(0, 64));
    return 0;
}
