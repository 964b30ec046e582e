#include "py/stdlib/native.hpp"

namespace revlab::py {

void register_host_module(Interp& I);   // host_module.cpp
void register_frames_module(Interp& I); // frames_module.cpp
void register_files_module(Interp& I);  // files_module.cpp
void register_inspect_module(Interp& I); // inspect_module.cpp
void register_re_module(Interp& I);       // re_module.cpp: re (the engine: regex_*.cpp)
void register_json_module(Interp& I);     // json_module.cpp: json, json.encoder, json.decoder
void register_io_module(Interp& I);       // io_module.cpp: io.StringIO, io.BytesIO
void register_hashlib_modules(Interp& I); // hashlib_module.cpp: hashlib, hmac
void register_binascii_modules(Interp& I); // binascii_module.cpp: binascii, zlib
void register_base64_module(Interp& I);   // base64_module.cpp
void register_math_module(Interp& I);     // math_module.cpp
void register_struct_module(Interp& I);   // struct_module.cpp

void register_native_modules(Interp& I) {
    register_host_module(I);
    register_frames_module(I);
    register_files_module(I);
    register_inspect_module(I);
    register_re_module(I);
    register_json_module(I);
    register_io_module(I);
    register_hashlib_modules(I);
    register_binascii_modules(I);
    register_base64_module(I);
    register_math_module(I);
    register_struct_module(I);
}

} // namespace revlab::py
