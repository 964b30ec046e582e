// A small backtracking matcher for the handful of regular expressions SQLAlchemy's SQLite dialect
// reflects with (get_foreign_keys, get_unique_constraints, get_check_constraints, ...). Reflection
// must find exactly what those Python patterns find, including their odd matches on hand-written
// one-line tables, and the surest way to get that is to run the same patterns with Python's
// semantics: leftmost match, ordered alternation, greedy and lazy quantifiers, finditer's
// non-overlapping scan. std::regex is not used (slow, and large in wasm).
//
// Supported syntax: literals, `.` (not newline), `[...]` and `[^...]` with ranges, `\w \d \s \b`,
// `\xHH`, `\` before any other character for that character, `^` and `$` (no MULTILINE),
// `(...)`, `(?:...)`, `|`, and `* + ?` each optionally lazy (`*?`). Case folding is ASCII-only;
// bytes >= 0x80 count as word characters, so UTF-8 names behave as Python's Unicode \w does.
#pragma once

#include <bitset>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace revlab::schema {

struct PatternMatch {
    std::string_view subject;
    std::vector<std::optional<std::pair<std::size_t, std::size_t>>> spans; // [0] is the whole match

    std::size_t begin() const { return spans[0]->first; }
    std::size_t end() const { return spans[0]->second; }
    // Python's m.group(i): nullopt when the group did not take part in the match.
    std::optional<std::string> group(std::size_t i) const;
};

class Pattern {
  public:
    explicit Pattern(std::string_view source, bool ignore_case = false);
    ~Pattern();
    Pattern(const Pattern&) = delete;
    Pattern& operator=(const Pattern&) = delete;

    // re.match: anchored at `pos`.
    std::optional<PatternMatch> match(std::string_view s, std::size_t pos = 0) const;
    // re.search: the leftmost match at or after `pos`.
    std::optional<PatternMatch> search(std::string_view s, std::size_t pos = 0) const;
    // re.finditer: successive non-overlapping matches.
    std::vector<PatternMatch> find_all(std::string_view s) const;
    // re.split (for patterns without capturing groups).
    std::vector<std::string> split(std::string_view s) const;

    // re.escape: a pattern matching `text` literally.
    static std::string escape(std::string_view text);

    struct Node;

  private:
    std::vector<Node> nodes_;
    std::vector<int> top_; // the top-level alternation: one Group node
    int groups_ = 1;
    // The bytes a match can begin with, unless a match can be empty: search() tries no other start.
    std::bitset<256> first_;
    bool may_be_empty_ = true;
    // The longest run of single characters (or case pairs) every match must contain: search()
    // gives up at once on a text without it (most CREATE TABLE texts have no CHECK, for one).
    std::vector<std::bitset<256>> required_;
};

} // namespace revlab::schema
