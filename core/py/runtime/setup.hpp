// The parts of an interpreter's start: builtin types and their methods, the builtins namespace,
// and the standard modules. Each is implemented in its own file. Internal to runtime/.
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

void setup_types(Interp& I);            // types.cpp: type, object, the builtin types, the exceptions
void setup_builtins(Interp& I);         // builtins.cpp: len, print, sorted, ...
void setup_standard_modules(Interp& I); // ../stdlib/modules.cpp: sys, json, re, datetime, ...

// Methods of the builtin types, one file each.
void install_object_methods(Interp& I);  // methods_object.cpp: object, type, descriptors, exceptions
void install_constructors(Interp& I);    // constructors.cpp: int(), str(), list(), ... as __new__/__init__
void install_str_methods(Interp& I);     // methods_str.cpp
void install_bytes_methods(Interp& I);   // methods_bytes.cpp
void install_bytes_text_methods(Interp& I); // methods_bytes_text.cpp: the methods that mirror str's
void install_number_methods(Interp& I);  // methods_number.cpp
void install_list_methods(Interp& I);    // methods_list.cpp: list and tuple
void install_dict_methods(Interp& I);    // methods_dict.cpp: dict and its views
void install_set_methods(Interp& I);     // methods_set.cpp: set and frozenset
void install_range_methods(Interp& I);  // methods_range.cpp: range and slice
void install_generator_methods(Interp& I); // gen_methods.cpp: iterators' and generators' __next__, send, throw, close
void install_dunder_methods(Interp& I);  // methods_dunder.cpp: int.__add__, str.__lt__, ... (last)

} // namespace revlab::py
