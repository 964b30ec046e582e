#include "py/stdlib/native.hpp"

namespace revlab::py {

void register_host_module(Interp& I);   // host_module.cpp
void register_frames_module(Interp& I); // frames_module.cpp
void register_files_module(Interp& I);  // files_module.cpp
void register_inspect_module(Interp& I); // inspect_module.cpp

void register_native_modules(Interp& I) {
    register_host_module(I);
    register_frames_module(I);
    register_files_module(I);
    register_inspect_module(I);
}

} // namespace revlab::py
