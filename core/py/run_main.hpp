// Running one Python file as `python FILE` does (the CLI's `revlab python FILE`, and the
// conformance suite that holds the interpreter against /usr/bin/python3): print() to out, an
// uncaught exception's traceback to err and exit status 1, a sandbox stop as a located error.
#pragma once

#include "py/runtime/interp.hpp"

#include <string>

namespace revlab::py {

// Returns the exit status: 0, or 1 after an uncaught exception or a sandbox stop.
// `setup` runs on the new interpreter first (to install the modules of layers above this one).
int run_main(const std::string& path, std::string text, Host host, Limits limits = {},
             const std::function<void(Interp&)>& setup = {});

} // namespace revlab::py
