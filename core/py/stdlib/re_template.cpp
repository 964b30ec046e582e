// Replacement templates of sub() and Match.expand(), as Python's re/_parser.py parse_template
// reads them: \1 .. \99 and \g<name> / \g<1> are groups, \0 and three-digit octal escapes are
// characters, \n \t ... are what they are in a str literal, and any other escape of a non-letter
// stays as written ("\&" is backslash, ampersand). An unset group expands to nothing.
#include "py/stdlib/re_objects.hpp"
#include "py/str_repr.hpp"
#include "py/unicode.hpp"

#include <algorithm>

namespace revlab::py::re {

namespace {

constexpr std::int64_t kMaxGroups = 1073741823;

bool is_digit(char32_t c) {
    return c >= U'0' && c <= U'9';
}
bool is_oct(char32_t c) {
    return c >= U'0' && c <= U'7';
}

class TemplateParser {
  public:
    TemplateParser(Interp& I, const PatternObj& p, const Value& repl, std::u32string text)
        : I_(I), p_(p), repl_(repl), s_(std::move(text)) {}

    Template run() {
        while (i_ < s_.size()) {
            const char32_t c = s_[i_++];
            if (c != U'\\') {
                add(c);
                continue;
            }
            if (i_ >= s_.size())
                error("bad escape (end of pattern)", static_cast<std::int64_t>(s_.size()) - 1);
            const char32_t e = s_[i_++];
            if (e == U'g') {
                named_group();
            } else if (e == U'0') {
                std::uint32_t v = 0;
                for (int k = 0; k < 2 && i_ < s_.size() && is_oct(s_[i_]); ++k)
                    v = v * 8 + (s_[i_++] - U'0');
                add(v & 0xFF);
            } else if (is_digit(e)) {
                std::u32string digits(1, e);
                if (i_ < s_.size() && is_digit(s_[i_])) {
                    digits += s_[i_++];
                    if (is_oct(digits[0]) && is_oct(digits[1]) && i_ < s_.size() && is_oct(s_[i_])) {
                        digits += s_[i_++];
                        const std::uint32_t v =
                            (digits[0] - U'0') * 64 + (digits[1] - U'0') * 8 + (digits[2] - U'0');
                        if (v > 0377)
                            error("octal escape value \\" + regex::to_utf8(digits) +
                                      " outside of range 0-0o377",
                                  static_cast<std::int64_t>(i_) - 4);
                        add(v);
                        continue;
                    }
                }
                std::int64_t g = 0;
                for (char32_t d : digits)
                    g = g * 10 + (d - U'0');
                add_group(g, static_cast<std::int64_t>(i_ - digits.size()));
            } else {
                static constexpr std::pair<char32_t, char32_t> kEscapes[] = {
                    {U'a', 7},  {U'b', 8}, {U'f', 12}, {U'n', 10},
                    {U'r', 13}, {U't', 9}, {U'v', 11}, {U'\\', U'\\'},
                };
                bool done = false;
                for (const auto& [name, value] : kEscapes)
                    if (e == name) {
                        add(value);
                        done = true;
                    }
                if (done) continue;
                if ((e >= U'a' && e <= U'z') || (e >= U'A' && e <= U'Z'))
                    error("bad escape \\" + regex::to_utf8(std::u32string(1, e)),
                          static_cast<std::int64_t>(i_) - 2);
                add(U'\\');
                add(e);
            }
        }
        return std::move(t_);
    }

  private:
    void add(char32_t c) {
        if (t_.pieces.empty() || t_.pieces.back().group >= 0) t_.pieces.emplace_back();
        if (p_.bytes)
            t_.pieces.back().literal += static_cast<char>(c & 0xFF);
        else
            append_utf8(t_.pieces.back().literal, c);
    }
    void add_group(std::int64_t g, std::int64_t pos) {
        if (g > static_cast<std::int64_t>(p_.program->groups))
            error("invalid group reference " + std::to_string(g), pos);
        Template::Piece piece;
        piece.group = g;
        t_.pieces.push_back(std::move(piece));
    }
    void named_group() {
        if (i_ >= s_.size() || s_[i_] != U'<') error("missing <", static_cast<std::int64_t>(i_));
        ++i_;
        const std::size_t start = i_;
        while (i_ < s_.size() && s_[i_] != U'>')
            ++i_;
        const std::u32string name = s_.substr(start, i_ - start);
        if (i_ >= s_.size()) {
            if (name.empty()) error("missing group name", static_cast<std::int64_t>(start));
            error("missing >, unterminated name", static_cast<std::int64_t>(start));
        }
        ++i_; // '>'
        if (name.empty()) error("missing group name", static_cast<std::int64_t>(start));
        const std::int64_t at = static_cast<std::int64_t>(start);
        bool digits = true;
        for (char32_t c : name)
            digits = digits && is_digit(c);
        if (digits) {
            std::int64_t g = 0;
            for (char32_t c : name)
                if (g < kMaxGroups) g = g * 10 + (c - U'0');
            if (g >= kMaxGroups) error("invalid group reference " + std::to_string(g), at);
            add_group(g, at);
            return;
        }
        const bool identifier =
            regex::is_word(name[0], false) && !regex::is_digit(name[0], false) &&
            std::all_of(name.begin(), name.end(), [](char32_t c) { return regex::is_word(c, false); });
        if (!identifier) error("bad character in group name " + repr_str(regex::to_utf8(name)), at);
        const std::string utf8 = regex::to_utf8(name);
        for (const auto& [n, g] : p_.program->names)
            if (n == utf8) {
                add_group(g, at);
                return;
            }
        I_.raise("IndexError", "unknown group name " + repr_str(utf8));
    }
    [[noreturn]] void error(const std::string& msg, std::int64_t pos) {
        raise_error(I_, p_.state, msg, repl_, pos);
    }

    Interp& I_;
    const PatternObj& p_;
    const Value& repl_;
    std::u32string s_;
    std::size_t i_ = 0;
    Template t_;
};

} // namespace

Template parse_template(Interp& I, const PatternObj& p, const Value& repl) {
    std::u32string text;
    if (const std::string* s = str_text(repl)) {
        if (p.bytes) I.type_error("expected a bytes-like object, str found");
        if (s->find('\\') == std::string::npos) { // the common case: a literal
            Template t;
            t.pieces.push_back({*s, -1});
            return t;
        }
        text = regex::to_u32(*s);
    } else if (const std::string* b = bytes_data(repl)) {
        if (!p.bytes) I.type_error("expected str instance, bytes found");
        if (b->find('\\') == std::string::npos) {
            Template t;
            t.pieces.push_back({*b, -1});
            return t;
        }
        for (unsigned char c : *b)
            text += c;
    } else {
        I.type_error("expected str instance, " + I.type_name(repl) + " found");
    }
    return TemplateParser(I, p, repl, std::move(text)).run();
}

std::string expand_template(Interp& I, const MatchObj& m, const Template& t) {
    std::string out;
    for (const Template::Piece& piece : t.pieces) {
        if (piece.group < 0) {
            out += piece.literal;
            continue;
        }
        const std::int64_t b = m.spans.start(static_cast<std::uint32_t>(piece.group));
        const std::int64_t e = m.spans.end(static_cast<std::uint32_t>(piece.group));
        if (b < 0 || e < 0) continue;
        const Value v = slice(I, m.subject, b, e);
        out += m.subject.bytes ? v.as<BytesObj>()->bytes : v.as<StrObj>()->text;
    }
    return out;
}

} // namespace revlab::py::re
