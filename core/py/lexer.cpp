// The tokenizer. One pass over the source after a quick UTF-8 check; tokens are views into the
// source, and string literals are decoded only when the parser asks for their value.
#include "lexer.hpp"

#include "py/unicode.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>

namespace revlab::py {

namespace {

bool is_digit(unsigned c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_id_start(unsigned c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ascii_id_char(unsigned c) {
    return is_ascii_id_start(c) || is_digit(c);
}

int hex_value(unsigned c) {
    if (is_digit(c)) return static_cast<int>(c - '0');
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    return -1;
}

std::string hex(unsigned long value, int digits) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0 && value != 0; --i, value >>= 4)
        out[static_cast<std::size_t>(i)] = kDigits[value & 15];
    return out;
}

struct Utf8Char {
    char32_t value;
    int length; // in bytes
};

// Decodes one UTF-8 sequence. Tokenizing starts only after the whole source was validated, so a
// sequence here is always complete and well-formed; `printable` may see anything, and gets the
// lead byte back as a one-byte "character" when a sequence is broken.
Utf8Char decode(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    unsigned c = byte(i);
    int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c < 0xC2 || c > 0xF4) return {c, 1};
    char32_t value = c & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        unsigned next = byte(i + static_cast<std::size_t>(k));
        if ((next & 0xC0) != 0x80) return {c, 1};
        value = (value << 6) | (next & 0x3F);
    }
    return {value, length};
}

// Characters that must never reach an error message raw: C0/C1 controls, and the invisible
// line separators and bidi overrides that could make a message lie about what the file says.
bool needs_escape(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// Whether a non-ASCII code point may be part of a name. Python's rule is Unicode's XID classes,
// whose tables are larger than this whole tokenizer; this keeps letters of every script and
// refuses what people paste by accident: odd spaces, typographic quotes and dashes, fullwidth
// CJK punctuation, symbols, emoji. Revision scripts and models use ASCII names in practice.
bool is_identifier_codepoint(char32_t cp) {
    if (cp < 0x80) return is_ascii_id_char(static_cast<unsigned>(cp));
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x206F) return false;
    if (cp >= 0x2190 && cp <= 0x2BFF) return false;
    if ((cp >= 0x3000 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020)) return false;
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;
    if (cp == 0xFEFF || (cp >= 0xFF00 && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40)) return false;
    if ((cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0xFFF0 && cp <= 0xFFFF)) return false;
    return !(cp >= 0x1F000 && cp <= 0x1FAFF); // emoji and pictographs
}

// Python's hard keywords, dispatched on the first letter: this runs for every name in the file.
bool is_keyword(std::string_view w) {
    if (w.size() < 2 || w.size() > 8) return false;
    auto any = [w](std::initializer_list<std::string_view> words) {
        for (std::string_view k : words)
            if (same_text(k, w)) return true;
        return false;
    };
    switch (w[0]) {
    case 'F':
        return same_text(w, "False");
    case 'N':
        return same_text(w, "None");
    case 'T':
        return same_text(w, "True");
    case 'a':
        return any({"and", "as", "assert", "async", "await"});
    case 'b':
        return same_text(w, "break");
    case 'c':
        return any({"class", "continue"});
    case 'd':
        return any({"def", "del"});
    case 'e':
        return any({"elif", "else", "except"});
    case 'f':
        return any({"finally", "for", "from"});
    case 'g':
        return same_text(w, "global");
    case 'i':
        return any({"if", "import", "in", "is"});
    case 'l':
        return same_text(w, "lambda");
    case 'n':
        return any({"nonlocal", "not"});
    case 'o':
        return same_text(w, "or");
    case 'p':
        return same_text(w, "pass");
    case 'r':
        return any({"raise", "return"});
    case 't':
        return same_text(w, "try");
    case 'w':
        return any({"while", "with"});
    case 'y':
        return same_text(w, "yield");
    default:
        return false;
    }
}

// r, u, b, f and the two-letter mixes Python 3 accepts (any case). `ur` is not one of them.
bool is_string_prefix(std::string_view p) {
    auto low = [](char c) { return static_cast<char>(c | 0x20); };
    if (p.size() == 1) return std::strchr("rubf", low(p[0])) != nullptr;
    if (p.size() != 2) return false;
    char a = low(p[0]), b = low(p[1]);
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

// Where byte `pos` is, counted from `start`: used only to report a bad byte, so speed is no concern.
SourceLocation locate(std::string_view s, std::size_t start, std::size_t pos, const std::string& path) {
    SourceLocation where{path, 1, 1};
    for (std::size_t i = start; i < pos; ++i) {
        char c = s[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
            ++where.line;
            where.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
            ++where.column;
        }
    }
    return where;
}

// Checks that the source is UTF-8 without NUL bytes, eight ASCII bytes at a time where it can.
void check_encoding(std::string_view s, std::size_t start, const std::string& path) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
    const std::size_t n = s.size();
    auto byte = [&](std::size_t k) { return k < n ? static_cast<unsigned char>(s[k]) : 0u; };
    std::size_t i = start;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t v;
            std::memcpy(&v, s.data() + i, 8);
            if (((v & kHigh) | ((v - kOnes) & ~v & kHigh)) == 0) {
                i += 8;
                continue;
            }
        }
        unsigned c = byte(i);
        if (c == 0)
            throw Error(
                locate(s, start, i, path),
                "the file contains a NUL byte; Revlab reads Python source text, save the file as text");
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned low = 0x80, high = 0xBF; // the range allowed for the second byte
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c == 0xE0)
            length = 3, low = 0xA0;
        else if (c == 0xED)
            length = 3, high = 0x9F; // no UTF-16 surrogates
        else if (c >= 0xE1 && c <= 0xEF)
            length = 3;
        else if (c == 0xF0)
            length = 4, low = 0x90;
        else if (c >= 0xF1 && c <= 0xF3)
            length = 4;
        else if (c == 0xF4)
            length = 4, high = 0x8F; // nothing past U+10FFFF
        bool ok = length != 0 && byte(i + 1) >= low && byte(i + 1) <= high;
        for (std::size_t k = 2; ok && k < length; ++k)
            ok = (byte(i + k) & 0xC0) == 0x80;
        if (!ok)
            throw Error(locate(s, start, i, path), "the file is not valid UTF-8 (byte 0x" + hex(c, 2) +
                                                       " cannot be decoded here); save the file as UTF-8");
        i += length;
    }
}

class Lexer {
  public:
    Lexer(std::string_view source, const std::string& path) : src_(source), path_(path) {}
    std::vector<Token> run();
    bool literal(std::size_t start, std::size_t prefix_length, std::string& value);

  private:
    struct Indentation {
        int width;     // tabs to the next multiple of 8
        int alt_width; // tabs as 1: if the two disagree on an order, the tab size matters
    };
    struct Bracket {
        char open;
        int line, column;
    };

    std::string_view src_;
    const std::string& path_;
    std::vector<Token> out_;
    std::vector<Indentation> indents_;
    std::vector<Bracket> brackets_;
    std::string scratch_; // string values decoded while checking literals, then dropped
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0; // byte offset of the current physical line
    int line_ = 1;
    bool line_has_tokens_ = false;
    // column_of() counts code points incrementally from the last position asked for on the line.
    int col_line_ = 0;
    std::size_t col_pos_ = 0;
    int col_ = 1;

    unsigned at(std::size_t i) const { return i < src_.size() ? static_cast<unsigned char>(src_[i]) : 0u; }
    std::size_t newline_length(std::size_t i) const {
        unsigned c = at(i);
        if (c == '\n') return 1;
        if (c == '\r') return at(i + 1) == '\n' ? 2 : 1;
        return 0;
    }
    void next_line(std::size_t start) {
        pos_ = line_start_ = start;
        ++line_;
    }
    int column_of(std::size_t pos);
    [[noreturn]] void fail(std::size_t pos, std::string message) {
        throw Error(SourceLocation{path_, line_, column_of(pos)}, std::move(message));
    }
    [[noreturn]] void invalid_character(std::size_t pos);
    Token& emit(TokenKind kind, int line, int column, std::string_view text);
    Token& emit(TokenKind kind, std::size_t start) {
        return emit(kind, line_, column_of(start), src_.substr(start, pos_ - start));
    }

    bool begin_line();
    void indent(int width, int alt_width);
    void number();
    void decimal_digits();
    void identifier();
    void string(std::size_t start, std::size_t prefix_length);
    void escape(std::string& value, bool bytes);
    void op();
    void finish();
};

int Lexer::column_of(std::size_t pos) {
    if (col_line_ != line_ || pos < col_pos_) {
        col_line_ = line_;
        col_pos_ = line_start_;
        col_ = 1;
    }
    for (; col_pos_ < pos; ++col_pos_)
        if ((at(col_pos_) & 0xC0) != 0x80) ++col_;
    return col_;
}

Token& Lexer::emit(TokenKind kind, int line, int column, std::string_view text) {
    Token& t = out_.emplace_back();
    t.kind = kind;
    t.line = line;
    t.column = column;
    t.text = text;
    line_has_tokens_ = kind != TokenKind::Newline;
    return t;
}

void Lexer::invalid_character(std::size_t pos) {
    char32_t cp = decode(src_, pos).value;
    std::string shown = "U+" + hex(cp, cp > 0xFFFF ? 6 : 4);
    if (!needs_escape(cp)) {
        std::string glyph;
        append_utf8(glyph, cp);
        shown = "'" + glyph + "' (" + shown + ")";
    }
    std::string advice;
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D)
        advice = "; use a plain ASCII quote (' or \")";
    else if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B))
        advice = "; use a plain space";
    else if (cp >= 0xFF01 && cp <= 0xFF5E) // fullwidth forms, as typed by a CJK input method
        advice = std::string("; use the ASCII '") + static_cast<char>(cp - 0xFEE0) + "' instead";
    fail(pos, "invalid character " + shown + " in the source" + advice);
}

// At the start of a physical line outside brackets: measures the indentation and, for a line with
// code on it, emits the INDENT/DEDENT tokens. A blank or comment-only line is consumed whole and
// false returned, as is the end of the file.
bool Lexer::begin_line() {
    int width = 0, alt_width = 0;
    for (;; ++pos_) {
        unsigned c = at(pos_);
        if (c == ' ') {
            ++width, ++alt_width;
        } else if (c == '\t') {
            width = (width / 8 + 1) * 8, ++alt_width;
        } else if (c == '\f') {
            width = alt_width = 0; // as CPython: a form feed resets the count
        } else {
            break;
        }
    }
    if (at(pos_) == '#') pos_ = std::min(src_.find_first_of("\r\n", pos_), src_.size());
    if (pos_ >= src_.size()) return false;
    if (std::size_t nl = newline_length(pos_)) {
        next_line(pos_ + nl);
        return false;
    }
    indent(width, alt_width);
    return true;
}

void Lexer::indent(int width, int alt_width) {
    static constexpr const char* kTabs =
        "inconsistent use of tabs and spaces in indentation (its meaning depends on "
        "the tab size); indent with spaces only, or with tabs only";
    const Indentation top = indents_.back();
    if (width == top.width) {
        if (alt_width != top.alt_width) fail(pos_, kTabs);
        return;
    }
    if (width > top.width) {
        if (alt_width <= top.alt_width) fail(pos_, kTabs);
        if (indents_.size() > static_cast<std::size_t>(kMaxNesting))
            fail(pos_, "blocks are nested too deeply (more than 100 levels of indentation); "
                       "move the inner code into a function");
        indents_.push_back({width, alt_width});
        emit(TokenKind::Indent, line_, column_of(pos_), src_.substr(line_start_, pos_ - line_start_));
        return;
    }
    while (indents_.size() > 1 && width < indents_.back().width) {
        indents_.pop_back();
        emit(TokenKind::Dedent, line_, column_of(pos_), {});
    }
    if (width != indents_.back().width)
        fail(pos_,
             "unindent does not match any outer indentation level; line it up with the block it belongs to");
    if (alt_width != indents_.back().alt_width) fail(pos_, kTabs);
}

void Lexer::decimal_digits() {
    if (!is_digit(at(pos_))) fail(pos_, "invalid decimal literal");
    for (;;) {
        while (is_digit(at(pos_)))
            ++pos_;
        if (at(pos_) == '_' && is_digit(at(pos_ + 1))) {
            pos_ += 2;
            continue;
        }
        break;
    }
    if (at(pos_) == '_') fail(pos_, "invalid decimal literal: '_' may only separate digits");
}

void Lexer::number() {
    const std::size_t start = pos_;
    const unsigned radix = at(pos_ + 1) | 0x20;
    if (at(pos_) == '0' && (radix == 'x' || radix == 'o' || radix == 'b')) {
        const char* kind = radix == 'x' ? "hexadecimal" : radix == 'o' ? "octal" : "binary";
        auto is_radix_digit = [&](unsigned c) {
            return radix == 'x'   ? hex_value(c) >= 0
                   : radix == 'o' ? (c >= '0' && c <= '7')
                                  : (c == '0' || c == '1');
        };
        pos_ += 2;
        std::size_t digits = 0;
        for (;;) {
            if (at(pos_) == '_' && is_radix_digit(at(pos_ + 1))) ++pos_;
            if (!is_radix_digit(at(pos_))) break;
            ++pos_, ++digits;
        }
        if (digits == 0 || is_ascii_id_char(at(pos_)))
            fail(digits == 0 ? start : pos_, std::string("invalid ") + kind + " literal");
    } else {
        bool is_float = false;
        if (at(pos_) != '.') decimal_digits();
        if (at(pos_) == '.') {
            is_float = true;
            ++pos_;
            if (is_digit(at(pos_))) decimal_digits();
        }
        if ((at(pos_) | 0x20) == 'e') {
            std::size_t p = pos_ + 1;
            if (at(p) == '+' || at(p) == '-') ++p;
            if (is_digit(at(p))) {
                pos_ = p;
                decimal_digits();
                is_float = true;
            }
        }
        if ((at(pos_) | 0x20) == 'j')
            fail(start, "unsupported Python: Revlab does not run complex numbers; use an int or a float");
        if (!is_float && at(start) == '0') {
            for (std::size_t p = start; p < pos_; ++p)
                if (at(p) != '0' && at(p) != '_')
                    fail(start, "leading zeros in decimal integer literals are not permitted; "
                                "write 0o... for an octal number");
        }
        if (is_ascii_id_char(at(pos_)) || at(pos_) >= 0x80) fail(pos_, "invalid decimal literal");
    }
    emit(TokenKind::Number, start);
}

void Lexer::identifier() {
    const std::size_t start = pos_;
    for (;;) {
        unsigned c = at(pos_);
        if (c < 0x80) {
            if (!is_ascii_id_char(c)) break;
            ++pos_;
        } else {
            Utf8Char cp = decode(src_, pos_);
            if (!is_identifier_codepoint(cp.value)) break;
            pos_ += static_cast<std::size_t>(cp.length);
        }
    }
    if (pos_ == start) invalid_character(start);
    std::string_view word = src_.substr(start, pos_ - start);
    if ((at(pos_) == '\'' || at(pos_) == '"') && is_string_prefix(word)) {
        string(start, word.size());
        return;
    }
    emit(is_keyword(word) ? TokenKind::Keyword : TokenKind::Name, start);
}

void Lexer::string(std::size_t start, std::size_t prefix_length) {
    const int line = line_, column = column_of(start);
    scratch_.clear();
    const bool bytes = literal(start, prefix_length, scratch_);
    Token& t = emit(TokenKind::String, line, column, src_.substr(start, pos_ - start));
    t.is_bytes = bytes;
    for (char c : src_.substr(start, prefix_length))
        t.is_formatted = t.is_formatted || (c | 0x20) == 'f';
}

// Reads the string literal whose prefix starts at `start`, appending its decoded value to `value`:
// runs of plain characters in one go, newlines (of any convention) as "\n" as in CPython. Returns
// whether it is a bytes literal.
bool Lexer::literal(std::size_t start, std::size_t prefix_length, std::string& value) {
    bool raw = false, bytes = false;
    for (char c : src_.substr(start, prefix_length)) {
        c = static_cast<char>(c | 0x20);
        raw = raw || c == 'r';
        bytes = bytes || c == 'b';
    }
    const int line = line_;
    const std::size_t open = start + prefix_length;
    const int open_column = column_of(open);
    const unsigned quote = at(open);
    const bool triple = at(open + 1) == quote && at(open + 2) == quote;
    pos_ = open + (triple ? 3 : 1);
    for (;;) {
        std::size_t run = pos_;
        for (unsigned c = at(run); run < src_.size(); c = at(++run))
            if (c == quote || c == '\\' || c == '\n' || c == '\r' || (bytes && c >= 0x80)) break;
        value.append(src_.data() + pos_, run - pos_);
        pos_ = run;
        const unsigned c = at(pos_);
        if (pos_ >= src_.size() || (c == '\\' && pos_ + 1 >= src_.size()) ||
            (!triple && newline_length(pos_) != 0))
            throw Error(SourceLocation{path_, line, open_column},
                        triple
                            ? "unterminated triple-quoted string literal (opened here); close it with " +
                                  std::string(3, static_cast<char>(quote))
                            : "unterminated string literal (opened here); close it on the same line, or use "
                              "triple quotes for text that spans lines");
        if (c == quote) {
            pos_ += 1;
            if (!triple) break;
            if (at(pos_) == quote && at(pos_ + 1) == quote) {
                pos_ += 2;
                break;
            }
            value += static_cast<char>(quote);
        } else if (std::size_t nl = newline_length(pos_)) {
            value += '\n';
            next_line(pos_ + nl);
        } else if (c == '\\' && !raw) {
            escape(value, bytes);
        } else if (c == '\\') {
            // A raw string keeps a backslash and the character after it as written, but that
            // character cannot end the literal: r'\'' is a backslash and a quote.
            value += '\\';
            ++pos_;
            if (std::size_t after = newline_length(pos_)) {
                value += '\n';
                next_line(pos_ + after);
            } else if (at(pos_) < 0x80) {
                value += static_cast<char>(at(pos_++));
            }
        } else {
            fail(pos_, "bytes literals can only contain ASCII characters; write other bytes as \\x escapes");
        }
    }
    return bytes;
}

// A backslash escape in a non-raw literal, as Python 3 reads it. An unknown escape such as "\d" is
// kept as written, as CPython does (with a warning).
void Lexer::escape(std::string& value, bool bytes) {
    const std::size_t backslash = pos_;
    const unsigned c = at(pos_ + 1);
    if (std::size_t nl = newline_length(pos_ + 1)) { // backslash-newline: the line goes on
        next_line(pos_ + 1 + nl);
        return;
    }
    pos_ += 2;
    auto hex_digits = [&](int count) {
        char32_t v = 0;
        for (int i = 0; i < count; ++i, ++pos_) {
            int d = hex_value(at(pos_));
            if (d < 0)
                fail(backslash, std::string("invalid \\") + static_cast<char>(c) +
                                    " escape: it needs exactly " + std::to_string(count) + " hex digits");
            v = v * 16 + static_cast<char32_t>(d);
        }
        return v;
    };
    char32_t cp = 0;
    switch (c) {
    case '\\':
    case '\'':
    case '"':
        value += static_cast<char>(c);
        return;
    case 'a':
        value += '\a';
        return;
    case 'b':
        value += '\b';
        return;
    case 'f':
        value += '\f';
        return;
    case 'n':
        value += '\n';
        return;
    case 'r':
        value += '\r';
        return;
    case 't':
        value += '\t';
        return;
    case 'v':
        value += '\v';
        return;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        cp = c - '0';
        for (int i = 0; i < 2 && at(pos_) >= '0' && at(pos_) <= '7'; ++i)
            cp = cp * 8 + (at(pos_++) - '0');
        if (bytes && cp > 0xFF)
            fail(backslash, "octal escape out of range for a byte (the largest is \\377)");
        break;
    case 'x':
        cp = hex_digits(2);
        break;
    case 'u':
    case 'U':
    case 'N':
        if (bytes) { // not escapes in a bytes literal
            value += '\\';
            --pos_;
            return;
        }
        if (c == 'N')
            fail(backslash, "unsupported Python: Revlab does not read \\N{...} escapes; write the character "
                            "itself, or use a \\u escape");
        cp = hex_digits(c == 'u' ? 4 : 8);
        break;
    default:
        value += '\\';
        --pos_;
        return;
    }
    if (bytes) {
        value += static_cast<char>(cp);
        return;
    }
    if (cp > 0x10FFFF) fail(backslash, "\\U escape beyond U+10FFFF, the last Unicode character");
    if (cp >= 0xD800 && cp <= 0xDFFF)
        fail(backslash, "\\u escape for a lone surrogate (U+" + hex(cp, 4) +
                            "), which cannot be stored as UTF-8; write the character itself");
    append_utf8(value, cp);
}

// The length of the operator or delimiter at `pos`, 0 if there is none: the longest match, as
// Python reads "**=" as one token.
std::size_t operator_length(unsigned c0, unsigned c1, unsigned c2) {
    switch (c0) {
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case ',':
    case ';':
    case '~':
        return 1;
    case '.':
        return c1 == '.' && c2 == '.' ? 3 : 1;
    case '!':
        return c1 == '=' ? 2 : 0;
    case '-':
        return c1 == '=' || c1 == '>' ? 2 : 1;
    case '*':
    case '/':
    case '<':
    case '>':
        if (c1 == c0) return c2 == '=' ? 3 : 2; // ** // << >> and **= //= <<= >>=
        return c1 == '=' ? 2 : 1;
    case ':':
    case '=':
    case '+':
    case '%':
    case '&':
    case '|':
    case '^':
    case '@':
        return c1 == '=' ? 2 : 1;
    default:
        return 0;
    }
}

void Lexer::op() {
    const std::size_t start = pos_;
    const std::size_t length = operator_length(at(pos_), at(pos_ + 1), at(pos_ + 2));
    if (length == 0) invalid_character(pos_);

    const char c = src_[pos_];
    if (length == 1 && (c == '(' || c == '[' || c == '{')) {
        if (brackets_.size() >= static_cast<std::size_t>(kMaxNesting))
            fail(pos_, "brackets are nested too deeply (more than 100 levels); "
                       "split the expression into simpler statements");
        brackets_.push_back({c, line_, column_of(pos_)});
    } else if (length == 1 && (c == ')' || c == ']' || c == '}')) {
        if (brackets_.empty())
            fail(pos_, std::string("unmatched '") + c + "'; remove it or add its opening bracket");
        const Bracket& b = brackets_.back();
        const char expected = b.open == '(' ? ')' : b.open == '[' ? ']' : '}';
        if (c != expected)
            fail(pos_, std::string("closing '") + c + "' does not match the opening '" + b.open +
                           "' at line " + std::to_string(b.line) + ", column " + std::to_string(b.column) +
                           "; expected '" + expected + "'");
        brackets_.pop_back();
    }
    pos_ += length;
    emit(TokenKind::Op, start);
}

void Lexer::finish() {
    if (!brackets_.empty()) {
        const Bracket& b = brackets_.back();
        const char close = b.open == '(' ? ')' : b.open == '[' ? ']' : '}';
        throw Error(SourceLocation{path_, b.line, b.column},
                    std::string("'") + b.open + "' was never closed; add the missing '" + close + "'");
    }
    const int column = column_of(pos_);
    if (line_has_tokens_) emit(TokenKind::Newline, line_, column, {});
    for (; indents_.size() > 1; indents_.pop_back())
        emit(TokenKind::Dedent, line_, column, {});
    emit(TokenKind::EndOfFile, line_, column, {});
}

std::vector<Token> Lexer::run() {
    if (src_.size() > kMaxSourceBytes)
        throw Error(SourceLocation{path_, 1, 1}, "the file is too large (" + std::to_string(src_.size()) +
                                                     " bytes); Revlab reads files of up to 4 MiB");
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3; // a BOM is not part of line 1
    check_encoding(src_, pos_, path_);
    out_.reserve(src_.size() / 4 + 16); // revision files run 4 to 8 bytes a token
    indents_.push_back({0, 0});

    bool at_line_start = true;
    for (;;) {
        if (at_line_start) {
            if (!begin_line()) {
                if (pos_ >= src_.size()) break;
                continue;
            }
            at_line_start = false;
        }
        unsigned c = at(pos_);
        while (c == ' ' || c == '\t' || c == '\f')
            c = at(++pos_);
        if (pos_ >= src_.size()) break;
        if (c == '#') {
            pos_ = std::min(src_.find_first_of("\r\n", pos_), src_.size());
        } else if (std::size_t nl = newline_length(pos_)) {
            // Inside brackets lines join implicitly; outside, this ends the logical line.
            if (brackets_.empty()) {
                if (line_has_tokens_) emit(TokenKind::Newline, line_, column_of(pos_), src_.substr(pos_, nl));
                at_line_start = true;
            }
            next_line(pos_ + nl);
        } else if (c == '\\') {
            std::size_t after = newline_length(pos_ + 1);
            if (after == 0 && pos_ + 1 >= src_.size())
                fail(pos_, "unexpected end of file after the line continuation character '\\'");
            if (after == 0)
                fail(pos_ + 1, "unexpected character after the line continuation character '\\' "
                               "(a '\\' outside a string must be the last character on its line)");
            next_line(pos_ + 1 + after);
        } else if (is_digit(c) || (c == '.' && is_digit(at(pos_ + 1)))) {
            number();
        } else if (c == '\'' || c == '"') {
            string(pos_, 0);
        } else if (is_ascii_id_start(c) || c >= 0x80) {
            identifier();
        } else {
            op();
        }
    }
    finish();
    return std::move(out_);
}

} // namespace

std::vector<Token> tokenize(std::string_view source, const std::string& path) {
    return Lexer(source, path).run();
}

void append_string_value(const Token& token, std::string& out) {
    if (token.kind != TokenKind::String) return;
    const std::string_view text = token.text;
    const std::size_t prefix = text.find_first_of("'\"");
    const char quote = text[prefix];
    const bool triple = text.size() >= prefix + 6 && text[prefix + 1] == quote && text[prefix + 2] == quote;
    const std::size_t quotes = triple ? 3 : 1;
    const std::string_view body = text.substr(prefix + quotes, text.size() - prefix - 2 * quotes);
    if (body.find_first_of("\\\r") == std::string_view::npos) {
        out.append(body); // the common case: nothing to decode
        return;
    }
    // tokenize() has checked this literal, so reading it again cannot fail and names no file.
    const std::string no_path;
    Lexer(text, no_path).literal(0, prefix, out);
}

std::string printable(std::string_view text, std::size_t max_chars) {
    std::string out;
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        if (count == max_chars) {
            out += "...";
            break;
        }
        Utf8Char cp = decode(text, i);
        if (cp.length == 1 && cp.value >= 0x80) {
            out += "\\x" + hex(cp.value, 2); // a byte that is not UTF-8
        } else if (cp.value == '\n') {
            out += "\\n";
        } else if (cp.value == '\t') {
            out += "\\t";
        } else if (needs_escape(cp.value)) {
            out += cp.value < 0x100 ? "\\x" + hex(cp.value, 2) : "\\u" + hex(cp.value, 4);
        } else {
            out.append(text.substr(i, static_cast<std::size_t>(cp.length)));
        }
        i += static_cast<std::size_t>(cp.length);
    }
    return out;
}

std::string describe(const Token& token) {
    // Built by appends: g++ 12 at -O3 warns (-Wrestrict) on "..." + std::string(...).
    std::string out;
    switch (token.kind) {
    case TokenKind::Name:
        return out.append("name '").append(printable(token.text)).append("'");
    case TokenKind::Keyword:
        return out.append("keyword '").append(token.text).append("'");
    case TokenKind::Number:
        return out.append("number ").append(printable(token.text));
    case TokenKind::String:
        return token.is_bytes ? "a bytes literal" : "a string literal";
    case TokenKind::Op:
        return out.append("'").append(token.text).append("'");
    case TokenKind::Newline:
        return "end of line";
    case TokenKind::Indent:
        return "an indented line";
    case TokenKind::Dedent:
        return "the end of the indented block";
    case TokenKind::EndOfFile:
        break;
    }
    return "end of file";
}

} // namespace revlab::py
