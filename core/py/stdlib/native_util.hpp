// What the modules written in C++ share: making their classes (host classes whose instances are
// NativeObjs holding C++ state, or ordinary classes a script may subclass), read-only properties,
// and reading str/bytes arguments.
#pragma once

#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"

#include <string>
#include <string_view>

namespace revlab::py {

// A class whose instances the module makes (NativeObj subclasses); scripts cannot subclass it
// or set its attributes, as with CPython's types written in C. `module` names it in reprs.
Ref<ClassObj> native_class(Interp& I, const std::string& name, const std::string& module);

// A class a script may subclass (json.JSONEncoder): instances are ordinary objects, and the
// methods the module adds are C++ functions.
Ref<ClassObj> open_class(Interp& I, const std::string& name, const std::string& module,
                         std::vector<Ref<ClassObj>> bases = {});

// A read-only attribute computed by `getter`, which receives the object as args.pos[0].
void add_property(Interp& I, ClassObj& cls, const std::string& name, NativeFn getter);

// `self` as the module's C++ type T, or Python's TypeError for a method called on the wrong
// object ("descriptor 'group' for 're.Match' objects doesn't apply to a 'int' object").
template <class T>
T& native_self(Interp& I, const Value& self, std::string_view method, std::string_view type_name) {
    if (NativeObj* n = self.get<NativeObj>())
        if (T* t = dynamic_cast<T*>(n)) return *t;
    I.type_error("descriptor '" + std::string(method) + "' for '" + std::string(type_name) +
                 "' objects doesn't apply to a '" + I.type_name(self) + "' object");
}

// The text of a str (or a str subclass), or nullptr.
const std::string* str_text(const Value& v);
// The bytes of a bytes object (or a subclass), or nullptr.
const std::string* bytes_data(const Value& v);

// The data argument of an encoder, hash or checksum: bytes only ("a bytes-like object is
// required, not 'str'").
const std::string& binary_arg(Interp& I, const Value& v);
// The data argument of a decoder: bytes, or a str of ASCII characters (ValueError otherwise);
// `type_message` starts the TypeError for anything else.
std::string ascii_arg(Interp& I, const Value& v, const char* type_message);

} // namespace revlab::py
