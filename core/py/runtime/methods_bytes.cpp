// Methods of bytes: what data migrations do with hashes and encoded text.
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/codecs.hpp"
#include "py/runtime/setup.hpp"
#include "py/runtime/text.hpp"

#include <algorithm>

namespace revlab::py {

namespace {

const std::string& self_bytes(Interp& I, const Value& self) {
    const BytesObj* b = builtin_self(self).get<BytesObj>();
    if (b == nullptr) I.type_error("descriptor requires a 'bytes' object but received a '" + I.type_name(self) + "'");
    return b->bytes;
}

const std::string& bytes_arg(Interp& I, const Value& v) {
    const BytesObj* b = builtin_self(v).get<BytesObj>();
    if (b == nullptr) I.type_error("a bytes-like object is required, not '" + I.type_name(v) + "'");
    return b->bytes;
}

Value bytes_decode(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "decode", {"encoding=", "errors="});
    self_bytes(I, self);
    const std::string enc = a.has(0) ? I.to_str(a[0]) : "utf-8";
    const std::string errors = a.has(1) ? I.to_str(a[1]) : "strict";
    return I.str(decode_bytes(I, builtin_self(self), enc, errors));
}

Value bytes_hex(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "hex", {"sep=", "bytes_per_sep="});
    static const char* digits = "0123456789abcdef";
    const std::string& b = self_bytes(I, self);
    std::string sep = a.has(0) ? I.to_str(a[0]) : "";
    if (const BytesObj* sb = a.get(0).get<BytesObj>()) sep = sb->bytes;
    if (a.has(0) && sep.size() != 1) I.value_error("sep must be length 1.");
    std::int64_t group = a.has(1) ? I.index(a[1], "bytes_per_sep") : 1;
    std::vector<std::string> pieces;
    for (unsigned char c : b)
        pieces.push_back(std::string{digits[c >> 4], digits[c & 15]});
    std::string out;
    const std::size_t n = pieces.size();
    const std::size_t g = static_cast<std::size_t>(group < 0 ? -group : group);
    for (std::size_t i = 0; i < n; ++i) {
        // groups count from the right for a positive bytes_per_sep, from the left for a negative one
        if (i > 0 && !sep.empty() && g > 0 && (group > 0 ? (n - i) % g == 0 : i % g == 0)) out += sep;
        out += pieces[i];
    }
    return I.str(std::move(out));
}

Value bytes_fromhex(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "fromhex", {"string", "/"});
    std::string s = I.to_str(a[0]), out;
    auto val = [](char c) { return c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1; };
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == ' ') {
            ++i;
            continue;
        }
        if (i + 1 >= s.size() || val(s[i]) < 0 || val(s[i + 1]) < 0)
            I.value_error("non-hexadecimal number found in fromhex() arg at position " + std::to_string(i));
        out += static_cast<char>(val(s[i]) * 16 + val(s[i + 1]));
        i += 2;
    }
    return I.bytes(std::move(out));
}

Value bytes_join(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "join", {"iterable_of_bytes", "/"});
    const std::string& sep = self_bytes(I, self);
    std::string out;
    std::size_t n = 0;
    for (const Value& v : I.to_vector(a[0])) {
        if (n++) out += sep;
        out += bytes_arg(I, v);
    }
    return I.bytes(std::move(out));
}

Value bytes_startswith(Interp& I, const Value& self, CallArgs& args, const Value& ends) {
    Args a(I, args, ends.as_bool() ? "endswith" : "startswith", {"prefix", "/"});
    const std::string& s = self_bytes(I, self);
    std::vector<Value> options = a[0].is(ObjType::Tuple) ? a[0].as<TupleObj>()->items : std::vector<Value>{a[0]};
    for (const Value& o : options) {
        const std::string& p = bytes_arg(I, o);
        if (p.size() <= s.size() && (ends.as_bool() ? s.compare(s.size() - p.size(), p.size(), p) == 0 : s.compare(0, p.size(), p) == 0))
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value bytes_case(Interp& I, const Value& self, CallArgs& args, const Value& upper) {
    no_args(I, args, upper.as_bool() ? "upper" : "lower");
    std::string s = self_bytes(I, self);
    for (char& c : s)
        c = static_cast<char>(upper.as_bool() ? std::toupper(static_cast<unsigned char>(c)) : std::tolower(static_cast<unsigned char>(c)));
    return I.bytes(std::move(s));
}

} // namespace

void install_bytes_methods(Interp& I) {
    ClassObj& c = *I.t.bytes;
    add_method(I, c, "decode", bytes_decode);
    add_method(I, c, "hex", bytes_hex);
    add_classmethod(I, c, "fromhex", bytes_fromhex);
    add_method(I, c, "join", bytes_join);
    add_method(I, c, "startswith", bytes_startswith, Value::boolean(false));
    add_method(I, c, "endswith", bytes_startswith, Value::boolean(true));
    add_method(I, c, "upper", bytes_case, Value::boolean(true));
    add_method(I, c, "lower", bytes_case, Value::boolean(false));
    install_bytes_text_methods(I);
}

} // namespace revlab::py
