#include "py/unicode.hpp"

#include <algorithm>

namespace revlab::py {

CodePoint decode_utf8(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return {b0, 1};
    std::size_t n = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return {0xFFFD, 1};
    char32_t c = b0 & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return {0xFFFD, 1};
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < kMin[n] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return {0xFFFD, 1};
    return {c, n};
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool is_word(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    const auto* end = detail::kWordRanges + detail::kWordRangeCount;
    // The first range that ends at or after c; c is a word character when that range starts at or before it.
    const auto* r = std::lower_bound(detail::kWordRanges, end, c,
                                     [](const detail::WordRange& range, char32_t v) { return range.last < v; });
    return r != end && r->first <= c;
}

namespace {

const detail::LowerMulti* find_multi(const detail::LowerMulti* table, std::size_t n, char32_t c) {
    const auto* end = table + n;
    const auto* m = std::lower_bound(table, end, c, [](const detail::LowerMulti& e, char32_t v) { return e.from < v; });
    return m != end && m->from == c ? m : nullptr;
}

void append_multi(std::u32string& out, const detail::LowerMulti& m) {
    for (char32_t to : m.to)
        if (to) out += to;
}

char32_t run_map(const detail::LowerRun* runs, std::size_t n, char32_t c) {
    const auto* end = runs + n;
    const auto* r = std::lower_bound(runs, end, c, [](const detail::LowerRun& run, char32_t v) { return run.last < v; });
    const bool mapped = r != end && r->first <= c && (r->stride == 0 || (c - r->first) % r->stride == 0);
    return mapped ? static_cast<char32_t>(static_cast<std::int32_t>(c) + r->delta) : c;
}

bool in_ranges(const detail::WordRange* ranges, std::size_t n, char32_t c) {
    const auto* end = ranges + n;
    const auto* r = std::lower_bound(ranges, end, c, [](const detail::WordRange& w, char32_t v) { return w.last < v; });
    return r != end && r->first <= c;
}

} // namespace

void append_upper(std::u32string& out, char32_t c) {
    if (c < 0x80) {
        out += c >= U'a' && c <= U'z' ? c - U'a' + U'A' : c;
        return;
    }
    if (const auto* m = find_multi(detail::kUpperMulti, detail::kUpperMultiCount, c)) return append_multi(out, *m);
    out += run_map(detail::kUpperRuns, detail::kUpperRunCount, c);
}

void append_title(std::u32string& out, char32_t c) {
    if (c >= 0x80)
        if (const auto* m = find_multi(detail::kTitleDiff, detail::kTitleDiffCount, c)) return append_multi(out, *m);
    append_upper(out, c);
}

void append_fold(std::u32string& out, char32_t c) {
    if (c >= 0x80)
        if (const auto* m = find_multi(detail::kFoldDiff, detail::kFoldDiffCount, c)) return append_multi(out, *m);
    append_lower(out, c);
}

bool is_lowercase(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return in_ranges(detail::kLowercase, detail::kLowercaseCount, c);
}

bool is_uppercase(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return in_ranges(detail::kUppercase, detail::kUppercaseCount, c);
}

bool is_titlecase(char32_t c) { return c >= 0x80 && in_ranges(detail::kTitlecase, detail::kTitlecaseCount, c); }

bool is_cased(char32_t c) { return is_lowercase(c) || is_uppercase(c) || is_titlecase(c); }

bool is_case_ignorable(char32_t c) {
    if (c < 0x80) return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`';
    return in_ranges(detail::kCaseIgnorable, detail::kCaseIgnorableCount, c);
}

void append_lower_at(std::u32string& out, std::u32string_view s, std::size_t i) {
    const char32_t c = s[i];
    if (c != 0x3A3) return append_lower(out, c);
    std::size_t j = i;
    while (j > 0 && is_case_ignorable(s[j - 1]))
        --j;
    bool final_sigma = j > 0 && is_cased(s[j - 1]);
    if (final_sigma) {
        std::size_t k = i + 1;
        while (k < s.size() && is_case_ignorable(s[k]))
            ++k;
        final_sigma = k == s.size() || !is_cased(s[k]);
    }
    out += final_sigma ? char32_t{0x3C2} : char32_t{0x3C3};
}

void append_lower(std::u32string& out, char32_t c) {
    if (c < 0x80) {
        out += c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c;
        return;
    }
    for (std::size_t k = 0; k < detail::kLowerMultiCount; ++k)
        if (detail::kLowerMulti[k].from == c) {
            for (char32_t to : detail::kLowerMulti[k].to)
                if (to) out += to;
            return;
        }
    const auto* end = detail::kLowerRuns + detail::kLowerRunCount;
    const auto* r = std::lower_bound(detail::kLowerRuns, end, c,
                                     [](const detail::LowerRun& run, char32_t v) { return run.last < v; });
    const bool mapped = r != end && r->first <= c && (r->stride == 0 || (c - r->first) % r->stride == 0);
    out += mapped ? static_cast<char32_t>(static_cast<std::int32_t>(c) + r->delta) : c;
}

} // namespace revlab::py
