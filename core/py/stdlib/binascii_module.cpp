// The `binascii` and `zlib` (checksums only) modules over binary_codecs.hpp, with CPython's
// argument rules: encoders take bytes, decoders take bytes or an ASCII str.
#include "py/stdlib/binary_codecs.hpp"
#include "py/stdlib/native.hpp"
#include "py/stdlib/native_util.hpp"

namespace revlab::py {

namespace {

const char* const kBufferMessage = "argument should be bytes, buffer or ASCII string";

ClassObj* error_class(const Value& data) {
    return data.as<ClassObj>();
}

Value decoded(Interp& I, const Value& error_cls, binary::Decoded d) {
    if (!d.error.empty()) I.raise(error_class(error_cls), d.error);
    return I.bytes(std::move(d.data));
}

// hexlify(data, sep=..., bytes_per_sep=1): sep between groups of bytes_per_sep bytes, counted
// from the right (from the left when negative).
Value binascii_hexlify(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "hexlify", {"data", "sep=", "bytes_per_sep="});
    const std::string hex = binary::hex_encode(binary_arg(I, a[0]));
    if (!a.has(1) || a[1].is_none()) return I.bytes(hex);
    const std::string* sep = str_text(a[1]);
    if (sep == nullptr) sep = bytes_data(a[1]);
    if (sep == nullptr) I.type_error("sep must be str or bytes.");
    if (sep->size() != 1) I.value_error("sep must be length 1.");
    const std::int64_t per = a.has(2) ? I.index(a[2], "bytes_per_sep") : 1;
    if (per == 0) return I.bytes(hex);
    const std::size_t group = static_cast<std::size_t>(per < 0 ? -per : per) * 2;
    std::string out;
    const std::size_t n = hex.size();
    const std::size_t first = per > 0 ? (n % group == 0 ? group : n % group) : group;
    for (std::size_t i = 0; i < n;) {
        const std::size_t take = i == 0 ? std::min(first, n) : std::min(group, n - i);
        if (i > 0) out += (*sep)[0];
        out.append(hex, i, take);
        i += take;
    }
    return I.bytes(std::move(out));
}

Value binascii_unhexlify(Interp& I, const Value&, CallArgs& args, const Value& error_cls) {
    Args a(I, args, "unhexlify", {"hexstr", "/"});
    return decoded(I, error_cls, binary::hex_decode(ascii_arg(I, a[0], kBufferMessage)));
}

Value binascii_b2a_base64(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "b2a_base64", {"data", "/", "$newline"});
    return I.bytes(binary::b64_encode(binary_arg(I, a[0]), !a.has(1) || I.truthy(a[1])));
}

Value binascii_a2b_base64(Interp& I, const Value&, CallArgs& args, const Value& error_cls) {
    Args a(I, args, "a2b_base64", {"data", "/", "$strict_mode"});
    return decoded(I, error_cls,
                   binary::b64_decode(ascii_arg(I, a[0], kBufferMessage), a.has(1) && I.truthy(a[1])));
}

Value checksum(Interp& I, CallArgs& args, const char* name, bool adler) {
    Args a(I, args, name, {"data", "value=", "/"});
    const std::string& data = binary_arg(I, a[0]);
    std::uint32_t start = adler ? 1 : 0;
    if (a.has(1)) {
        const std::optional<BigInt> v = I.big(builtin_self(a[1]));
        if (!v) I.type_error("'" + I.type_name(a[1]) + "' object cannot be interpreted as an integer");
        start = static_cast<std::uint32_t>((*v & BigInt(0xFFFFFFFF)).to_int64()); // the value modulo 2**32
    }
    return Value::integer(adler ? binary::adler32(data, start) : binary::crc32(data, start));
}

Value binascii_crc32(Interp& I, const Value&, CallArgs& args, const Value&) {
    return checksum(I, args, "crc32", false);
}
Value zlib_adler32(Interp& I, const Value&, CallArgs& args, const Value&) {
    return checksum(I, args, "adler32", true);
}

Value binascii_crc_hqx(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "crc_hqx", {"data", "crc", "/"});
    const std::string& data = binary_arg(I, a[0]);
    const std::int64_t crc = I.index(a[1], "crc");
    return Value::integer(binary::crc_hqx(data, static_cast<std::uint16_t>(crc & 0xFFFF)));
}

void init_binascii(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    Ref<ClassObj> error = open_class(I, "Error", "binascii", {Ref<ClassObj>(I.t.exc("ValueError"))});
    Ref<ClassObj> incomplete = open_class(I, "Incomplete", "binascii", {Ref<ClassObj>(I.t.exc("Exception"))});
    const Value err(error);
    d.set(I, "Error", err);
    d.set(I, "Incomplete", Value(incomplete));
    d.set(I, "hexlify", I.builtin("hexlify", binascii_hexlify));
    d.set(I, "b2a_hex", I.builtin("b2a_hex", binascii_hexlify));
    d.set(I, "unhexlify", I.builtin("unhexlify", binascii_unhexlify, Value(), err));
    d.set(I, "a2b_hex", I.builtin("a2b_hex", binascii_unhexlify, Value(), err));
    d.set(I, "b2a_base64", I.builtin("b2a_base64", binascii_b2a_base64));
    d.set(I, "a2b_base64", I.builtin("a2b_base64", binascii_a2b_base64, Value(), err));
    d.set(I, "crc32", I.builtin("crc32", binascii_crc32));
    d.set(I, "crc_hqx", I.builtin("crc_hqx", binascii_crc_hqx));
}

void init_zlib(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    d.set(I, "crc32", I.builtin("crc32", binascii_crc32));
    d.set(I, "adler32", I.builtin("adler32", zlib_adler32));
    d.set(I, "error", Value(open_class(I, "error", "zlib", {Ref<ClassObj>(I.t.exc("Exception"))})));
}

} // namespace

void register_binascii_modules(Interp& I) {
    I.add_native_module("binascii", init_binascii);
    I.add_native_module("zlib", init_zlib);
}

} // namespace revlab::py
