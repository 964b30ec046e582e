// Python's view of Unicode text, where Revlab must agree with what Alembic's Python does to a str:
// which code points re's \w matches, and str.lower(). UTF-8 in, UTF-8 out. The tables are generated
// from Debian's Python by scripts/gen-unicode-tables (unicode_tables.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace revlab::py {

// The code point starting at s[i], and how many bytes it takes; an invalid or truncated sequence
// is one byte, decoded as U+FFFD (which is not a word character).
struct CodePoint {
    char32_t value;
    std::size_t size;
};
CodePoint decode_utf8(std::string_view s, std::size_t i);
void append_utf8(std::string& out, char32_t c);

// re.match(r"\w", c) for a str pattern: str.isalnum() or "_".
bool is_word(char32_t c);
// str.lower(), appended as code points (one may become two: "İ" -> "i̇").
void append_lower(std::u32string& out, char32_t c);

namespace detail {
struct WordRange {
    char32_t first, last;
};
struct LowerRun {
    char32_t first, last;
    std::int32_t delta;
    std::int32_t stride;
};
struct LowerMulti {
    char32_t from;
    char32_t to[3];
};
extern const WordRange kWordRanges[];
extern const std::size_t kWordRangeCount;
extern const LowerRun kLowerRuns[];
extern const std::size_t kLowerRunCount;
extern const LowerMulti kLowerMulti[];
extern const std::size_t kLowerMultiCount;
} // namespace detail

} // namespace revlab::py
