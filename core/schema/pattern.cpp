#include "schema/pattern.hpp"

#include "error.hpp"

#include <bitset>
#include <type_traits>

namespace revlab::schema {

// A pattern compiles to a tree of nodes kept in one vector. Single characters, `.` and classes
// are all a Set of accepted bytes (case folding is done when the set is built).
struct Pattern::Node {
    enum class Kind { Set, Begin, End, WordBoundary, Group, Repeat };
    Kind kind = Kind::Set;
    std::bitset<256> set;
    int capture = -1;                           // Group: capture index, -1 for (?:...)
    std::vector<std::vector<int>> alternatives; // Group: each a sequence of node indexes
    int child = -1;                             // Repeat
    int min = 0, max = -1;                      // Repeat; max -1 = unbounded
    bool greedy = true;                         // Repeat
};

namespace {

using Node = Pattern::Node;

bool is_word(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c >= 0x80;
}
bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

void add_folded(std::bitset<256>& set, unsigned char c, bool fold) {
    set.set(c);
    if (!fold) return;
    if (c >= 'a' && c <= 'z') set.set(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z') set.set(c - 'A' + 'a');
}

void add_class_escape(std::bitset<256>& set, char e) {
    for (int c = 0; c < 256; ++c) {
        auto u = static_cast<unsigned char>(c);
        if ((e == 'w' && is_word(u)) || (e == 'd' && u >= '0' && u <= '9') || (e == 's' && is_space(u)))
            set.set(u);
    }
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Recursive descent over the pattern text; the patterns are Revlab's own constants, so a
// malformed one is a programming error reported as such.
class Parser {
  public:
    Parser(std::string_view src, bool fold, std::vector<Node>& nodes)
        : src_(src), fold_(fold), nodes_(nodes) {}

    int parse(int& groups) {
        int root = group(0);
        if (pos_ != src_.size()) bad("unbalanced ')'");
        groups = groups_;
        return root;
    }

  private:
    [[noreturn]] void bad(const char* why) const {
        throw Error("internal error: bad pattern '" + std::string(src_) + "': " + why);
    }
    bool at(char c) const { return pos_ < src_.size() && src_[pos_] == c; }

    int add(Node n) {
        nodes_.push_back(std::move(n));
        return static_cast<int>(nodes_.size()) - 1;
    }

    // alternatives separated by '|', up to ')' or the end
    int group(int capture) {
        Node g;
        g.kind = Node::Kind::Group;
        g.capture = capture;
        g.alternatives.emplace_back();
        while (pos_ < src_.size() && !at(')')) {
            if (at('|')) {
                ++pos_;
                g.alternatives.emplace_back();
                continue;
            }
            int atom = this->atom();
            g.alternatives.back().push_back(quantified(atom));
        }
        return add(std::move(g));
    }

    int quantified(int atom) {
        if (!(at('*') || at('+') || at('?'))) return atom;
        Node r;
        r.kind = Node::Kind::Repeat;
        r.child = atom;
        char q = src_[pos_++];
        r.min = q == '+' ? 1 : 0;
        r.max = q == '?' ? 1 : -1;
        if (at('?')) {
            r.greedy = false;
            ++pos_;
        }
        return add(std::move(r));
    }

    int atom() {
        char c = src_[pos_++];
        Node n;
        switch (c) {
        case '(': {
            int capture = -1;
            if (src_.substr(pos_, 2) == "?:")
                pos_ += 2;
            else if (at('?'))
                bad("unsupported group");
            else
                capture = groups_++;
            int g = group(capture);
            if (!at(')')) bad("missing ')'");
            ++pos_;
            return g;
        }
        case '[':
            return add(char_class());
        case '.':
            n.set.set();
            n.set.reset('\n');
            return add(std::move(n));
        case '^':
            n.kind = Node::Kind::Begin;
            return add(std::move(n));
        case '$':
            n.kind = Node::Kind::End;
            return add(std::move(n));
        case '\\':
            return add(escape());
        case '*':
        case '+':
        case '?':
        case ')':
            bad("misplaced operator");
        default:
            add_folded(n.set, static_cast<unsigned char>(c), fold_);
            return add(std::move(n));
        }
    }

    unsigned char escaped_char() {
        if (pos_ >= src_.size()) bad("trailing backslash");
        char e = src_[pos_++];
        if (e == 'x') {
            if (pos_ + 2 > src_.size() || hex_digit(src_[pos_]) < 0 || hex_digit(src_[pos_ + 1]) < 0)
                bad("bad \\x");
            auto v = static_cast<unsigned char>(hex_digit(src_[pos_]) * 16 + hex_digit(src_[pos_ + 1]));
            pos_ += 2;
            return v;
        }
        if (e == 'n') return '\n';
        if (e == 't') return '\t';
        return static_cast<unsigned char>(e);
    }

    Node escape() {
        Node n;
        if (pos_ < src_.size()) {
            char e = src_[pos_];
            if (e == 'w' || e == 'd' || e == 's') {
                ++pos_;
                add_class_escape(n.set, e);
                return n;
            }
            if (e == 'b') {
                ++pos_;
                n.kind = Node::Kind::WordBoundary;
                return n;
            }
        }
        add_folded(n.set, escaped_char(), fold_);
        return n;
    }

    Node char_class() {
        Node n;
        bool negate = at('^');
        if (negate) ++pos_;
        bool first = true;
        while (pos_ < src_.size() && (first || !at(']'))) {
            first = false;
            unsigned char lo;
            if (at('\\')) {
                ++pos_;
                if (pos_ < src_.size() && (src_[pos_] == 'w' || src_[pos_] == 'd' || src_[pos_] == 's')) {
                    add_class_escape(n.set, src_[pos_++]);
                    continue;
                }
                lo = escaped_char();
            } else {
                lo = static_cast<unsigned char>(src_[pos_++]);
            }
            unsigned char hi = lo;
            if (at('-') && pos_ + 1 < src_.size() && src_[pos_ + 1] != ']') {
                ++pos_;
                hi = at('\\') ? (++pos_, escaped_char()) : static_cast<unsigned char>(src_[pos_++]);
            }
            for (int v = lo; v <= hi; ++v)
                add_folded(n.set, static_cast<unsigned char>(v), fold_);
        }
        if (!at(']')) bad("missing ']'");
        ++pos_;
        if (negate) n.set.flip();
        return n;
    }

    std::string_view src_;
    bool fold_;
    std::vector<Node>& nodes_;
    std::size_t pos_ = 0;
    int groups_ = 1;
};

// A non-owning reference to a callable, so continuations cost no allocation.
template <typename Fn> class FunctionRef;
template <typename R, typename... Args> class FunctionRef<R(Args...)> {
  public:
    template <typename F>
    FunctionRef(F& f) // NOLINT: implicit by design
        : obj_(&f), call_([](void* o, Args... a) -> R { return (*static_cast<F*>(o))(a...); }) {}
    R operator()(Args... a) const { return call_(obj_, a...); }

  private:
    void* obj_;
    R (*call_)(void*, Args...);
};

using Continuation = FunctionRef<bool(std::size_t)>;

// One match attempt: continuation-passing backtracking. Repeats of a single-character node are
// matched by counting, not by recursion, so `.+` over a long line stays shallow.
class Matcher {
  public:
    Matcher(const std::vector<Node>& nodes, std::string_view s, int groups)
        : nodes_(nodes), s_(s), spans_(static_cast<std::size_t>(groups)) {}

    std::optional<PatternMatch> run(int root, std::size_t pos) {
        std::size_t end = 0;
        auto done = [&](std::size_t e) {
            end = e;
            return true;
        };
        if (!node(root, pos, done)) return std::nullopt;
        spans_[0] = std::make_pair(pos, end);
        return PatternMatch{s_, spans_};
    }

  private:
    bool seq(const std::vector<int>& items, std::size_t i, std::size_t pos, Continuation k) {
        if (i == items.size()) return k(pos);
        auto next = [&](std::size_t p) { return seq(items, i + 1, p, k); };
        return node(items[i], pos, next);
    }

    bool word_at(std::size_t pos) const {
        return pos < s_.size() && is_word(static_cast<unsigned char>(s_[pos]));
    }

    bool node(int index, std::size_t pos, Continuation k) {
        const Node& n = nodes_[static_cast<std::size_t>(index)];
        switch (n.kind) {
        case Node::Kind::Set:
            return pos < s_.size() && n.set[static_cast<unsigned char>(s_[pos])] && k(pos + 1);
        case Node::Kind::Begin:
            return pos == 0 && k(pos);
        case Node::Kind::End:
            return (pos == s_.size() || (pos + 1 == s_.size() && s_[pos] == '\n')) && k(pos);
        case Node::Kind::WordBoundary:
            return ((pos > 0 && word_at(pos - 1)) != word_at(pos)) && k(pos);
        case Node::Kind::Group:
            for (const auto& alt : n.alternatives) {
                auto close = [&](std::size_t e) {
                    if (n.capture < 0) return k(e);
                    auto& slot = spans_[static_cast<std::size_t>(n.capture)];
                    auto saved = slot;
                    slot = std::make_pair(pos, e);
                    if (k(e)) return true;
                    slot = saved;
                    return false;
                };
                if (seq(alt, 0, pos, close)) return true;
            }
            return false;
        case Node::Kind::Repeat:
            return repeat(n, pos, k);
        }
        return false;
    }

    bool repeat(const Node& r, std::size_t pos, Continuation k) {
        const Node& child = nodes_[static_cast<std::size_t>(r.child)];
        if (child.kind == Node::Kind::Set) {
            std::size_t run = 0;
            while (pos + run < s_.size() && (r.max < 0 || run < static_cast<std::size_t>(r.max)) &&
                   child.set[static_cast<unsigned char>(s_[pos + run])])
                ++run;
            auto min = static_cast<std::size_t>(r.min);
            if (run < min) return false;
            if (r.greedy) {
                for (std::size_t c = run + 1; c-- > min;)
                    if (k(pos + c)) return true;
            } else {
                for (std::size_t c = min; c <= run; ++c)
                    if (k(pos + c)) return true;
            }
            return false;
        }
        return repeat_general(r, 0, pos, k);
    }

    bool repeat_general(const Node& r, int count, std::size_t pos, Continuation k) {
        bool more = r.max < 0 || count < r.max;
        auto again = [&](std::size_t p) {
            if (p == pos) return false; // an empty iteration would loop forever
            return repeat_general(r, count + 1, p, k);
        };
        if (r.greedy) {
            if (more && node(r.child, pos, again)) return true;
            return count >= r.min && k(pos);
        }
        if (count >= r.min && k(pos)) return true;
        return more && node(r.child, pos, again);
    }

    const std::vector<Node>& nodes_;
    std::string_view s_;
    std::vector<std::optional<std::pair<std::size_t, std::size_t>>> spans_;
};

} // namespace

std::optional<std::string> PatternMatch::group(std::size_t i) const {
    if (i >= spans.size() || !spans[i]) return std::nullopt;
    return std::string(subject.substr(spans[i]->first, spans[i]->second - spans[i]->first));
}

namespace {

// What a node or sequence can begin with: a match that is not empty consumes its first byte at its
// start, so search() need not try a start whose byte is not in the set (a large saving on the long
// CREATE TABLE texts reflection scans, where few positions can begin a match).
struct First {
    std::bitset<256> set;
    bool may_be_empty = true;
};

First first_of(const std::vector<Node>& nodes, int index);

First first_of_sequence(const std::vector<Node>& nodes, const std::vector<int>& sequence) {
    First out;
    for (int i : sequence) {
        First f = first_of(nodes, i);
        out.set |= f.set;
        if (!f.may_be_empty) {
            out.may_be_empty = false;
            break;
        }
    }
    return out;
}

First first_of(const std::vector<Node>& nodes, int index) {
    const Node& n = nodes[static_cast<std::size_t>(index)];
    switch (n.kind) {
    case Node::Kind::Set:
        return {n.set, false};
    case Node::Kind::Group: {
        First out;
        out.may_be_empty = false;
        for (const auto& alternative : n.alternatives) {
            First f = first_of_sequence(nodes, alternative);
            out.set |= f.set;
            out.may_be_empty = out.may_be_empty || f.may_be_empty;
        }
        return out;
    }
    case Node::Kind::Repeat: {
        First f = first_of(nodes, n.child);
        if (n.min == 0) f.may_be_empty = true;
        return f;
    }
    default: // ^, $ and \b consume nothing
        return {};
    }
}

} // namespace

Pattern::Pattern(std::string_view source, bool ignore_case) {
    Parser parser(source, ignore_case, nodes_);
    top_.push_back(parser.parse(groups_));
    First f = first_of(nodes_, top_[0]);
    first_ = f.set;
    may_be_empty_ = f.may_be_empty;
    const Node& top = nodes_[static_cast<std::size_t>(top_[0])];
    if (top.alternatives.size() == 1) {
        std::vector<std::bitset<256>> run;
        for (int i : top.alternatives[0]) {
            const Node& n = nodes_[static_cast<std::size_t>(i)];
            if (n.kind == Node::Kind::Set && n.set.count() <= 2) {
                run.push_back(n.set);
                if (run.size() > required_.size()) required_ = run;
            } else {
                run.clear();
            }
        }
    }
}

Pattern::~Pattern() = default;

std::optional<PatternMatch> Pattern::match(std::string_view s, std::size_t pos) const {
    Matcher m(nodes_, s, groups_);
    return m.run(top_[0], pos);
}

std::optional<PatternMatch> Pattern::search(std::string_view s, std::size_t pos) const {
    if (!required_.empty()) {
        bool found = false;
        for (std::size_t at = pos; !found && at + required_.size() <= s.size(); ++at) {
            std::size_t k = 0;
            while (k < required_.size() && required_[k][static_cast<unsigned char>(s[at + k])]) ++k;
            found = k == required_.size();
        }
        if (!found) return std::nullopt;
    }
    for (std::size_t start = pos; start <= s.size(); ++start) {
        if (!may_be_empty_ && (start == s.size() || !first_[static_cast<unsigned char>(s[start])])) continue;
        if (auto m = match(s, start)) return m;
    }
    return std::nullopt;
}

std::vector<PatternMatch> Pattern::find_all(std::string_view s) const {
    std::vector<PatternMatch> out;
    std::size_t pos = 0;
    while (pos <= s.size()) {
        auto m = search(s, pos);
        if (!m) break;
        pos = m->end() > m->begin() ? m->end() : m->end() + 1;
        out.push_back(std::move(*m));
    }
    return out;
}

std::vector<std::string> Pattern::split(std::string_view s) const {
    std::vector<std::string> out;
    std::size_t last = 0;
    for (const auto& m : find_all(s)) {
        if (m.end() == m.begin() && m.begin() == last && last != 0) continue;
        out.emplace_back(s.substr(last, m.begin() - last));
        last = m.end();
    }
    out.emplace_back(s.substr(last));
    return out;
}

std::string Pattern::escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (!is_word(u)) out += '\\';
        out += c;
    }
    return out;
}

} // namespace revlab::schema
