// The `base64` module: Base64 (standard and URL-safe alphabets), Base32, Base16 and the MIME
// line-wrapped forms, over binary_codecs.hpp; errors are binascii.Error, as in Python.
#include "py/stdlib/binary_codecs.hpp"
#include "py/stdlib/native.hpp"
#include "py/stdlib/native_util.hpp"

namespace revlab::py {

namespace {

const char* const kDecodeMessage = "argument should be a bytes-like object or ASCII string";

Value error_raise(Interp& I, const Value& error_cls, binary::Decoded d) {
    if (!d.error.empty()) I.raise(error_cls.as<ClassObj>(), d.error);
    return I.bytes(std::move(d.data));
}

std::string translate(std::string s, const std::string& from, const std::string& to) {
    for (char& c : s)
        for (std::size_t k = 0; k < from.size(); ++k)
            if (c == from[k]) {
                c = to[k];
                break;
            }
    return s;
}

// altchars: two characters replacing '+' and '/'.
std::string altchars(Interp& I, const Value& v) {
    std::string alt = ascii_arg(I, v, kDecodeMessage);
    if (alt.size() != 2) I.raise("AssertionError", I.repr(v));
    return alt;
}

Value b64encode(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "b64encode", {"s", "altchars="});
    std::string out = binary::b64_encode(binary_arg(I, a[0]), false);
    if (a.has(1) && !a[1].is_none()) {
        const std::string* alt = bytes_data(a[1]);
        if (alt == nullptr) I.type_error("a bytes-like object is required, not '" + I.type_name(a[1]) + "'");
        if (alt->size() != 2) I.raise("AssertionError", I.repr(a[1]));
        out = translate(std::move(out), "+/", *alt);
    }
    return I.bytes(std::move(out));
}

Value b64decode(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "b64decode", {"s", "altchars=", "validate="});
    std::string s = ascii_arg(I, a[0], kDecodeMessage);
    if (a.has(1) && !a[1].is_none()) s = translate(std::move(s), altchars(I, a[1]), "+/");
    return error_raise(I, err, binary::b64_decode(s, a.has(2) && I.truthy(a[2])));
}

Value standard_b64encode(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "standard_b64encode", {"s"});
    return I.bytes(binary::b64_encode(binary_arg(I, a[0]), false));
}

Value standard_b64decode(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "standard_b64decode", {"s"});
    return error_raise(I, err, binary::b64_decode(ascii_arg(I, a[0], kDecodeMessage), false));
}

Value urlsafe_b64encode(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "urlsafe_b64encode", {"s"});
    return I.bytes(translate(binary::b64_encode(binary_arg(I, a[0]), false), "+/", "-_"));
}

Value urlsafe_b64decode(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "urlsafe_b64decode", {"s"});
    const std::string s = translate(ascii_arg(I, a[0], kDecodeMessage), "-_", "+/");
    return error_raise(I, err, binary::b64_decode(s, false));
}

Value b32encode(Interp& I, const Value&, CallArgs& args, const Value& hex) {
    Args a(I, args, hex.as_bool() ? "b32hexencode" : "b32encode", {"s"});
    return I.bytes(binary::b32_encode(binary_arg(I, a[0]), hex.as_bool()));
}

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

// data: (binascii.Error, hex alphabet?)
Value b32decode(Interp& I, const Value&, CallArgs& args, const Value& data) {
    const Value err = data.as<TupleObj>()->items[0];
    const bool hex = data.as<TupleObj>()->items[1].as_bool();
    Args a(I, args, hex ? "b32hexdecode" : "b32decode", {"s", "casefold=", "map01="});
    std::string s = ascii_arg(I, a[0], kDecodeMessage);
    if (s.size() % 8) I.raise(err.as<ClassObj>(), "Incorrect padding");
    if (!hex && a.has(2) && !a[2].is_none()) {
        const std::string map01 = ascii_arg(I, a[2], kDecodeMessage);
        if (map01.size() != 1) I.raise("AssertionError", I.repr(a[2]));
        s = translate(std::move(s), "01", "O" + map01);
    }
    if (a.has(1) && I.truthy(a[1])) s = upper(std::move(s));
    return error_raise(I, err, binary::b32_decode(s, hex));
}

Value b16encode(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "b16encode", {"s"});
    return I.bytes(binary::hex_encode(binary_arg(I, a[0]), true));
}

Value b16decode(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "b16decode", {"s", "casefold="});
    std::string s = ascii_arg(I, a[0], kDecodeMessage);
    if (a.has(1) && I.truthy(a[1])) s = upper(std::move(s));
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            I.raise(err.as<ClassObj>(), "Non-base16 digit found");
    return error_raise(I, err, binary::hex_decode(s));
}

// encodebytes: lines of 76 characters (57 bytes), each ending in a newline.
Value encodebytes(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "encodebytes", {"s"});
    const std::string& data = binary_arg(I, a[0]);
    std::string out;
    for (std::size_t i = 0; i < data.size(); i += 57)
        out += binary::b64_encode(std::string_view(data).substr(i, 57), true);
    return I.bytes(std::move(out));
}

Value decodebytes(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "decodebytes", {"s"});
    return error_raise(I, err, binary::b64_decode(binary_arg(I, a[0]), false));
}

void init_base64(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    const Value* err_ptr = I.import_module("binascii")->dict->find("Error");
    const Value err = err_ptr ? *err_ptr : Value(I.t.exc("ValueError"));
    d.set(I, "b64encode", I.builtin("b64encode", b64encode));
    d.set(I, "b64decode", I.builtin("b64decode", b64decode, Value(), err));
    d.set(I, "standard_b64encode", I.builtin("standard_b64encode", standard_b64encode));
    d.set(I, "standard_b64decode", I.builtin("standard_b64decode", standard_b64decode, Value(), err));
    d.set(I, "urlsafe_b64encode", I.builtin("urlsafe_b64encode", urlsafe_b64encode));
    d.set(I, "urlsafe_b64decode", I.builtin("urlsafe_b64decode", urlsafe_b64decode, Value(), err));
    d.set(I, "b32encode", I.builtin("b32encode", b32encode, Value(), Value::boolean(false)));
    d.set(I, "b32hexencode", I.builtin("b32hexencode", b32encode, Value(), Value::boolean(true)));
    d.set(I, "b32decode", I.builtin("b32decode", b32decode, Value(), I.tuple({err, Value::boolean(false)})));
    d.set(I, "b32hexdecode",
          I.builtin("b32hexdecode", b32decode, Value(), I.tuple({err, Value::boolean(true)})));
    d.set(I, "b16encode", I.builtin("b16encode", b16encode));
    d.set(I, "b16decode", I.builtin("b16decode", b16decode, Value(), err));
    d.set(I, "encodebytes", I.builtin("encodebytes", encodebytes));
    d.set(I, "decodebytes", I.builtin("decodebytes", decodebytes, Value(), err));
}

} // namespace

void register_base64_module(Interp& I) {
    I.add_native_module("base64", init_base64);
}

} // namespace revlab::py
