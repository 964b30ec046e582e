// Pattern text to a tree, as Python 3.11's re/_parser.py reads it: the same tokens, the same
// choices where a character is literal or special ("x{" is literal, "{,3}" a repeat), and the same
// error messages at the same positions, since scripts print them.
#include "py/stdlib/regex_ast.hpp"
#include "py/str_repr.hpp"

#include <algorithm>
#include <map>

namespace revlab::py::regex {

namespace {

constexpr unsigned kTypeFlags = kAscii | kLocale | kUnicode;
constexpr unsigned kGlobalFlags = kDebug | kTemplate;
constexpr std::uint32_t kMaxGroups = 1073741823;
// Python's parser recurses per nested group and stops near 500 levels with a RecursionError;
// Revlab stops sooner: the parse, the compile and the tree's destruction recurse per level.
constexpr int kMaxDepth = 200;

bool is_ascii_letter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
bool is_ascii_digit(char32_t c) {
    return c >= U'0' && c <= U'9';
}
bool is_oct_digit(char32_t c) {
    return c >= U'0' && c <= U'7';
}
bool is_hex_digit(char32_t c) {
    return is_ascii_digit(c) || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F');
}
int hex_value(char32_t c) {
    return is_ascii_digit(c) ? static_cast<int>(c - U'0') : static_cast<int>((c | 0x20) - U'a' + 10);
}

unsigned flag_of(char32_t c) {
    switch (c) {
    case U'i':
        return kIgnoreCase;
    case U'L':
        return kLocale;
    case U'm':
        return kMultiline;
    case U's':
        return kDotAll;
    case U'x':
        return kVerbose;
    case U'a':
        return kAscii;
    case U't':
        return kTemplate;
    case U'u':
        return kUnicode;
    default:
        return 0;
    }
}

// str.isidentifier(), close enough for group names: a word character that is not a digit, then
// word characters.
bool is_identifier(std::u32string_view s) {
    if (s.empty() || !is_word(s[0], false) || is_digit(s[0], false)) return false;
    for (char32_t c : s)
        if (!is_word(c, false)) return false;
    return true;
}

std::string quoted(std::u32string_view s) {
    return repr_str(to_utf8(s));
}

Width add(Width a, Width b) {
    const auto sum = [](std::uint64_t x, std::uint64_t y) {
        return x > kUnbounded64 - y ? kUnbounded64 : x + y;
    };
    return {sum(a.min, b.min), sum(a.max, b.max)};
}

std::uint64_t mul(std::uint64_t x, std::uint64_t n) {
    if (x == 0 || n == 0) return 0;
    if (x == kUnbounded64 || n == kUnbounded || x > kUnbounded64 / n) return kUnbounded64;
    return x * n;
}

// One token: a character, or a backslash and the character after it (as Python's Tokenizer).
struct Tok {
    bool none = true;
    bool esc = false;
    char32_t c = 0;
    std::size_t size() const { return none ? 0 : esc ? 2 : 1; }
    bool is(char32_t ch) const { return !none && !esc && c == ch; }
    std::u32string text() const {
        if (none) return {};
        return esc ? std::u32string{U'\\', c} : std::u32string{c};
    }
};

class Parser {
  public:
    Parser(std::u32string_view pattern, unsigned flags, bool bytes, Budget* budget)
        : src_(pattern), bytes_(bytes), budget_(budget) {
        ast_.flags = flags;
        group_open_.push_back(false); // group 0
        group_width_.push_back({});
        advance();
    }

    Ast run() {
        ast_.root = parse_sub(ast_.flags, (ast_.flags & kVerbose) != 0, 0);
        if (!next_.none) error("unbalanced parenthesis"); // the only token that stops parse_sub: ')'
        for (const auto& [group, pos] : group_refs_)
            if (group >= groups()) throw SyntaxError{"invalid group reference " + std::to_string(group), pos};
        fix_flags();
        ast_.groups = groups() - 1;
        for (const auto& [name, group] : names_)
            ast_.names.emplace_back(to_utf8(name), group);
        std::sort(ast_.names.begin(), ast_.names.end(),
                  [](const auto& a, const auto& b) { return a.second < b.second; });
        return std::move(ast_);
    }

  private:
    // ---- the tokenizer
    void advance() {
        std::size_t i = index_;
        if (i >= src_.size()) {
            next_ = Tok{};
            return;
        }
        Tok t;
        t.none = false;
        t.c = src_[i];
        if (t.c == U'\\') {
            ++i;
            if (i >= src_.size())
                throw SyntaxError{"bad escape (end of pattern)", static_cast<std::int64_t>(src_.size()) - 1};
            t.esc = true;
            t.c = src_[i];
        }
        index_ = i + 1;
        next_ = t;
    }
    Tok get() {
        Tok t = next_;
        advance();
        return t;
    }
    bool match(char32_t c) {
        if (!next_.is(c)) return false;
        advance();
        return true;
    }
    std::size_t tell() const { return index_ - next_.size(); }
    void seek(std::size_t i) {
        index_ = i;
        advance();
    }
    [[noreturn]] void error(std::string msg, std::size_t offset = 0) const {
        throw SyntaxError{std::move(msg), static_cast<std::int64_t>(tell() - offset)};
    }
    // Up to n plain characters accepted by `ok`.
    template <class Pred> std::u32string get_while(std::size_t n, Pred ok) {
        std::u32string out;
        for (std::size_t k = 0; k < n && !next_.none && !next_.esc && ok(next_.c); ++k)
            out += get().c;
        return out;
    }
    std::u32string get_until(char32_t terminator, const std::string& name) {
        std::u32string out;
        while (true) {
            Tok t = get();
            if (t.none) {
                if (out.empty()) error("missing " + name);
                error("missing " + to_utf8(std::u32string(1, terminator)) + ", unterminated name",
                      out.size());
            }
            if (t.is(terminator)) {
                if (out.empty()) error("missing " + name, 1);
                break;
            }
            out += t.text();
        }
        return out;
    }
    void check_group_name(const std::u32string& name, std::size_t offset) const {
        if (!is_identifier(name)) error("bad character in group name " + quoted(name), name.size() + offset);
    }

    // ---- groups
    std::uint32_t groups() const { return static_cast<std::uint32_t>(group_open_.size()); }
    bool check_group(std::uint32_t g) const { return g < groups() && !group_open_[g]; }
    void check_lookbehind_group(std::uint32_t g) const {
        if (!lookbehind_groups_) return;
        if (!check_group(g)) error("cannot refer to an open group");
        if (g >= *lookbehind_groups_)
            error("cannot refer to group defined in the same lookbehind subpattern");
    }

    // ---- escapes
    bool ascii_mode(unsigned flags) const { return bytes_ || (flags & (kAscii | kLocale)) != 0; }
    Fold fold_mode(unsigned flags) const {
        if (!(flags & kIgnoreCase)) return Fold::None;
        return ascii_mode(flags) ? Fold::Ascii : Fold::Unicode;
    }

    Node char_node(char32_t c, unsigned flags) {
        Node n;
        n.kind = Node::Kind::Char;
        n.fold = fold_mode(flags);
        n.ch = fold(c, n.fold);
        if (n.fold == Fold::Unicode && !case_fixes(n.ch).empty()) { // 's' also matches 'ſ': a class
            CharSet set;
            set.add(n.ch);
            return set_node(std::move(set), false, flags);
        }
        return n;
    }
    Node set_node(CharSet set, bool negate, unsigned flags) {
        const std::uint64_t work = set.finish(negate, fold_mode(flags), ascii_mode(flags));
        if (budget_) budget_->charge(work);
        Node n;
        n.kind = Node::Kind::Set;
        n.index = static_cast<std::uint32_t>(ast_.sets.size());
        ast_.sets.push_back(std::move(set));
        return n;
    }
    static Node assert_node(AssertKind k, bool ascii) {
        Node n;
        n.kind = Node::Kind::Assert;
        n.index = static_cast<std::uint32_t>(k);
        n.flag = ascii;
        return n;
    }

    static std::optional<CharSet::Category> category(char32_t c) {
        switch (c) {
        case U'd':
            return CharSet::kDigit;
        case U'D':
            return CharSet::kNotDigit;
        case U's':
            return CharSet::kSpace;
        case U'S':
            return CharSet::kNotSpace;
        case U'w':
            return CharSet::kWord;
        case U'W':
            return CharSet::kNotWord;
        default:
            return std::nullopt;
        }
    }
    static std::optional<char32_t> simple_escape(char32_t c) {
        switch (c) {
        case U'a':
            return 7;
        case U'b':
            return 8;
        case U'f':
            return 12;
        case U'n':
            return 10;
        case U'r':
            return 13;
        case U't':
            return 9;
        case U'v':
            return 11;
        case U'\\':
            return U'\\';
        default:
            return std::nullopt;
        }
    }

    // \x \u \U (and \N): the escapes shared by classes and sequences; nullopt when `esc` is none.
    std::optional<char32_t> code_escape(std::u32string& escape) {
        const char32_t c = escape[1];
        std::size_t digits = 0;
        if (c == U'x')
            digits = 2;
        else if (c == U'u' && !bytes_)
            digits = 4;
        else if (c == U'U' && !bytes_)
            digits = 8;
        else if (c == U'N' && !bytes_) {
            // The Unicode name table is not in Revlab: every name is unknown.
            if (!match(U'{')) error("missing {");
            const std::u32string name = get_until(U'}', "character name");
            error("undefined character name " + quoted(name), name.size() + 4);
        } else {
            return std::nullopt;
        }
        escape += get_while(digits, is_hex_digit);
        if (escape.size() != digits + 2) error("incomplete escape " + to_utf8(escape), escape.size());
        std::uint32_t value = 0;
        for (std::size_t k = 2; k < escape.size(); ++k)
            value = value * 16 + static_cast<std::uint32_t>(hex_value(escape[k]));
        if (value > 0x10FFFF) error("bad escape " + to_utf8(escape), escape.size());
        return value;
    }

    // An escape inside [...]: a character, or a category (returned through `cat`).
    char32_t class_escape(Tok t, std::optional<CharSet::Category>& cat) {
        cat.reset();
        if (auto e = simple_escape(t.c)) return *e;
        if ((cat = category(t.c))) return 0;
        std::u32string escape = t.text();
        if (auto v = code_escape(escape)) return *v;
        if (is_oct_digit(t.c)) {
            escape += get_while(2, is_oct_digit);
            std::uint32_t v = 0;
            for (std::size_t k = 1; k < escape.size(); ++k)
                v = v * 8 + (escape[k] - U'0');
            if (v > 0377)
                error("octal escape value " + to_utf8(escape) + " outside of range 0-0o377", escape.size());
            return v;
        }
        if (is_ascii_digit(t.c) || is_ascii_letter(t.c))
            error("bad escape " + to_utf8(escape), escape.size());
        return t.c;
    }

    // An escape in a sequence: a character, a category, an anchor or a group reference.
    Node escape(Tok t, unsigned flags) {
        const bool ascii = ascii_mode(flags);
        switch (t.c) {
        case U'A':
            return assert_node(AssertKind::Begin, ascii);
        case U'Z':
            return assert_node(AssertKind::EndString, ascii);
        case U'b':
            return assert_node(AssertKind::Boundary, ascii);
        case U'B':
            return assert_node(AssertKind::NonBoundary, ascii);
        default:
            break;
        }
        if (auto cat = category(t.c)) {
            CharSet set;
            set.add_category(*cat);
            return set_node(std::move(set), false, flags);
        }
        if (auto e = simple_escape(t.c)) return char_node(*e, flags);
        std::u32string escape = t.text();
        if (auto v = code_escape(escape)) return char_node(*v, flags);
        if (t.c == U'0') {
            escape += get_while(2, is_oct_digit);
            std::uint32_t v = 0;
            for (std::size_t k = 1; k < escape.size(); ++k)
                v = v * 8 + (escape[k] - U'0');
            return char_node(v, flags);
        }
        if (is_ascii_digit(t.c)) {
            // an octal escape of three digits, or a group reference of one or two
            if (!next_.none && !next_.esc && is_ascii_digit(next_.c)) {
                escape += get().c;
                if (is_oct_digit(escape[1]) && is_oct_digit(escape[2]) && !next_.none && !next_.esc &&
                    is_oct_digit(next_.c)) {
                    escape += get().c;
                    const std::uint32_t v =
                        (escape[1] - U'0') * 64 + (escape[2] - U'0') * 8 + (escape[3] - U'0');
                    if (v > 0377)
                        error("octal escape value " + to_utf8(escape) + " outside of range 0-0o377",
                              escape.size());
                    return char_node(v, flags);
                }
            }
            std::uint32_t group = 0;
            for (std::size_t k = 1; k < escape.size(); ++k)
                group = group * 10 + (escape[k] - U'0');
            if (group < groups()) {
                if (!check_group(group)) error("cannot refer to an open group", escape.size());
                check_lookbehind_group(group);
                return backref(group, flags);
            }
            error("invalid group reference " + std::to_string(group), escape.size() - 1);
        }
        if (is_ascii_letter(t.c)) error("bad escape " + to_utf8(escape), escape.size());
        return char_node(t.c, flags);
    }

    Node backref(std::uint32_t group, unsigned flags) const {
        Node n;
        n.kind = Node::Kind::Backref;
        n.index = group;
        n.fold = fold_mode(flags);
        return n;
    }

    // ---- [...]
    Node parse_class(unsigned flags) {
        const std::size_t here = tell() - 1;
        CharSet set;
        std::size_t items = 0;
        // The class is one literal character (written once or more): single_char, when is_single.
        bool is_single = false;
        char32_t single_char = 0;
        const bool negate = match(U'^');
        while (true) {
            Tok t = get();
            if (t.none) error("unterminated character set", tell() - here);
            if (t.is(U']') && items > 0) break;
            std::optional<CharSet::Category> cat1;
            const char32_t c1 = t.esc ? class_escape(t, cat1) : t.c;
            if (match(U'-')) {
                Tok that = get();
                if (that.none) error("unterminated character set", tell() - here);
                if (that.is(U']')) {
                    if (cat1)
                        set.add_category(*cat1);
                    else
                        set.add(c1);
                    set.add(U'-');
                    items += 2;
                    is_single = false;
                    break;
                }
                std::optional<CharSet::Category> cat2;
                const char32_t c2 = that.esc ? class_escape(that, cat2) : that.c;
                const std::string msg =
                    "bad character range " + to_utf8(t.text()) + "-" + to_utf8(that.text());
                if (cat1 || cat2 || c2 < c1) error(msg, t.size() + 1 + that.size());
                set.add(c1, c2);
                is_single = false;
                items += 2;
            } else {
                if (cat1) {
                    set.add_category(*cat1);
                    is_single = false;
                } else {
                    set.add(c1);
                    is_single = items == 0 || (is_single && single_char == c1);
                    single_char = c1;
                }
                ++items;
            }
        }
        if (is_single && !negate) return char_node(single_char, flags);
        return set_node(std::move(set), negate, flags);
    }

    // ---- quantifiers: the token `t` was just read; `seq` holds the items before it.
    void parse_repeat(Tok t, std::vector<Node>& seq, std::vector<bool>& repeated) {
        const std::size_t here = tell();
        std::uint32_t min = 0, max = kUnbounded;
        if (t.c == U'?') {
            max = 1;
        } else if (t.c == U'+') {
            min = 1;
        } else if (t.c == U'{') {
            if (next_.is(U'}')) {
                seq.push_back(char_node(U'{', cur_flags_));
                repeated.push_back(false);
                return;
            }
            std::u32string lo, hi;
            while (!next_.none && !next_.esc && is_ascii_digit(next_.c))
                lo += get().c;
            if (match(U',')) {
                while (!next_.none && !next_.esc && is_ascii_digit(next_.c))
                    hi += get().c;
            } else {
                hi = lo;
            }
            if (!match(U'}')) {
                seq.push_back(char_node(U'{', cur_flags_));
                repeated.push_back(false);
                seek(here);
                return;
            }
            const auto number = [](const std::u32string& digits) {
                std::uint64_t v = 0;
                for (char32_t d : digits) {
                    v = v * 10 + (d - U'0');
                    if (v >= kUnbounded)
                        throw SyntaxError{"the repetition number is too large", -1,
                                          SyntaxError::Kind::Overflow};
                }
                return static_cast<std::uint32_t>(v);
            };
            if (!lo.empty()) min = number(lo);
            if (!hi.empty()) {
                max = number(hi);
                if (max < min) error("min repeat greater than max repeat", tell() - here);
            }
        }
        if (seq.empty() || seq.back().kind == Node::Kind::Assert)
            error("nothing to repeat", tell() - here + t.size());
        if (repeated.back()) error("multiple repeat", tell() - here + t.size());
        Node item = std::move(seq.back());
        Node r;
        r.kind = Node::Kind::Repeat;
        r.min = min;
        r.max = max;
        r.flag = true;
        if (match(U'?'))
            r.flag = false;
        else if (match(U'+'))
            r.possessive = true;
        r.kids.push_back(std::move(item));
        seq.back() = std::move(r);
        repeated.back() = true;
    }

    // ---- (...)
    // Parses what follows "(" (already read, at `start`); appends to seq, or returns false when
    // the group was global flags (which add nothing).
    void parse_group(std::size_t start, unsigned flags, bool verbose, int depth, bool first,
                     std::vector<Node>& seq, std::vector<bool>& repeated) {
        bool capture = true;
        bool atomic = false;
        std::u32string name;
        bool named = false;
        unsigned add_flags = 0, del_flags = 0;
        const auto append = [&](Node n) {
            seq.push_back(std::move(n));
            repeated.push_back(false);
        };
        if (match(U'?')) {
            Tok c = get();
            if (c.none) error("unexpected end of pattern");
            if (c.is(U'P')) {
                if (match(U'<')) {
                    name = get_until(U'>', "group name");
                    check_group_name(name, 1);
                    named = true;
                } else if (match(U'=')) {
                    name = get_until(U')', "group name");
                    check_group_name(name, 1);
                    auto it = names_.find(name);
                    if (it == names_.end()) error("unknown group name " + quoted(name), name.size() + 1);
                    if (!check_group(it->second)) error("cannot refer to an open group", name.size() + 1);
                    check_lookbehind_group(it->second);
                    append(backref(it->second, flags));
                    return;
                } else {
                    Tok d = get();
                    if (d.none) error("unexpected end of pattern");
                    error("unknown extension ?P" + to_utf8(d.text()), d.size() + 2);
                }
            } else if (c.is(U':')) {
                capture = false;
            } else if (c.is(U'#')) {
                while (true) {
                    if (next_.none) error("missing ), unterminated comment", tell() - start);
                    if (get().is(U')')) break;
                }
                return;
            } else if (c.is(U'=') || c.is(U'!') || c.is(U'<')) {
                bool behind = false;
                Tok kind = c;
                std::optional<std::uint32_t> saved_lookbehind = lookbehind_groups_;
                if (c.is(U'<')) {
                    kind = get();
                    if (kind.none) error("unexpected end of pattern");
                    if (!kind.is(U'=') && !kind.is(U'!'))
                        error("unknown extension ?<" + to_utf8(kind.text()), kind.size() + 2);
                    behind = true;
                    if (!lookbehind_groups_) lookbehind_groups_ = groups();
                }
                Node body = parse_sub(flags, verbose, depth + 1);
                if (behind && !saved_lookbehind) lookbehind_groups_.reset();
                if (!match(U')')) error("missing ), unterminated subpattern", tell() - start);
                Node n;
                n.kind = Node::Kind::Look;
                n.behind = behind;
                n.flag = kind.is(U'!');
                if (behind) { // the compiler checks that it is fixed (as Python's does)
                    const Width w = width(body);
                    n.min = static_cast<std::uint32_t>(std::min<std::uint64_t>(w.min, kUnbounded));
                    n.max = static_cast<std::uint32_t>(std::min<std::uint64_t>(w.max, kUnbounded));
                }
                n.kids.push_back(std::move(body));
                append(std::move(n));
                return;
            } else if (c.is(U'(')) {
                append(parse_conditional(start, flags, verbose, depth));
                return;
            } else if (c.is(U'>')) {
                capture = false;
                atomic = true;
            } else if ((!c.esc && flag_of(c.c) != 0) || c.is(U'-')) {
                auto scoped = parse_flags(c);
                if (!scoped) { // global flags: (?i)
                    if (!first || !seq.empty())
                        error("global flags not at the start of the expression", tell() - start);
                    return;
                }
                add_flags = scoped->first;
                del_flags = scoped->second;
                capture = false;
            } else {
                error("unknown extension ?" + to_utf8(c.text()), c.size() + 1);
            }
        }
        std::uint32_t group = 0;
        if (capture) {
            group = groups();
            if (group >= kMaxGroups) error("too many groups");
            if (named) {
                auto it = names_.find(name);
                if (it != names_.end())
                    error("redefinition of group name " + quoted(name) + " as group " +
                              std::to_string(group) + "; was group " + std::to_string(it->second),
                          name.size() + 1);
                names_.emplace(name, group);
            }
            group_open_.push_back(true);
            group_width_.push_back({});
        }
        unsigned inner = flags;
        if (add_flags & kTypeFlags) inner &= ~kTypeFlags;
        inner = (inner | add_flags) & ~del_flags;
        const bool sub_verbose = (verbose || (add_flags & kVerbose)) && !(del_flags & kVerbose);
        Node body = parse_sub(inner, sub_verbose, depth + 1);
        if (!match(U')')) error("missing ), unterminated subpattern", tell() - start);
        Node n;
        if (capture) {
            group_open_[group] = false;
            group_width_[group] = width(body);
            n.kind = Node::Kind::Group;
            n.index = group;
            n.kids.push_back(std::move(body));
        } else if (atomic) {
            n.kind = Node::Kind::Atomic;
            n.kids.push_back(std::move(body));
        } else {
            // (?:...) stays one item, so that a quantifier after it repeats all of it
            n = std::move(body);
            if (n.kind != Node::Kind::Seq) {
                Node wrap;
                wrap.kind = Node::Kind::Seq;
                wrap.kids.push_back(std::move(n));
                n = std::move(wrap);
            }
        }
        append(std::move(n));
    }

    Node parse_conditional(std::size_t start, unsigned flags, bool verbose, int depth) {
        const std::u32string cond = get_until(U')', "group name");
        std::uint32_t group = 0;
        if (is_identifier(cond)) {
            auto it = names_.find(cond);
            if (it == names_.end()) error("unknown group name " + quoted(cond), cond.size() + 1);
            group = it->second;
        } else {
            bool digits = !cond.empty();
            std::uint64_t v = 0;
            for (char32_t d : cond) {
                if (!is_ascii_digit(d))
                    digits = false;
                else if (v < kMaxGroups)
                    v = v * 10 + (d - U'0');
            }
            if (!digits) error("bad character in group name " + quoted(cond), cond.size() + 1);
            if (v == 0) error("bad group number", cond.size() + 1);
            if (v >= kMaxGroups) error("invalid group reference " + std::to_string(v), cond.size() + 1);
            group = static_cast<std::uint32_t>(v);
            group_refs_.emplace(group, static_cast<std::int64_t>(tell() - cond.size() - 1));
        }
        check_lookbehind_group(group);
        Node n;
        n.kind = Node::Kind::Conditional;
        n.index = group;
        n.kids.push_back(parse_seq(flags, verbose, depth + 1, false));
        if (match(U'|')) {
            n.kids.push_back(parse_seq(flags, verbose, depth + 1, false));
            if (next_.is(U'|')) error("conditional backref with more than two branches");
        } else {
            n.kids.emplace_back();
        }
        if (!match(U')')) error("missing ), unterminated subpattern", tell() - start);
        return n;
    }

    // Inline flags after "(?" (the first flag is `c`): nullopt for global flags "(?i)", else the
    // flags a scoped group "(?i-m:...)" adds and removes.
    std::optional<std::pair<unsigned, unsigned>> parse_flags(Tok c) {
        unsigned add = 0, del = 0;
        if (!c.is(U'-')) {
            while (true) {
                const unsigned f = flag_of(c.c);
                if (!bytes_ && c.c == U'L') error("bad inline flags: cannot use 'L' flag with a str pattern");
                if (bytes_ && c.c == U'u')
                    error("bad inline flags: cannot use 'u' flag with a bytes pattern");
                add |= f;
                if ((f & kTypeFlags) && (add & kTypeFlags) != f)
                    error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                c = get();
                if (c.none) error("missing -, : or )");
                if (c.is(U')') || c.is(U'-') || c.is(U':')) break;
                if (c.esc || flag_of(c.c) == 0)
                    error(!c.esc && is_word(c.c, false) && !is_digit(c.c, false) && c.c != U'_'
                              ? "unknown flag"
                              : "missing -, : or )",
                          c.size());
            }
        }
        if (c.is(U')')) {
            ast_.flags |= add;
            return std::nullopt;
        }
        if (add & kGlobalFlags) error("bad inline flags: cannot turn on global flag", 1);
        if (c.is(U'-')) {
            c = get();
            if (c.none) error("missing flag");
            if (c.esc || flag_of(c.c) == 0)
                error(!c.esc && is_word(c.c, false) && !is_digit(c.c, false) && c.c != U'_' ? "unknown flag"
                                                                                            : "missing flag",
                      c.size());
            while (true) {
                const unsigned f = flag_of(c.c);
                if (f & kTypeFlags) error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                del |= f;
                c = get();
                if (c.none) error("missing :");
                if (c.is(U':')) break;
                if (c.esc || flag_of(c.c) == 0)
                    error(!c.esc && is_word(c.c, false) && !is_digit(c.c, false) && c.c != U'_'
                              ? "unknown flag"
                              : "missing :",
                          c.size());
            }
        }
        if (del & kGlobalFlags) error("bad inline flags: cannot turn off global flag", 1);
        if (add & del) error("bad inline flags: flag turned on and off", 1);
        return std::make_pair(add, del);
    }

    // ---- sequences and alternatives
    // a|b|c. At the top level (depth 0) each alternative starts from the global flags, which
    // "(?i)" at the very start may have changed.
    Node parse_sub(unsigned flags, bool verbose, int depth) {
        if (depth > kMaxDepth)
            throw SyntaxError{"maximum recursion depth exceeded", -1, SyntaxError::Kind::Recursion};
        std::vector<Node> alts;
        while (true) {
            if (depth == 0) {
                flags = ast_.flags;
                if (!alts.empty()) verbose = (ast_.flags & kVerbose) != 0;
            }
            alts.push_back(parse_seq(flags, verbose, depth, depth == 0 && alts.empty()));
            if (!match(U'|')) break;
        }
        if (alts.size() == 1) return std::move(alts[0]);
        // a|b|c of single characters is one class (as Python's parser makes it): no backtracking
        const auto single = [](const Node& a) -> const Node* {
            const Node* n = &a;
            while (n->kind == Node::Kind::Seq && n->kids.size() == 1)
                n = &n->kids[0];
            return n->kind == Node::Kind::Char ? n : nullptr;
        };
        bool chars = true;
        for (const Node& a : alts)
            chars = chars && single(a) && single(a)->fold == fold_mode(flags);
        if (chars) {
            CharSet set;
            for (const Node& a : alts)
                set.add(single(a)->ch);
            return set_node(std::move(set), false, flags);
        }
        Node n;
        n.kind = Node::Kind::Alt;
        n.kids = std::move(alts);
        return n;
    }

    Node parse_seq(unsigned flags, bool verbose, int depth, bool first) {
        std::vector<Node> seq;
        std::vector<bool> repeated; // seq[k] is a quantifier's result (a second one is an error)
        cur_flags_ = flags;
        while (true) {
            const Tok t = next_;
            if (t.none || t.is(U'|') || t.is(U')')) break;
            get();
            if (verbose && !t.esc) {
                if (t.c == U' ' || t.c == U'\t' || t.c == U'\n' || t.c == U'\r' || t.c == 0x0B || t.c == 0x0C)
                    continue;
                if (t.c == U'#') {
                    while (true) {
                        Tok c = get();
                        if (c.none || c.is(U'\n')) break;
                    }
                    continue;
                }
            }
            cur_flags_ = flags;
            if (t.esc) {
                seq.push_back(escape(t, flags));
                repeated.push_back(false);
                continue;
            }
            switch (t.c) {
            case U'[':
                seq.push_back(parse_class(flags));
                repeated.push_back(false);
                break;
            case U'*':
            case U'+':
            case U'?':
            case U'{':
                parse_repeat(t, seq, repeated);
                break;
            case U'.': {
                Node n;
                n.kind = Node::Kind::Any;
                n.flag = (flags & kDotAll) != 0;
                seq.push_back(std::move(n));
                repeated.push_back(false);
                break;
            }
            case U'(': {
                const std::size_t start = tell() - 1;
                parse_group(start, flags, verbose, depth, first, seq, repeated);
                if (first && seq.empty()) { // global flags change what follows
                    flags = ast_.flags;
                    verbose = (ast_.flags & kVerbose) != 0;
                }
                break;
            }
            case U'^':
                seq.push_back(
                    assert_node(flags & kMultiline ? AssertKind::BeginLine : AssertKind::Begin, false));
                repeated.push_back(false);
                break;
            case U'$':
                seq.push_back(assert_node(flags & kMultiline ? AssertKind::EndLine : AssertKind::End, false));
                repeated.push_back(false);
                break;
            default:
                seq.push_back(char_node(t.c, flags));
                repeated.push_back(false);
                break;
            }
        }
        Node n;
        n.kind = Node::Kind::Seq;
        n.kids = std::move(seq);
        return n;
    }

    void fix_flags() {
        unsigned& f = ast_.flags;
        if (!bytes_) {
            if (f & kLocale)
                throw SyntaxError{"cannot use LOCALE flag with a str pattern", -1, SyntaxError::Kind::Value};
            if (!(f & kAscii))
                f |= kUnicode;
            else if (f & kUnicode)
                throw SyntaxError{"ASCII and UNICODE flags are incompatible", -1, SyntaxError::Kind::Value};
        } else {
            if (f & kUnicode)
                throw SyntaxError{"cannot use UNICODE flag with a bytes pattern", -1,
                                  SyntaxError::Kind::Value};
            if ((f & kLocale) && (f & kAscii))
                throw SyntaxError{"ASCII and LOCALE flags are incompatible", -1, SyntaxError::Kind::Value};
        }
    }

  public:
    Width width(const Node& n) const {
        switch (n.kind) {
        case Node::Kind::Empty:
        case Node::Kind::Assert:
        case Node::Kind::Look:
            return {0, 0};
        case Node::Kind::Char:
        case Node::Kind::Any:
        case Node::Kind::Set:
            return {1, 1};
        case Node::Kind::Seq: {
            Width w;
            for (const Node& k : n.kids)
                w = add(w, width(k));
            return w;
        }
        case Node::Kind::Alt: {
            Width w{kUnbounded64, 0};
            for (const Node& k : n.kids) {
                const Width kw = width(k);
                w.min = std::min(w.min, kw.min);
                w.max = std::max(w.max, kw.max);
            }
            return w;
        }
        case Node::Kind::Repeat: {
            const Width kw = width(n.kids[0]);
            return {mul(kw.min, n.min), mul(kw.max, n.max)};
        }
        case Node::Kind::Group:
        case Node::Kind::Atomic:
            return width(n.kids[0]);
        case Node::Kind::Backref:
            return n.index < group_width_.size() ? group_width_[n.index] : Width{};
        case Node::Kind::Conditional: {
            const Width yes = width(n.kids[0]);
            const Width no = width(n.kids[1]);
            return {std::min(yes.min, no.min), std::max(yes.max, no.max)};
        }
        }
        return {};
    }

  private:
    std::u32string_view src_;
    bool bytes_;
    Budget* budget_;
    std::size_t index_ = 0;
    Tok next_;
    Ast ast_;
    unsigned cur_flags_ = 0; // the flags of the sequence being parsed (for literal '{')
    std::vector<bool> group_open_;
    std::vector<Width> group_width_;
    std::map<std::u32string, std::uint32_t> names_;
    std::optional<std::uint32_t> lookbehind_groups_;
    std::map<std::uint32_t, std::int64_t> group_refs_; // (?(n)...) to groups maybe defined later
};

} // namespace

Ast parse(std::u32string_view pattern, unsigned flags, bool bytes, Budget* budget) {
    Parser p(pattern, flags, bytes, budget);
    return p.run();
}

} // namespace revlab::py::regex
