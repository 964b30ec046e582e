// Parsing a format spec, and the padding and digit grouping that every number format shares.
// The order of the checks is CPython's (Python/formatter_unicode.c), since it decides which error
// a spec with several problems gets.
#include "py/format_spec.hpp"
#include "py/char_class.hpp"
#include "py/unicode.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace revlab::py {

namespace {

[[noreturn]] void value_error(std::string message) {
    throw NumberError(NumberError::Kind::Value, std::move(message));
}

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// How Python names a presentation type in a message: the character when printable ASCII, else
// its code as \x...
std::string type_text(char32_t type) {
    if (type > 32 && type < 128) return std::string(1, static_cast<char>(type));
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(type));
    return buf;
}

} // namespace

FormatSpec parse_format_spec(std::string_view text, FormatKind kind, std::string_view type_name) {
    // Work on code points: the fill may be any character.
    std::vector<char32_t> s;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = decode_utf8(text, i);
        s.push_back(cp.value);
        i += cp.size;
    }
    const std::size_t end = s.size();
    FormatSpec spec;
    const char default_align = kind == FormatKind::Str ? '<' : '>';
    spec.align = default_align;
    spec.type = kind == FormatKind::Int ? U'd' : kind == FormatKind::Str ? U's' : 0;
    std::size_t pos = 0;
    bool align_given = false, fill_given = false;
    if (end - pos >= 2 && is_align(s[pos + 1])) {
        spec.fill = s[pos];
        spec.align = static_cast<char>(s[pos + 1]);
        fill_given = align_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(s[pos])) {
        spec.align = static_cast<char>(s[pos]);
        align_given = true;
        ++pos;
    }
    if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = static_cast<char>(s[pos++]);
    if (pos < end && s[pos] == 'z') {
        spec.no_negative_zero = true;
        ++pos;
    }
    if (pos < end && s[pos] == '#') {
        spec.alternate = true;
        ++pos;
    }
    // '0' before the width: zero fill, and for numbers (right aligned by default) padding after
    // the sign. Since Python 3.10 it no longer changes a string's alignment.
    if (!fill_given && pos < end && s[pos] == '0') {
        spec.fill = '0';
        if (!align_given && default_align == '>') spec.align = '=';
        ++pos;
    }
    // A decimal number (any Unicode decimal digits, as CPython reads them); -1 when absent.
    const auto integer = [&]() -> std::int64_t {
        std::int64_t v = -1;
        for (int d; pos < end && (d = decimal_value(s[pos])) >= 0; ++pos) {
            if (v < 0) v = 0;
            if (v > (INT64_MAX - d) / 10) value_error("Too many decimal digits in format string");
            v = v * 10 + d;
        }
        return v;
    };
    spec.width = integer();
    if (pos < end && s[pos] == ',') {
        spec.grouping = ',';
        ++pos;
    }
    if (pos < end && s[pos] == '_') {
        if (spec.grouping) value_error("Cannot specify both ',' and '_'.");
        spec.grouping = '_';
        ++pos;
    }
    if (pos < end && s[pos] == ',' && spec.grouping == '_') value_error("Cannot specify both ',' and '_'.");
    if (pos < end && s[pos] == '.') {
        ++pos;
        spec.precision = integer();
        if (spec.precision < 0) value_error("Format specifier missing precision");
    }
    if (end - pos > 1)
        value_error("Invalid format specifier '" + std::string(text) + "' for object of type '" +
                    std::string(type_name) + "'");
    if (end - pos == 1) spec.type = s[pos];
    if (spec.grouping) {
        switch (spec.type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (spec.grouping == '_') break; // in fours, for the bases that are powers of two
            [[fallthrough]];
        default:
            value_error(std::string("Cannot specify '") + spec.grouping + "' with '" + type_text(spec.type) + "'.");
        }
    }
    if (spec.width > kMaxFormatWidth || spec.precision > kMaxFormatWidth)
        throw NumberError(NumberError::Kind::Memory, "format width or precision too large for the sandbox (more than " +
                                                         std::to_string(kMaxFormatWidth) + ")");
    return spec;
}

namespace format_detail {

std::size_t code_points(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

namespace {

std::string repeat(char32_t c, std::size_t n) {
    std::string one;
    append_utf8(one, c);
    std::string out;
    out.reserve(one.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += one;
    return out;
}

// The digits with a separator every `group` digits from the right, and left-padded with zeros
// (grouped too) until at least min_width characters long; never starting with a separator. This is
// CPython's _PyUnicode_InsertThousandsGrouping loop: each round takes a group of digits (or
// zeros once the digits run out) while digits remain or the width is not reached.
std::string group_digits(std::string_view digits, char separator, int group, std::int64_t min_width) {
    std::string out; // built from the right, reversed at the end
    auto remaining = static_cast<std::int64_t>(digits.size());
    if (!separator) {
        const std::int64_t len = std::max<std::int64_t>({remaining, min_width, 1});
        return std::string(static_cast<std::size_t>(std::max<std::int64_t>(len - remaining, 0)), '0') +
               std::string(digits);
    }
    bool first = true;
    for (;;) {
        const std::int64_t len = std::min<std::int64_t>(group, std::max<std::int64_t>({remaining, min_width, 1}));
        const std::int64_t zeros = std::max<std::int64_t>(0, len - remaining);
        const std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, len));
        if (!first) out += separator;
        first = false;
        for (std::int64_t k = 0; k < chars; ++k) out += digits[static_cast<std::size_t>(remaining - 1 - k)];
        out.append(static_cast<std::size_t>(zeros), '0');
        remaining -= chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1; // the separator's width
    }
    return {out.rbegin(), out.rend()};
}

} // namespace

std::string pad(std::string text, std::size_t length, const FormatSpec& spec) {
    if (spec.width < 0 || length >= static_cast<std::size_t>(spec.width)) return text;
    const std::size_t total = static_cast<std::size_t>(spec.width) - length;
    std::size_t left = 0;
    if (spec.align == '>' || spec.align == '=') left = total;
    if (spec.align == '^') left = total / 2;
    return repeat(spec.fill, left) + text + repeat(spec.fill, total - left);
}

std::string layout_number(const NumberParts& parts, const FormatSpec& spec, char separator, int group) {
    // Everything but the digits counts against the width that zero padding fills.
    const std::int64_t others = static_cast<std::int64_t>(parts.sign.size() + parts.prefix.size() + code_points(parts.rest));
    const std::int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - others : 0;
    // No digits ("inf", or the character of 'c'): nothing to group, the padding is all fill.
    const std::string digits = parts.digits.empty() ? "" : group_digits(parts.digits, separator, group, min_width);
    const std::size_t length = static_cast<std::size_t>(others) + code_points(digits);
    if (spec.align == '=' && spec.width > 0 && length < static_cast<std::size_t>(spec.width))
        return parts.sign + parts.prefix + repeat(spec.fill, static_cast<std::size_t>(spec.width) - length) + digits + parts.rest;
    return pad(parts.sign + parts.prefix + digits + parts.rest, length, spec);
}

} // namespace format_detail

} // namespace revlab::py
