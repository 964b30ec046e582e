#include "terminal.hpp"

#include <cstdint>
#include <cstdio>

namespace revlab {

namespace {

std::string hex_escape(const char* prefix, unsigned value, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, value);
    return buf;
}

// The length of the UTF-8 sequence at `s` and its code point, or 0 when it is not valid UTF-8.
size_t decode(std::string_view s, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[0]);
    size_t n = b0 < 0x80 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || n > s.size()) return 0;
    cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0; // overlong, surrogate
    return n;
}

bool is_control(char32_t cp) {
    return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

} // namespace

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        char32_t cp = 0;
        const size_t n = decode(text.substr(i), cp);
        if (n == 0) {
            out += hex_escape("\\x", static_cast<unsigned char>(text[i]), 2);
            ++i;
            continue;
        }
        if (is_control(cp)) out += cp <= 0xFF ? hex_escape("\\x", cp, 2) : hex_escape("\\u", cp, 4);
        else out.append(text.substr(i, n));
        i += n;
    }
    return out;
}

} // namespace revlab
