// %-formatting, after CPython's unicode_format_arg_parse (the spec), _PyUnicode_FormatLong and
// formatfloat (the digits) and unicode_format_arg_output (sign, prefix and padding).
#include "py/percent_format.hpp"
#include "py/floats.hpp"
#include "py/format_spec.hpp"
#include "py/unicode.hpp"

#include <cstdio>

namespace revlab::py {

namespace {

[[noreturn]] void value_error(const char* message) { throw NumberError(NumberError::Kind::Value, message); }

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

void check_size(const PercentSpec& spec) {
    if (spec.width > kMaxFormatWidth || spec.precision > kMaxFormatWidth)
        throw NumberError(NumberError::Kind::Memory, "format width or precision too large for the sandbox (more than " +
                                                         std::to_string(kMaxFormatWidth) + ")");
}

// The last step for every conversion: `text` is the converted value (with '-' for a negative
// number), `prefix_len` the length of a "0x"-style prefix after the sign. Numbers get the sign
// flags and, with '0', zeros between sign/prefix and digits; text is padded with spaces.
std::string output(const PercentSpec& spec, std::string text, bool numeric, std::size_t prefix_len) {
    check_size(spec);
    std::string sign;
    if (numeric) {
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
            sign = text.substr(0, 1);
            text.erase(0, 1);
        } else if (spec.plus) {
            sign = "+";
        } else if (spec.blank) {
            sign = " ";
        }
    }
    const std::string prefix = text.substr(0, prefix_len);
    text.erase(0, prefix_len);
    const std::size_t length = sign.size() + prefix.size() + format_detail::code_points(text);
    const std::size_t width = spec.width > 0 ? static_cast<std::size_t>(spec.width) : 0;
    const std::size_t padding = width > length ? width - length : 0;
    if (spec.left) return sign + prefix + text + std::string(padding, ' ');
    if (numeric && spec.zero) return sign + prefix + std::string(padding, '0') + text;
    return std::string(padding, ' ') + sign + prefix + text;
}

} // namespace

PercentSpec parse_percent_spec(std::string_view format, std::size_t percent_pos) {
    PercentSpec spec;
    std::size_t pos = percent_pos + 1;
    char32_t ch = 0;
    // Reads the next character into ch; false at the end of the format (CPython's fmtcnt < 0,
    // which always ends in "incomplete format").
    const auto next = [&] {
        if (pos >= format.size()) return false;
        const CodePoint cp = decode_utf8(format, pos);
        spec.conversion_pos = pos;
        pos += cp.size;
        ch = cp.value;
        return true;
    };
    const auto incomplete = [] { value_error("incomplete format"); };
    if (pos < format.size() && format[pos] == '%') {
        spec.literal = true;
        spec.conversion = '%';
        spec.conversion_pos = pos;
        spec.end = pos + 1;
        return spec;
    }
    if (pos < format.size() && format[pos] == '(') {
        // The key runs to the matching parenthesis: "%(a(b))s" has the key "a(b)".
        const std::size_t key_start = ++pos;
        int depth = 1;
        for (; depth > 0 && pos < format.size(); ++pos) {
            if (format[pos] == ')') --depth;
            if (format[pos] == '(') ++depth;
        }
        if (depth > 0) value_error("incomplete format key");
        spec.has_key = true;
        spec.key = std::string(format.substr(key_start, pos - 1 - key_start));
    }
    bool more;
    while ((more = next())) {
        if (ch == '-') spec.left = true;
        else if (ch == '+') spec.plus = true;
        else if (ch == ' ') spec.blank = true;
        else if (ch == '#') spec.alternate = true;
        else if (ch == '0') spec.zero = true;
        else break;
    }
    if (!more) incomplete();
    if (ch == '*') {
        spec.width_star = true;
        if (!next()) incomplete();
    } else if (is_digit(ch)) {
        spec.width = ch - '0';
        while ((more = next()) && is_digit(ch)) {
            if (spec.width > (INT64_MAX - (ch - '0')) / 10) value_error("width too big");
            spec.width = spec.width * 10 + (ch - '0');
        }
        if (!more) incomplete();
    }
    if (ch == '.') {
        spec.precision = 0;
        if (!next()) incomplete();
        if (ch == '*') {
            spec.precision_star = true;
            if (!next()) incomplete();
        } else if (is_digit(ch)) {
            spec.precision = ch - '0';
            while ((more = next()) && is_digit(ch)) {
                if (spec.precision > (INT32_MAX - (ch - '0')) / 10) value_error("precision too big");
                spec.precision = spec.precision * 10 + (ch - '0');
            }
            if (!more) incomplete();
        }
    }
    if (ch == 'h' || ch == 'l' || ch == 'L') { // C's length modifiers mean nothing in Python
        if (!next()) incomplete();
    }
    spec.conversion = ch;
    spec.end = pos;
    return spec;
}

bool is_percent_conversion(char32_t c) {
    switch (c) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F':
    case 'g': case 'G': case 'c': case 'r': case 's': case 'a':
        return true;
    default:
        return false;
    }
}

NumberError unsupported_format_character(std::string_view format, const PercentSpec& spec) {
    const char32_t c = spec.conversion;
    char buf[96];
    std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                  c >= 31 && c <= 126 ? static_cast<char>(c) : '?', static_cast<unsigned>(c),
                  format_detail::code_points(format.substr(0, spec.conversion_pos)));
    return NumberError(NumberError::Kind::Value, buf);
}

std::string percent_format_int(const BigInt& value, const PercentSpec& spec, const IntLimits& limits) {
    const char32_t c = spec.conversion;
    if (c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G')
        return percent_format_float(value.to_double(), spec);
    if (c == 'c') {
        if (!value.fits_int64() || value.to_int64() < 0 || value.to_int64() > 0x10FFFF)
            throw NumberError(NumberError::Kind::Overflow, "%c arg not in range(0x110000)");
        std::string one;
        append_utf8(one, static_cast<char32_t>(value.to_int64()));
        return output(spec, std::move(one), false, 0);
    }
    const int base = c == 'o' ? 8 : c == 'x' || c == 'X' ? 16 : 10;
    if (base == 10 && c != 'd' && c != 'i' && c != 'u')
        throw NumberError(NumberError::Kind::Value, "percent_format_int: not an int conversion");
    std::string digits = value.abs().to_string(base, limits);
    // The precision is a minimum number of digits.
    if (spec.precision > static_cast<std::int64_t>(digits.size())) {
        check_size(spec);
        digits.insert(0, static_cast<std::size_t>(spec.precision) - digits.size(), '0');
    }
    std::string prefix;
    if (spec.alternate && base != 10) prefix = c == 'o' ? "0o" : c == 'x' ? "0x" : "0X";
    if (c == 'X')
        for (char& d : digits)
            if (d >= 'a' && d <= 'f') d = static_cast<char>(d - ('a' - 'A'));
    return output(spec, (value.is_negative() ? "-" : "") + prefix + digits, true, prefix.size());
}

std::string percent_format_float(double value, const PercentSpec& spec) {
    const char32_t c = spec.conversion;
    if (!(c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G'))
        throw NumberError(NumberError::Kind::Value, "percent_format_float: not a float conversion");
    check_size(spec);
    const int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
    return output(spec, double_to_string(value, static_cast<char>(c), precision, spec.alternate ? unsigned{kAlternate} : 0u),
                  true, 0);
}

std::string percent_format_str(std::string_view utf8, const PercentSpec& spec) {
    std::string text(utf8);
    if (spec.conversion == 'c') {
        if (format_detail::code_points(utf8) != 1)
            throw NumberError(NumberError::Kind::Type, "%c requires int or char");
    } else if (spec.precision >= 0) {
        std::size_t cut = 0;
        for (std::int64_t k = 0; k < spec.precision && cut < utf8.size(); ++k) cut += decode_utf8(utf8, cut).size;
        text.resize(cut);
    }
    return output(spec, std::move(text), false, 0);
}

} // namespace revlab::py
