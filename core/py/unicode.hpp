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
// str.lower(), appended as code points (one may become two: "İ" -> "i̇"); without the final-sigma
// rule, which needs the neighbours (lower_at).
void append_lower(std::u32string& out, char32_t c);
// str.upper(), str.title() and str.casefold() of one code point ("ß" -> "SS", "ǆ" -> "ǅ", "ß" -> "ss").
void append_upper(std::u32string& out, char32_t c);
void append_title(std::u32string& out, char32_t c);
void append_fold(std::u32string& out, char32_t c);
// str.lower() of s[i] in its text: a capital sigma is final (ς) after a cased letter and not before one,
// case-ignorable characters between them skipped, as Python's handle_capital_sigma decides.
void append_lower_at(std::u32string& out, std::u32string_view s, std::size_t i);
// Unicode's Lowercase, Uppercase, titlecase (Lt), cased (any of those) and Case_Ignorable.
bool is_lowercase(char32_t c);
bool is_uppercase(char32_t c);
bool is_titlecase(char32_t c);
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);

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
extern const LowerRun kUpperRuns[];
extern const std::size_t kUpperRunCount;
extern const LowerMulti kUpperMulti[];
extern const std::size_t kUpperMultiCount;
extern const LowerMulti kTitleDiff[];
extern const std::size_t kTitleDiffCount;
extern const LowerMulti kFoldDiff[];
extern const std::size_t kFoldDiffCount;
extern const WordRange kLowercase[];
extern const std::size_t kLowercaseCount;
extern const WordRange kUppercase[];
extern const std::size_t kUppercaseCount;
extern const WordRange kTitlecase[];
extern const std::size_t kTitlecaseCount;
extern const WordRange kCaseIgnorable[];
extern const std::size_t kCaseIgnorableCount;
} // namespace detail

} // namespace revlab::py
