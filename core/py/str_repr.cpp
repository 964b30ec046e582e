#include "py/str_repr.hpp"
#include "py/char_class.hpp"
#include "py/unicode.hpp"

namespace revlab::py {

namespace {

void append_hex(std::string& out, char32_t c, int digits) {
    static constexpr char kHex[] = "0123456789abcdef";
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        out += kHex[(c >> shift) & 0xF];
}

std::string quote(std::string_view utf8, bool ascii_only) {
    const bool has_single = utf8.find('\'') != std::string_view::npos;
    const bool has_double = utf8.find('"') != std::string_view::npos;
    const char q = has_single && !has_double ? '"' : '\'';
    std::string out(1, q);
    out.reserve(utf8.size() + 2);
    for (std::size_t i = 0; i < utf8.size();) {
        const CodePoint cp = decode_utf8(utf8, i);
        const char32_t c = cp.value;
        if (c == static_cast<char32_t>(q) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x80 ? !is_printable(c) : ascii_only || !is_printable(c)) {
            out += c <= 0xFF ? "\\x" : c <= 0xFFFF ? "\\u" : "\\U";
            append_hex(out, c, c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8);
        } else {
            append_utf8(out, c); // re-encoded: a byte that is not UTF-8 shows as U+FFFD
        }
        i += cp.size;
    }
    out += q;
    return out;
}

} // namespace

std::string repr_str(std::string_view utf8) {
    return quote(utf8, false);
}
std::string ascii_str(std::string_view utf8) {
    return quote(utf8, true);
}

std::string repr_str_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + repr_str(items[i]);
    return out + "]";
}

std::string repr_str_tuple(const std::vector<std::string>& items) {
    std::string out = "(";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + repr_str(items[i]);
    return out + (items.size() == 1 ? ",)" : ")");
}

} // namespace revlab::py
