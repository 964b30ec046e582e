// Methods of int, bool and float.
#include "py/floats.hpp"
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/setup.hpp"

#include <algorithm>
#include <cmath>

namespace revlab::py {

namespace {

BigInt self_int(Interp& I, const Value& self) {
    std::optional<BigInt> v = I.big(builtin_self(self));
    if (!v) I.type_error("descriptor requires an 'int' object but received a '" + I.type_name(self) + "'");
    return *v;
}

double self_float(Interp& I, const Value& self) {
    const Value& v = builtin_self(self);
    if (!v.is_float()) I.type_error("descriptor requires a 'float' object but received a '" + I.type_name(self) + "'");
    return v.as_float();
}

Value int_bit_length(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "bit_length");
    return Value::integer(static_cast<std::int64_t>(self_int(I, self).bit_length()));
}

Value int_conjugate(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "conjugate");
    return I.integer(self_int(I, self));
}

Value int_to_bytes(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "to_bytes", {"length=", "byteorder=", "$signed"});
    BigInt v = self_int(I, self);
    const std::int64_t length = a.has(0) ? I.index(a[0], "length") : 1;
    const std::string order = a.has(1) ? I.to_str(a[1]) : "big";
    const bool is_signed = a.has(2) && I.truthy(a[2]);
    if (order != "big" && order != "little") I.value_error("byteorder must be either 'little' or 'big'");
    if (v.is_negative() && !is_signed) I.raise("OverflowError", "can't convert negative int to unsigned");
    if (length < 0) I.value_error("length argument must be non-negative");
    I.heap.reserve(static_cast<std::size_t>(length));
    std::string out(static_cast<std::size_t>(length), '\0');
    BigInt x = v;
    if (x.is_negative()) x = x + BigInt::shift_left(BigInt(1), BigInt(length * 8));
    for (std::int64_t i = 0; i < length; ++i) {
        out[static_cast<std::size_t>(length - 1 - i)] = static_cast<char>((x & BigInt(255)).to_int64());
        x = BigInt::shift_right(x, BigInt(8));
    }
    const bool overflow = !x.is_zero() || (is_signed && length > 0 &&
                                          ((static_cast<unsigned char>(out[0]) & 0x80) != 0) != v.is_negative());
    if (overflow) I.raise("OverflowError", "int too big to convert");
    if (order == "little") std::reverse(out.begin(), out.end());
    return I.bytes(std::move(out));
}

Value int_from_bytes(Interp& I, const Value& cls, CallArgs& args, const Value&) {
    Args a(I, args, "from_bytes", {"bytes", "byteorder=", "$signed"});
    std::string b;
    if (const BytesObj* bo = a[0].get<BytesObj>()) b = bo->bytes;
    else for (const Value& v : I.to_vector(a[0])) b += static_cast<char>(I.index(v, "byte"));
    const std::string order = a.has(1) ? I.to_str(a[1]) : "big";
    if (order == "little") std::reverse(b.begin(), b.end());
    BigInt v(0);
    for (unsigned char c : b)
        v = BigInt::shift_left(v, BigInt(8)) | BigInt(c);
    if (a.has(2) && I.truthy(a[2]) && !b.empty() && (static_cast<unsigned char>(b[0]) & 0x80))
        v = v - BigInt::shift_left(BigInt(1), BigInt(static_cast<std::int64_t>(b.size() * 8)));
    Value r = I.integer(v);
    return cls.same(Value(I.t.int_)) ? r : I.call(cls, {r});
}

Value int_as_integer_ratio(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "as_integer_ratio");
    return I.tuple({I.integer(self_int(I, self)), Value::integer(1)});
}

Value int_index(Interp& I, const Value& self, CallArgs&, const Value&) {
    return I.integer(self_int(I, self));
}

Value float_is_integer_method(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "is_integer");
    return Value::boolean(float_is_integer(self_float(I, self)));
}

Value float_as_integer_ratio(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "as_integer_ratio");
    double x = self_float(I, self);
    if (std::isinf(x)) I.raise("OverflowError", "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) I.value_error("cannot convert NaN to integer ratio");
    int exp = 0;
    double m = std::frexp(x, &exp);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
        m *= 2.0;
        --exp;
    }
    BigInt num = BigInt::from_double(m), den(1);
    if (exp > 0) num = BigInt::shift_left(num, BigInt(exp));
    else den = BigInt::shift_left(den, BigInt(-exp));
    return I.tuple({I.integer(num), I.integer(den)});
}

// float.hex(): '0x1.8000000000000p+1', the 13-digit hexadecimal mantissa Python prints.
Value float_hex(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "hex");
    const double x = self_float(I, self);
    if (std::isnan(x)) return I.str("nan");
    if (std::isinf(x)) return I.str(x < 0 ? "-inf" : "inf");
    if (x == 0) return I.str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int exp = 0;
    double m = std::frexp(std::fabs(x), &exp); // m in [0.5, 1)
    m *= 2;
    --exp;
    if (exp < -1022) { // subnormal: Python writes 0x0.xxxp-1022
        m = std::ldexp(m, exp + 1022);
        exp = -1022;
    }
    std::string out = x < 0 ? "-0x" : "0x";
    out += m >= 1 ? "1." : "0.";
    double frac = m >= 1 ? m - 1 : m;
    static const char* digits = "0123456789abcdef";
    for (int i = 0; i < 13; ++i) {
        frac *= 16;
        const int d = static_cast<int>(frac);
        out += digits[d];
        frac -= d;
    }
    out += "p" + std::string(exp >= 0 ? "+" : "") + std::to_string(exp);
    return I.str(std::move(out));
}

Value float_fromhex(Interp& I, const Value& cls, CallArgs& args, const Value&) {
    Args a(I, args, "fromhex", {"string", "/"});
    std::string s = I.to_str(a[0]);
    std::size_t b = s.find_first_not_of(" \t\n"), e = s.find_last_not_of(" \t\n");
    s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size()) I.value_error("invalid hexadecimal floating-point string");
    Value r = Value::floating(v);
    return cls.same(Value(I.t.float_)) ? r : I.call(cls, {r});
}

Value float_conjugate(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "conjugate");
    return Value::floating(self_float(I, self));
}

} // namespace

void install_number_methods(Interp& I) {
    ClassObj& i = *I.t.int_;
    add_method(I, i, "bit_length", int_bit_length);
    add_method(I, i, "conjugate", int_conjugate);
    add_method(I, i, "to_bytes", int_to_bytes);
    add_classmethod(I, i, "from_bytes", int_from_bytes);
    add_method(I, i, "as_integer_ratio", int_as_integer_ratio);
    add_method(I, i, "__index__", int_index);
    add_method(I, i, "__int__", int_index);
    ClassObj& f = *I.t.float_;
    add_method(I, f, "is_integer", float_is_integer_method);
    add_method(I, f, "as_integer_ratio", float_as_integer_ratio);
    add_method(I, f, "conjugate", float_conjugate);
    add_method(I, f, "hex", float_hex);
    add_classmethod(I, f, "fromhex", float_fromhex);
}

} // namespace revlab::py
