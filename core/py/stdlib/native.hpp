// The standard modules written in C++ (one file each in this folder), registered by
// register_native_modules(). Internal to core/py.
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

void register_native_modules(Interp& I);

} // namespace revlab::py
