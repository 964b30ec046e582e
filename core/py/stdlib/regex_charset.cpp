// Characters as Python's re sees them: case folding, the \d \s \w categories, character classes,
// and the UTF-8 <-> code point conversions around the engine.
#include "py/char_class.hpp"
#include "py/stdlib/regex.hpp"
#include "py/unicode.hpp"

#include <algorithm>

namespace revlab::py::regex {

// Python's sre folds with the *simple* lowercase mapping (one code point to one). The full
// mapping differs only where it gives several code points (U+0130 -> "i̇"), whose first is the
// simple mapping's answer.
char32_t fold(char32_t c, Fold f) {
    if (f == Fold::None) return c;
    if (c < 0x80 || f == Fold::Ascii) return c >= U'A' && c <= U'Z' ? c + 32 : c;
    std::u32string lower;
    append_lower(lower, c);
    return lower.empty() ? c : lower[0];
}

bool is_digit(char32_t c, bool ascii) {
    if (c < 0x80 || ascii) return c >= U'0' && c <= U'9';
    return decimal_value(c) >= 0;
}

bool is_space(char32_t c, bool ascii) {
    if (c < 0x80 || ascii) return c == U' ' || (c >= U'\t' && c <= U'\r');
    return py::is_space(c);
}

bool is_word(char32_t c, bool ascii) {
    if (ascii && c >= 0x80) return false;
    return py::is_word(c);
}

void CharSet::add(char32_t lo, char32_t hi) {
    ranges_.emplace_back(lo, hi);
}

// Folding a large class member by member would be slow; past this many code points the class
// keeps its ranges as written and only the subject's character is folded.
static constexpr std::uint64_t kFoldLimit = 0x10000;

std::uint64_t CharSet::finish(bool negate, Fold fold_kind, bool ascii_categories) {
    std::uint64_t work = ranges_.size() + 128;
    negate_ = negate;
    fold_ = fold_kind;
    ascii_categories_ = ascii_categories;
    if (fold_ != Fold::None) {
        // Add the folded form of every member, so that raw_contains(fold(c)) answers for both
        // cases: [A-Z] under IGNORECASE holds a-z too.
        std::uint64_t total = 0;
        for (const auto& [lo, hi] : ranges_)
            total += hi - lo + 1;
        if (total <= kFoldLimit) {
            work += total;
            const std::size_t n = ranges_.size();
            for (std::size_t k = 0; k < n; ++k)
                for (char32_t c = ranges_[k].first;; ++c) {
                    const char32_t f = fold(c, fold_);
                    if (f != c) ranges_.emplace_back(f, f);
                    if (fold_ == Fold::Unicode)
                        for (char32_t other : case_fixes(f))
                            ranges_.emplace_back(other, other);
                    if (c == ranges_[k].second) break;
                }
        }
    }
    std::sort(ranges_.begin(), ranges_.end());
    std::vector<std::pair<char32_t, char32_t>> merged;
    for (const auto& r : ranges_) {
        if (!merged.empty() && r.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    ranges_ = std::move(merged);
    ascii_[0] = ascii_[1] = 0;
    for (char32_t c = 0; c < 128; ++c)
        if (slow_contains(c)) ascii_[c >> 6] |= std::uint64_t{1} << (c & 63);
    return work;
}

bool CharSet::raw_contains(char32_t c) const {
    // The first range ending at or after c contains c when it starts at or before it.
    auto it =
        std::lower_bound(ranges_.begin(), ranges_.end(), c,
                         [](const std::pair<char32_t, char32_t>& r, char32_t v) { return r.second < v; });
    if (it != ranges_.end() && it->first <= c) return true;
    if (categories_ == 0) return false;
    const bool a = ascii_categories_;
    if ((categories_ & kDigit) && is_digit(c, a)) return true;
    if ((categories_ & kNotDigit) && !is_digit(c, a)) return true;
    if ((categories_ & kSpace) && is_space(c, a)) return true;
    if ((categories_ & kNotSpace) && !is_space(c, a)) return true;
    if ((categories_ & kWord) && is_word(c, a)) return true;
    if ((categories_ & kNotWord) && !is_word(c, a)) return true;
    return false;
}

bool CharSet::slow_contains(char32_t c) const {
    bool in = raw_contains(c);
    if (!in && fold_ != Fold::None) {
        const char32_t f = fold(c, fold_);
        in = f != c && raw_contains(f);
    }
    return in != negate_;
}

std::u32string to_u32(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {
            out += b;
            ++i;
            continue;
        }
        const CodePoint cp = decode_utf8(utf8, i);
        out += cp.value;
        i += cp.size;
    }
    return out;
}

std::string to_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text)
        append_utf8(out, c);
    return out;
}

} // namespace revlab::py::regex
