// What Python 3.11 says about single code points where its numbers and reprs depend on it:
// str.isprintable() (what repr() escapes), str.isspace() (what int() and float() strip) and
// unicodedata.decimal() (int('١٢') is 12). Non-ASCII answers come from tables generated from
// Debian's Python by scripts/gen-char-class-tables (char_class_tables.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace revlab::py {

bool is_printable(char32_t c);
bool is_space(char32_t c);
// 0-9, or -1 when c is not a decimal digit.
int decimal_value(char32_t c);

// The ASCII text that int() and float() parse from a str, as CPython makes it: ASCII stays, other
// whitespace becomes ' ', other decimal digits become '0'-'9', and anything else becomes '?' (never
// valid in a number). UTF-8 in.
std::string number_text_to_ascii(std::string_view utf8);

namespace detail {
struct CharRange {
    char32_t first, last;
};
extern const CharRange kNonPrintable[];
extern const std::size_t kNonPrintableCount;
extern const char32_t kSpaces[];
extern const std::size_t kSpaceCount;
extern const char32_t kDecimalZeros[];
extern const std::size_t kDecimalZeroCount;
} // namespace detail

} // namespace revlab::py
