#include "py/char_class.hpp"
#include "py/unicode.hpp"

#include <algorithm>

namespace revlab::py {

bool is_printable(char32_t c) {
    if (c < 0x80) return c >= 0x20 && c < 0x7F;
    const auto* end = detail::kNonPrintable + detail::kNonPrintableCount;
    const auto* r = std::lower_bound(detail::kNonPrintable, end, c,
                                     [](const detail::CharRange& range, char32_t v) { return range.last < v; });
    return !(r != end && r->first <= c);
}

bool is_space(char32_t c) {
    // ASCII: \t \n \v \f \r, the separators \x1c-\x1f, and the space.
    if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
    return std::binary_search(detail::kSpaces, detail::kSpaces + detail::kSpaceCount, c);
}

int decimal_value(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
    const auto* end = detail::kDecimalZeros + detail::kDecimalZeroCount;
    // The last run that starts at or before c.
    const auto* r = std::upper_bound(detail::kDecimalZeros, end, c);
    if (r == detail::kDecimalZeros) return -1;
    const char32_t zero = *(r - 1);
    return c - zero < 10 ? static_cast<int>(c - zero) : -1;
}

std::string number_text_to_ascii(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        if (static_cast<unsigned char>(utf8[i]) < 0x80) {
            out += utf8[i++];
            continue;
        }
        const CodePoint cp = decode_utf8(utf8, i);
        i += cp.size;
        const int d = decimal_value(cp.value);
        out += is_space(cp.value) ? ' ' : d >= 0 ? static_cast<char>('0' + d) : '?';
    }
    return out;
}

} // namespace revlab::py
