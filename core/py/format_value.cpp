// format() of an int, a float and a str: the __format__ of each built-in type, following CPython's
// format_long_internal, format_float_internal and format_string_internal (checks in their order).
#include "py/floats.hpp"
#include "py/format_spec.hpp"
#include "py/unicode.hpp"

#include <cstdio>

namespace revlab::py {

using format_detail::NumberParts;

namespace {

[[noreturn]] void value_error(std::string message) {
    throw NumberError(NumberError::Kind::Value, std::move(message));
}

[[noreturn]] void unknown_type(char32_t type, std::string_view type_name) {
    std::string code;
    if (type > 32 && type < 128) {
        code = std::string(1, static_cast<char>(type));
    } else {
        char buf[16];
        std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(type));
        code = buf;
    }
    value_error("Unknown format code '" + code + "' for object of type '" + std::string(type_name) + "'");
}

std::string sign_of(bool negative, char sign) {
    if (negative) return "-";
    if (sign == '+') return "+";
    if (sign == ' ') return " ";
    return "";
}

} // namespace

std::string format_int(const BigInt& value, const FormatSpec& spec, std::string_view type_name,
                       const IntLimits& limits) {
    switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_float(value.to_double(), spec, type_name);
    default:
        unknown_type(spec.type, type_name);
    }
    if (spec.precision != -1) value_error("Precision not allowed in integer format specifier");
    if (spec.no_negative_zero) value_error("Negative zero coercion (z) not allowed in integer format specifier");
    NumberParts parts;
    if (spec.type == 'c') {
        if (spec.sign) value_error("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        if (!value.fits_int64())
            throw NumberError(NumberError::Kind::Overflow, "Python int too large to convert to C long");
        const std::int64_t c = value.to_int64();
        if (c < 0 || c > 0x10FFFF) throw NumberError(NumberError::Kind::Overflow, "%c arg not in range(0x110000)");
        // The character is not a digit: no zero padding of its own, only the fill.
        append_utf8(parts.rest, static_cast<char32_t>(c));
        return format_detail::layout_number(parts, spec, 0, 3);
    }
    const int base = spec.type == 'b' ? 2 : spec.type == 'o' ? 8 : spec.type == 'x' || spec.type == 'X' ? 16 : 10;
    parts.digits = value.abs().to_string(base, limits);
    if (spec.type == 'X')
        for (char& c : parts.digits)
            if (c >= 'a' && c <= 'f') c = static_cast<char>(c - ('a' - 'A'));
    if (spec.alternate && base != 10)
        parts.prefix = std::string("0") + static_cast<char>(spec.type == 'b' ? 'b' : spec.type == 'o' ? 'o' : spec.type);
    parts.sign = sign_of(value.is_negative(), spec.sign);
    // 'n' groups as the locale says, and the C locale does not group.
    const char separator = spec.type == 'n' ? 0 : spec.grouping;
    return format_detail::layout_number(parts, spec, separator, base == 10 ? 3 : 4);
}

std::string format_int(std::int64_t value, const FormatSpec& spec, std::string_view type_name) {
    return format_int(BigInt(value), spec, type_name);
}

std::string format_float(double value, const FormatSpec& spec, std::string_view type_name) {
    char type;
    switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        type = static_cast<char>(spec.type);
        break;
    default:
        unknown_type(spec.type, type_name);
    }
    unsigned flags = 0;
    if (spec.alternate) flags |= kAlternate;
    if (spec.no_negative_zero) flags |= kNoNegativeZero;
    int default_precision = 6;
    if (type == 0) {
        // No type: repr() when there is no precision; with one, 'g' that keeps a ".0" and switches
        // to an exponent one digit earlier.
        flags |= kAddDotZero;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g'; // the C locale's 'n' is 'g'
    const bool percent = type == '%';
    if (percent) {
        type = 'f';
        value *= 100;
    }
    int precision = static_cast<int>(spec.precision);
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    std::string text = double_to_string(value, type, precision, flags);
    if (percent) text += '%';
    NumberParts parts;
    std::size_t i = 0;
    if (text[0] == '-') {
        parts.sign = "-";
        i = 1;
    } else {
        parts.sign = sign_of(false, spec.sign);
    }
    const std::size_t digits_end = text.find_first_not_of("0123456789", i);
    parts.digits = text.substr(i, digits_end - i);
    if (digits_end != std::string::npos) parts.rest = text.substr(digits_end);
    const char separator = spec.type == 'n' ? 0 : spec.grouping;
    return format_detail::layout_number(parts, spec, separator, 3);
}

std::string format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name) {
    if (spec.type != 's') unknown_type(spec.type, type_name);
    if (spec.sign) value_error("Sign not allowed in string format specifier");
    if (spec.no_negative_zero) value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) value_error("Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') value_error("'=' alignment not allowed in string format specifier");
    std::size_t length = format_detail::code_points(utf8);
    std::string text(utf8);
    if (spec.precision >= 0 && length > static_cast<std::size_t>(spec.precision)) {
        // Cut after `precision` code points.
        std::size_t cut = 0;
        for (std::int64_t k = 0; k < spec.precision; ++k) cut += decode_utf8(utf8, cut).size;
        text.resize(cut);
        length = static_cast<std::size_t>(spec.precision);
    }
    return format_detail::pad(std::move(text), length, spec);
}

std::string format_int(const BigInt& value, std::string_view spec, std::string_view type_name,
                       const IntLimits& limits) {
    return format_int(value, parse_format_spec(spec, FormatKind::Int, type_name), type_name, limits);
}

std::string format_float(double value, std::string_view spec, std::string_view type_name) {
    return format_float(value, parse_format_spec(spec, FormatKind::Float, type_name), type_name);
}

std::string format_str(std::string_view utf8, std::string_view spec, std::string_view type_name) {
    return format_str(utf8, parse_format_spec(spec, FormatKind::Str, type_name), type_name);
}

} // namespace revlab::py
