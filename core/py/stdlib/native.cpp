#include "py/stdlib/native.hpp"

namespace revlab::py {

void register_host_module(Interp& I); // host_module.cpp

void register_native_modules(Interp& I) {
    register_host_module(I);
}

} // namespace revlab::py
