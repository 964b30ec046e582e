// The recursive-descent parser. Statements follow Python 3's grammar for the constructs of the
// subset; expressions below `lambda` are one precedence-climbing function over Python's table.
//
// Two limits keep the stack safe on any input: every recursion that nests (brackets, unary
// operators, lambdas, blocks) passes through a Deeper guard, and every expression carries the
// height of its tree, because chains such as a.b.c... or a + b + c ... deepen the tree in a loop
// without recursing. Whoever walks the tree later can recurse without a guard of their own.
#include "parser.hpp"

#include "lexer.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <version>

namespace revlab::py {

namespace {

// An expression under construction, with the height of its tree (0 for a leaf).
struct Parsed {
    ExprPtr expr;
    int height = 0;
};

// Keywords that start something outside the subset, with how to say so.
struct Refusal {
    std::string_view keyword, what, advice;
};

constexpr std::string_view kNoTry =
    "remove the error handling: Revlab rolls a failed migration step back on its own";
constexpr std::array<Refusal, 15> kRefusals = {{
    {"for", "'for' loops", "write the operations out one by one"},
    {"while", "'while' loops", "write the operations out one by one"},
    {"try", "'try' statements", kNoTry},
    {"except", "'try' statements", kNoTry},
    {"finally", "'try' statements", kNoTry},
    {"raise", "'raise' statements",
     "remove it; a revision that cannot be undone can leave downgrade() as 'pass'"},
    {"global", "'global' statements", "assign the name at the top level of the file instead"},
    {"nonlocal", "'nonlocal' statements", "assign the name where it is used instead"},
    {"del", "'del' statements", "remove it"},
    {"assert", "'assert' statements", "remove it"},
    {"yield", "'yield' expressions", "return the value instead"},
    {"await", "'await' expressions", "call the function directly"},
    {"async", "'async' functions and statements", "write a plain 'def' and plain calls"},
    {"break", "'break' statements", "remove it (the subset has no loops)"},
    {"continue", "'continue' statements", "remove it (the subset has no loops)"},
}};

const Refusal* refusal(const Token& t) {
    if (t.kind != TokenKind::Keyword) return nullptr;
    for (const Refusal& r : kRefusals)
        if (r.keyword == t.text) return &r;
    return nullptr;
}

// Python's precedence levels, loosest first. Unary operators and `not` are prefixes at their level.
enum Precedence : int {
    kNone = 0,
    kOr,
    kAnd,
    kNot,
    kCompare,
    kBitOr,
    kBitXor,
    kBitAnd,
    kShift,
    kSum,
    kProduct,
    kUnary,
    kPower,
};

// An operator between two operands: its level, the text for the tree, and how many tokens it
// takes ("not in" and "is not" take two).
struct Infix {
    int precedence = kNone;
    std::string_view text;
    int tokens = 1;
};

// Called after every operand, so it decides on the first character and the length alone
// wherever it can (the lexer only makes Op tokens of valid operators).
Infix infix(const Token& t, const Token& after) {
    const std::string_view s = t.text;
    if (t.kind == TokenKind::Keyword) {
        const bool then = after.kind == TokenKind::Keyword;
        if (same_text(s, "or")) return {kOr, s};
        if (same_text(s, "and")) return {kAnd, s};
        if (same_text(s, "in")) return {kCompare, s};
        if (same_text(s, "is") && then && same_text(after.text, "not")) return {kCompare, "is not", 2};
        if (same_text(s, "is")) return {kCompare, s};
        if (same_text(s, "not") && then && same_text(after.text, "in")) return {kCompare, "not in", 2};
        return {};
    }
    if (t.kind != TokenKind::Op) return {};
    const bool single = s.size() == 1, assigns = s.back() == '=';
    switch (s[0]) {
    case '=':
    case '!':
        return s.size() == 2 ? Infix{kCompare, s} : Infix{}; // == != (not =)
    case '<':
    case '>':
        if (s.size() == 2 && s[1] == s[0]) return {kShift, s};
        return single || (s.size() == 2 && assigns) ? Infix{kCompare, s} : Infix{}; // < <= > >=
    case '|':
        return single ? Infix{kBitOr, s} : Infix{};
    case '^':
        return single ? Infix{kBitXor, s} : Infix{};
    case '&':
        return single ? Infix{kBitAnd, s} : Infix{};
    case '+':
    case '-':
        return single ? Infix{kSum, s} : Infix{};
    case '*':
        return single ? Infix{kProduct, s} : same_text(s, "**") ? Infix{kPower, s} : Infix{};
    case '/':
        return single || same_text(s, "//") ? Infix{kProduct, s} : Infix{};
    case '%':
    case '@':
        return single ? Infix{kProduct, s} : Infix{};
    default:
        return {};
    }
}

bool is_augmented_assignment(const Token& t) {
    if (t.kind != TokenKind::Op || t.text.size() < 2 || t.text.back() != '=') return false;
    return t.text != "==" && t.text != "<=" && t.text != ">=" && t.text != "!=" && t.text != ":=";
}

// Whether a token can begin an expression: used where a trailing comma may end a list of them.
bool starts_expression(const Token& t) {
    switch (t.kind) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
        return true;
    case TokenKind::Keyword:
        return t.text == "None" || t.text == "True" || t.text == "False" || t.text == "not" ||
               t.text == "lambda" || t.text == "yield" || t.text == "await";
    case TokenKind::Op:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
               t.text == "~" || t.text == "..." || t.text == "*";
    default:
        return false;
    }
}

std::string what_is(const Expr& e) {
    switch (e.kind) {
    case ExprKind::Call:
        return "a function call";
    case ExprKind::String:
    case ExprKind::Bytes:
    case ExprKind::Int:
    case ExprKind::Float:
    case ExprKind::None:
    case ExprKind::True:
    case ExprKind::False:
    case ExprKind::Ellipsis:
        return "a literal";
    case ExprKind::Dict:
        return "a dict";
    case ExprKind::Set:
        return "a set";
    case ExprKind::Lambda:
        return "a lambda";
    default:
        return "an expression";
    }
}

class Parser {
  public:
    Parser(const std::vector<Token>& tokens, const std::string& path)
        : toks_(tokens), path_(path), file_(std::make_shared<const std::string>(path)) {}

    Module module() {
        Module m;
        m.path = path_;
        while (peek().kind != TokenKind::EndOfFile)
            statement(m.body);
        return m;
    }

  private:
    const std::vector<Token>& toks_;
    const std::string& path_;
    std::shared_ptr<const std::string> file_; // shared by every node's location
    std::size_t pos_ = 0;
    int depth_ = 0;     // nested expressions
    int blocks_ = 0;    // nested blocks; each elif counts as one
    int functions_ = 0; // enclosing defs, for 'return'

    // One level of recursion, refused past kMaxNesting.
    class Deeper {
      public:
        Deeper(const Parser& p, int& counter, const Token& at) : counter_(counter) {
            if (++counter_ > kMaxNesting) {
                --counter_;
                p.too_deep(p.loc(at));
            }
        }
        ~Deeper() { --counter_; }
        Deeper(const Deeper&) = delete;
        Deeper& operator=(const Deeper&) = delete;

      private:
        int& counter_;
    };

    // --- tokens -------------------------------------------------------------------------------

    const Token& peek(std::size_t ahead = 0) const { return toks_[std::min(pos_ + ahead, toks_.size() - 1)]; }
    const Token& take() {
        const Token& t = toks_[pos_];
        if (pos_ + 1 < toks_.size()) ++pos_; // EndOfFile stays put
        return t;
    }
    bool at_op(std::string_view op) const {
        const Token& t = peek();
        return t.kind == TokenKind::Op && same_text(t.text, op);
    }
    bool at_keyword(std::string_view word) const {
        const Token& t = peek();
        return t.kind == TokenKind::Keyword && same_text(t.text, word);
    }
    bool accept_op(std::string_view op) {
        if (!at_op(op)) return false;
        take();
        return true;
    }
    bool accept_keyword(std::string_view word) {
        if (!at_keyword(word)) return false;
        take();
        return true;
    }

    // --- building -----------------------------------------------------------------------------

    SourceLocation loc(const Token& t) const { return SourceLocation{file_, t.line, t.column}; }
    ExprPtr make(ExprKind kind, const Token& t) const { return std::make_unique<Expr>(kind, loc(t)); }
    ExprPtr make(ExprKind kind, const SourceLocation& where) const {
        return std::make_unique<Expr>(kind, where);
    }
    StmtPtr make_stmt(StmtKind kind, const Token& t) const { return std::make_unique<Stmt>(kind, loc(t)); }

    // A new node over children whose tallest is `child_height` (-1 for none).
    Parsed node(ExprPtr e, int child_height) const {
        if (child_height + 1 > kMaxNesting) too_deep(e->loc);
        return {std::move(e), child_height + 1};
    }
    Parsed starred(const Token& star, Parsed operand) const {
        ExprPtr e = make(ExprKind::Starred, star);
        e->items.push_back(std::move(operand.expr));
        return node(std::move(e), operand.height);
    }

    // --- errors -------------------------------------------------------------------------------

    [[noreturn]] void fail(const SourceLocation& where, std::string message) const {
        throw Error(where, std::move(message));
    }
    [[noreturn]] void fail(const Token& t, std::string message) const { fail(loc(t), std::move(message)); }
    [[noreturn]] void expected(std::string_view what, std::string_view context = {}) const {
        std::string message = "expected ";
        message += what;
        if (!context.empty()) message.append(" ").append(context);
        fail(peek(), message + ", found " + describe(peek()));
    }
    [[noreturn]] void unsupported(const SourceLocation& where, std::string_view what,
                                  std::string_view advice) const {
        std::string message = "unsupported Python: ";
        message.append(what).append(" are not part of the declarative subset Revlab reads; ").append(advice);
        fail(where, std::move(message));
    }
    [[noreturn]] void unsupported(const Token& t, std::string_view what, std::string_view advice) const {
        unsupported(loc(t), what, advice);
    }
    [[noreturn]] void refuse(const Token& t, const Refusal& r) const { unsupported(t, r.what, r.advice); }
    [[noreturn]] void too_deep(const SourceLocation& where) const {
        fail(where, "too deeply nested: more than 100 levels of brackets, operators or blocks; "
                    "split it into simpler statements");
    }
    static std::string opened_at(std::string_view what, const Token& open) {
        return "to close the " + std::string(what) + " opened at line " + std::to_string(open.line);
    }
    void no_comprehension(std::string_view what) const {
        if (at_keyword("for") || at_keyword("async"))
            unsupported(peek(), what, "write the items out one by one");
    }

    // --- expressions --------------------------------------------------------------------------

    Parsed test();
    Parsed lambda();
    Parsed expression(int min_precedence);
    Parsed unary(const Token& op, Parsed operand) const;
    Parsed primary();
    Parsed atom();
    Parsed strings();
    Parsed number(const Token& t) const;
    Parsed parenthesized();
    Parsed list();
    Parsed braced();
    Parsed star_or_test();
    Parsed testlist();
    int arguments(const Token& open, std::string_view what, std::vector<ExprPtr>& positional,
                  std::vector<Keyword>& keywords);

    // --- statements ---------------------------------------------------------------------------

    void statement(std::vector<StmtPtr>& body);
    void simple_line(std::vector<StmtPtr>& body);
    void block(std::vector<StmtPtr>& body, std::string_view what, const Token& header);
    StmtPtr small_statement();
    StmtPtr expression_statement();
    StmtPtr decorated();
    StmtPtr function(std::vector<ExprPtr> decorators);
    void parameters(const Token& open, std::vector<Param>& params);
    StmtPtr class_def(std::vector<ExprPtr> decorators);
    StmtPtr if_statement();
    StmtPtr with_statement();
    StmtPtr import();
    StmtPtr import_from();
    std::string dotted_name(std::string_view context);
    std::string name_after(std::string_view word);
    void check_target(Expr& e) const;
};

// ---- expressions ---------------------------------------------------------------------------------

Parsed Parser::test() {
    if (at_keyword("lambda")) return lambda();
    Parsed e = expression(kOr);
    if (at_keyword("if"))
        unsupported(peek(), "conditional expressions ('a if b else c')", "write the value you mean directly");
    if (at_op(":="))
        unsupported(peek(), "assignment expressions (':=')", "assign the value in a statement of its own");
    return e;
}

// lambda [params]: body. Parameter names go to lambda_params ("*args" and "**kw" with their
// stars), defaults to keywords under the parameter's name.
Parsed Parser::lambda() {
    const Token& word = take();
    Deeper deeper(*this, depth_, word);
    ExprPtr e = make(ExprKind::Lambda, word);
    int height = -1;
    while (!at_op(":")) {
        const Token& start = peek();
        std::string prefix = accept_op("**") ? "**" : accept_op("*") ? "*" : "";
        std::string name;
        if (peek().kind == TokenKind::Name)
            name = take().text;
        else if (prefix != "*")
            expected("a parameter name", "in the lambda");
        if (prefix.empty() && accept_op("=")) {
            Parsed value = test();
            height = std::max(height, value.height);
            e->keywords.push_back(Keyword{name, std::move(value.expr), loc(start)});
        }
        e->lambda_params.push_back(prefix + name);
        if (!accept_op(",")) break;
    }
    if (!accept_op(":")) expected("':'", "after the lambda's parameters");
    Parsed body = test();
    height = std::max(height, body.height);
    e->items.push_back(std::move(body.expr));
    return node(std::move(e), height);
}

// Everything from `or` down to unary operators, by precedence climbing: one function, so that a
// bracket nests only a few stack frames deep whatever the operators between.
Parsed Parser::expression(int min_precedence) {
    Parsed left;
    const Token& first = peek();
    if (first.kind == TokenKind::Keyword && first.text == "not") {
        if (min_precedence > kNot) expected("an expression"); // as Python: a + not b is an error
        take();
        Deeper deeper(*this, depth_, first);
        left = unary(first, expression(kNot));
    } else if (first.kind == TokenKind::Op && (first.text == "-" || first.text == "+" || first.text == "~")) {
        take();
        Deeper deeper(*this, depth_, first);
        left = unary(first, expression(kUnary));
    } else {
        left = primary();
    }
    for (;;) {
        const Infix op = infix(peek(), peek(1));
        if (op.precedence == kNone || op.precedence < min_precedence) return left;
        for (int i = 0; i < op.tokens; ++i)
            take();
        if (op.precedence == kOr || op.precedence == kAnd) { // a and b and c is one flat BoolOp
            ExprPtr e = make(ExprKind::BoolOp, left.expr->loc);
            e->text = op.text;
            int height = left.height;
            e->items.push_back(std::move(left.expr));
            do {
                Parsed next = expression(op.precedence + 1);
                height = std::max(height, next.height);
                e->items.push_back(std::move(next.expr));
            } while (accept_keyword(op.text));
            left = node(std::move(e), height);
            continue;
        }
        Parsed right;
        if (op.precedence == kPower) { // right-associative, and 2 ** -1 is fine
            Deeper deeper(*this, depth_, peek());
            right = expression(kUnary);
        } else {
            right = expression(op.precedence + 1);
        }
        // One comparison at most: a chain such as a < b < c would need b twice in the tree.
        if (op.precedence == kCompare && infix(peek(), peek(1)).precedence == kCompare)
            unsupported(peek(), "chained comparisons ('a < b < c')", "write 'a < b and b < c'");
        ExprPtr e = make(op.precedence == kCompare ? ExprKind::Compare : ExprKind::BinOp, left.expr->loc);
        e->text = op.text;
        const int height = std::max(left.height, right.height);
        e->items.push_back(std::move(left.expr));
        e->items.push_back(std::move(right.expr));
        left = node(std::move(e), height);
    }
}

Parsed Parser::unary(const Token& op, Parsed operand) const {
    ExprPtr e = make(ExprKind::UnaryOp, op);
    e->text = op.text;
    e->items.push_back(std::move(operand.expr));
    return node(std::move(e), operand.height);
}

// An atom and its trailers: .name, (arguments), [index]. Each node is located where the whole
// expression starts, as in Python's own tree.
Parsed Parser::primary() {
    // Bracketed atoms are called from here rather than from atom(), one frame less per bracket.
    Parsed e = at_op("(") ? parenthesized() : at_op("[") ? list() : at_op("{") ? braced() : atom();
    for (;;) {
        if (accept_op(".")) {
            const Token& name = peek();
            if (name.kind != TokenKind::Name) expected("an attribute name", "after '.'");
            take();
            ExprPtr attribute = make(ExprKind::Attribute, e.expr->loc);
            attribute->text = name.text;
            attribute->object = std::move(e.expr);
            e = node(std::move(attribute), e.height);
        } else if (at_op("(")) {
            const Token& open = take();
            Deeper deeper(*this, depth_, open);
            ExprPtr call = make(ExprKind::Call, e.expr->loc);
            call->object = std::move(e.expr);
            const int height = std::max(e.height, arguments(open, "call", call->items, call->keywords));
            e = node(std::move(call), height);
        } else if (at_op("[")) {
            const Token& open = take();
            Deeper deeper(*this, depth_, open);
            ExprPtr subscript = make(ExprKind::Subscript, e.expr->loc);
            subscript->object = std::move(e.expr);
            int height = e.height;
            do {
                if (at_op("]")) {
                    if (subscript->items.empty()) expected("an index", "inside '[]'");
                    break;
                }
                if (!at_op(":")) {
                    Parsed index = test();
                    height = std::max(height, index.height);
                    subscript->items.push_back(std::move(index.expr));
                }
                if (at_op(":")) unsupported(peek(), "slices ('a[1:2]')", "index with a single value");
            } while (accept_op(","));
            if (!accept_op("]")) expected("',' or ']'", opened_at("subscript", open));
            e = node(std::move(subscript), height);
        } else {
            return e;
        }
    }
}

// The arguments of a call or a class statement, after the '('; consumes the ')'. Returns the
// height of the tallest argument, -1 when there is none.
int Parser::arguments(const Token& open, std::string_view what, std::vector<ExprPtr>& positional,
                      std::vector<Keyword>& keywords) {
    int height = -1;
    bool keyword_seen = false;
    while (!at_op(")")) {
        const Token& start = peek();
        if (accept_op("*")) {
            Parsed arg = starred(start, test());
            height = std::max(height, arg.height);
            positional.push_back(std::move(arg.expr));
        } else if (accept_op("**")) {
            Parsed arg = test();
            height = std::max(height, arg.height);
            keywords.push_back(Keyword{"", std::move(arg.expr), loc(start)});
            keyword_seen = true;
        } else if (start.kind == TokenKind::Name && peek(1).kind == TokenKind::Op && peek(1).text == "=") {
            take();
            take();
            for (const Keyword& k : keywords)
                if (k.name == start.text)
                    fail(start, "keyword argument '" + printable(start.text) + "' is repeated; give it once");
            Parsed arg = test();
            height = std::max(height, arg.height);
            keywords.push_back(Keyword{std::string(start.text), std::move(arg.expr), loc(start)});
            keyword_seen = true;
        } else {
            if (keyword_seen && starts_expression(start))
                fail(start,
                     "positional argument follows keyword argument; put the positional arguments first");
            Parsed arg = test();
            no_comprehension("generator expressions");
            height = std::max(height, arg.height);
            positional.push_back(std::move(arg.expr));
        }
        if (!accept_op(",")) break;
    }
    if (!accept_op(")")) expected("',' or ')'", opened_at(what, open));
    return height;
}

// A leaf: a name, a number, adjacent strings, None/True/False or "...".
Parsed Parser::atom() {
    const Token& t = peek();
    switch (t.kind) {
    case TokenKind::Name: {
        take();
        ExprPtr e = make(ExprKind::Name, t);
        e->text = t.text;
        return {std::move(e), 0};
    }
    case TokenKind::Number:
        take();
        return number(t);
    case TokenKind::String:
        return strings();
    case TokenKind::Keyword:
        if (t.text == "None" || t.text == "True" || t.text == "False") {
            take();
            const ExprKind kind = t.text == "None"   ? ExprKind::None
                                  : t.text == "True" ? ExprKind::True
                                                     : ExprKind::False;
            return {make(kind, t), 0};
        }
        if (const Refusal* r = refusal(t)) refuse(t, *r);
        break;
    case TokenKind::Op:
        if (t.text == "...") {
            take();
            return {make(ExprKind::Ellipsis, t), 0};
        }
        break;
    default:
        break;
    }
    expected("an expression");
}

// Adjacent literals are one value, as in Python: 'a' "b" is 'ab'.
Parsed Parser::strings() {
    const Token& first = peek();
    ExprPtr e = make(first.is_bytes ? ExprKind::Bytes : ExprKind::String, first);
    while (peek().kind == TokenKind::String) {
        const Token& t = take();
        if (t.is_bytes != first.is_bytes)
            fail(t, "cannot join a bytes literal and a string literal; make both the same kind");
        append_string_value(t, e->text);
    }
    return {std::move(e), 0};
}

Parsed Parser::number(const Token& t) const {
    const std::string_view s = t.text;
    int base = 10;
    std::size_t i = 0;
    if (s.size() > 2 && s[0] == '0') {
        const char r = static_cast<char>(s[1] | 0x20);
        base = r == 'x' ? 16 : r == 'o' ? 8 : r == 'b' ? 2 : 10;
        if (base != 10) i = 2;
    }
    if (base == 10 && s.find_first_of(".eE") != std::string_view::npos) {
        std::string digits;
        digits.reserve(s.size());
        for (char c : s)
            if (c != '_') digits += c;
        double value = 0;
        bool ok;
#if defined(__cpp_lib_to_chars)
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        ok = error == std::errc{} && end == digits.data() + digits.size();
#else
        // libc++ (the wasm build) has no floating-point from_chars; its locale is always "C" there,
        // so strtod reads exactly Python's float syntax as the lexer let it through.
        char* end = nullptr;
        errno = 0;
        value = std::strtod(digits.c_str(), &end);
        ok = errno == 0 && end == digits.c_str() + digits.size() && std::isfinite(value);
#endif
        if (!ok) fail(t, "float literal out of range; write a number Revlab can store in a double");
        ExprPtr e = make(ExprKind::Float, t);
        e->float_value = value;
        return {std::move(e), 0};
    }
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t value = 0;
    for (; i < s.size(); ++i) {
        if (s[i] == '_') continue;
        const char c = static_cast<char>(s[i] | 0x20);
        const int digit = c >= 'a' ? c - 'a' + 10 : c - '0';
        if (value > (kMax - digit) / base)
            fail(t, "integer literal too large; Revlab reads integers up to 2**63 - 1");
        value = value * base + digit;
    }
    ExprPtr e = make(ExprKind::Int, t);
    e->int_value = value;
    return {std::move(e), 0};
}

// ( ) is the empty tuple, (x) is x, (x,) and (x, y) are tuples.
Parsed Parser::parenthesized() {
    const Token& open = take();
    Deeper deeper(*this, depth_, open);
    if (accept_op(")")) return {make(ExprKind::Tuple, open), 0};
    Parsed first = star_or_test();
    no_comprehension("generator expressions");
    if (!at_op(",")) {
        if (first.expr->kind == ExprKind::Starred)
            fail(first.expr->loc,
                 "a starred expression cannot stand alone in parentheses; add a ',' after it");
        if (!accept_op(")")) expected("')'", opened_at("parenthesis", open));
        return first;
    }
    ExprPtr tuple = make(ExprKind::Tuple, open);
    int height = first.height;
    tuple->items.push_back(std::move(first.expr));
    while (accept_op(",") && !at_op(")")) {
        Parsed item = star_or_test();
        height = std::max(height, item.height);
        tuple->items.push_back(std::move(item.expr));
    }
    if (!accept_op(")")) expected("',' or ')'", opened_at("tuple", open));
    return node(std::move(tuple), height);
}

Parsed Parser::list() {
    const Token& open = take();
    Deeper deeper(*this, depth_, open);
    ExprPtr e = make(ExprKind::List, open);
    int height = -1;
    while (!at_op("]")) {
        Parsed item = star_or_test();
        if (e->items.empty()) no_comprehension("list comprehensions");
        height = std::max(height, item.height);
        e->items.push_back(std::move(item.expr));
        if (!accept_op(",")) break;
    }
    if (!accept_op("]")) expected("',' or ']'", opened_at("list", open));
    return node(std::move(e), height);
}

// {} is an empty dict; {k: v, ...} a dict; {a, b} a set.
Parsed Parser::braced() {
    const Token& open = take();
    Deeper deeper(*this, depth_, open);
    ExprPtr e = make(ExprKind::Dict, open);
    int height = -1;
    auto no_unpacking = [this]() {
        if (at_op("**"))
            unsupported(peek(), "dict unpacking ('**' inside '{}')", "write the keys out one by one");
    };
    no_unpacking();
    if (accept_op("}")) return {std::move(e), 0};
    Parsed first = star_or_test();
    if (accept_op(":")) {
        if (first.expr->kind == ExprKind::Starred)
            fail(first.expr->loc, "a starred expression cannot be a dict key");
        Parsed value = test();
        no_comprehension("dict comprehensions");
        height = std::max(first.height, value.height);
        e->items.push_back(std::move(first.expr));
        e->values.push_back(std::move(value.expr));
        while (accept_op(",") && !at_op("}")) {
            no_unpacking();
            Parsed key = test();
            if (!accept_op(":")) expected("':'", "after the dict key");
            Parsed item = test();
            height = std::max({height, key.height, item.height});
            e->items.push_back(std::move(key.expr));
            e->values.push_back(std::move(item.expr));
        }
        if (!accept_op("}")) expected("',' or '}'", opened_at("dict", open));
        return node(std::move(e), height);
    }
    no_comprehension("set comprehensions");
    e->kind = ExprKind::Set;
    height = first.height;
    e->items.push_back(std::move(first.expr));
    while (accept_op(",") && !at_op("}")) {
        Parsed item = star_or_test();
        height = std::max(height, item.height);
        e->items.push_back(std::move(item.expr));
    }
    if (!accept_op("}")) expected("',' or '}'", opened_at("set", open));
    return node(std::move(e), height);
}

Parsed Parser::star_or_test() {
    if (!at_op("*")) return test();
    const Token& star = take();
    return starred(star, expression(kBitOr));
}

// The right side of an assignment, a return value or an expression statement: `a, b` without
// parentheses is a tuple, and a trailing comma makes one.
Parsed Parser::testlist() {
    Parsed first = star_or_test();
    if (!at_op(",")) {
        if (first.expr->kind == ExprKind::Starred) {
            if (at_op("="))
                unsupported(first.expr->loc, "starred assignment targets ('a, *b = ...')",
                            "assign each name on its own");
            fail(first.expr->loc, "a starred expression cannot stand alone here; add a ',' after it");
        }
        return first;
    }
    ExprPtr tuple = make(ExprKind::Tuple, first.expr->loc);
    int height = first.height;
    tuple->items.push_back(std::move(first.expr));
    while (accept_op(",") && starts_expression(peek())) {
        Parsed item = star_or_test();
        height = std::max(height, item.height);
        tuple->items.push_back(std::move(item.expr));
    }
    return node(std::move(tuple), height);
}

// ---- statements ----------------------------------------------------------------------------------

void Parser::statement(std::vector<StmtPtr>& body) {
    const Token& t = peek();
    if (t.kind == TokenKind::Indent) fail(t, "unexpected indent; line this up with the statement before it");
    if (t.kind == TokenKind::Op && t.text == "@") {
        body.push_back(decorated());
        return;
    }
    if (t.kind == TokenKind::Keyword) {
        if (t.text == "def") return body.push_back(function({}));
        if (t.text == "class") return body.push_back(class_def({}));
        if (t.text == "if") return body.push_back(if_statement());
        if (t.text == "with") return body.push_back(with_statement());
        if (t.text == "elif" || t.text == "else")
            fail(t, "'" + std::string(t.text) + "' without a matching 'if'; line it up with its 'if'");
    }
    simple_line(body);
}

// Simple statements on one line, separated by ';', up to and including the NEWLINE.
void Parser::simple_line(std::vector<StmtPtr>& body) {
    do {
        body.push_back(small_statement());
    } while (accept_op(";") && peek().kind != TokenKind::Newline);
    if (peek().kind != TokenKind::Newline) expected("end of line", "after the statement");
    take();
}

// The indented block after a ':' (or the simple statements on the same line).
void Parser::block(std::vector<StmtPtr>& body, std::string_view what, const Token& header) {
    Deeper deeper(*this, blocks_, header);
    if (peek().kind != TokenKind::Newline) {
        simple_line(body);
        return;
    }
    take();
    if (peek().kind != TokenKind::Indent)
        fail(peek(), "expected an indented block after the " + std::string(what) + " on line " +
                         std::to_string(header.line) + ", found " + describe(peek()));
    take();
    while (peek().kind != TokenKind::Dedent && peek().kind != TokenKind::EndOfFile)
        statement(body);
    take();
}

StmtPtr Parser::small_statement() {
    const Token& t = peek();
    if (t.kind == TokenKind::Keyword) {
        if (const Refusal* r = refusal(t)) refuse(t, *r);
        if (t.text == "pass") return make_stmt(StmtKind::Pass, take());
        if (t.text == "import") return import();
        if (t.text == "from") return import_from();
        if (t.text == "return") {
            take();
            if (functions_ == 0) fail(t, "'return' outside a function; remove it");
            StmtPtr s = make_stmt(StmtKind::Return, t);
            if (starts_expression(peek())) s->value = testlist().expr;
            return s;
        }
        if (t.text == "def" || t.text == "class" || t.text == "if" || t.text == "with")
            fail(t, "a '" + std::string(t.text) + "' statement must start a line of its own");
    }
    return expression_statement();
}

StmtPtr Parser::expression_statement() {
    const Token& start = peek();
    Parsed first = testlist();
    if (at_op(":")) {
        const ExprKind k = first.expr->kind;
        if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript)
            fail(first.expr->loc, "only a single name, attribute or subscript can be annotated");
        take();
        StmtPtr s = make_stmt(StmtKind::AnnAssign, start);
        s->targets.push_back(std::move(first.expr));
        s->annotation = test().expr;
        if (accept_op("=")) s->value = testlist().expr;
        return s;
    }
    if (is_augmented_assignment(peek())) {
        const ExprKind k = first.expr->kind;
        if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript)
            fail(first.expr->loc, "cannot use augmented assignment on " + what_is(*first.expr) +
                                      "; only on a name, an attribute or a subscript");
        StmtPtr s = make_stmt(StmtKind::AugAssign, start);
        s->name = take().text;
        s->targets.push_back(std::move(first.expr));
        s->value = testlist().expr;
        return s;
    }
    if (at_op("=")) {
        StmtPtr s = make_stmt(StmtKind::Assign, start);
        Parsed current = std::move(first);
        while (accept_op("=")) {
            check_target(*current.expr);
            s->targets.push_back(std::move(current.expr));
            current = testlist();
        }
        s->value = std::move(current.expr);
        return s;
    }
    StmtPtr s = make_stmt(StmtKind::Expr, start);
    s->value = std::move(first.expr);
    return s;
}

// Assignment targets: names, attributes, subscripts, and tuples of them ([a, b] reads as (a, b)).
void Parser::check_target(Expr& e) const {
    switch (e.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        return;
    case ExprKind::List:
        e.kind = ExprKind::Tuple;
        [[fallthrough]];
    case ExprKind::Tuple:
        for (ExprPtr& item : e.items)
            check_target(*item);
        return;
    case ExprKind::Starred:
        unsupported(e.loc, "starred assignment targets ('a, *b = ...')", "assign each name on its own");
    default:
        fail(e.loc, "cannot assign to " + what_is(e) +
                        "; only names, attributes, subscripts and tuples of them can be assigned");
    }
}

StmtPtr Parser::decorated() {
    std::vector<ExprPtr> decorators;
    while (accept_op("@")) {
        decorators.push_back(test().expr);
        if (peek().kind != TokenKind::Newline) expected("end of line", "after the decorator");
        take();
    }
    if (at_keyword("def")) return function(std::move(decorators));
    if (at_keyword("class")) return class_def(std::move(decorators));
    if (const Refusal* r = refusal(peek())) refuse(peek(), *r);
    expected("'def' or 'class'", "after the decorators");
}

StmtPtr Parser::function(std::vector<ExprPtr> decorators) {
    const Token& word = take();
    const Token& name = peek();
    if (name.kind != TokenKind::Name) expected("a function name", "after 'def'");
    take();
    StmtPtr s = make_stmt(StmtKind::FunctionDef, word);
    s->name = name.text;
    s->decorators = std::move(decorators);
    const Token& open = peek();
    if (!accept_op("(")) expected("'('", "after the function name");
    parameters(open, s->params);
    if (accept_op("->")) s->annotation = test().expr;
    if (!accept_op(":")) expected("':'", "at the end of the 'def' line");
    ++functions_;
    block(s->body, "function definition", word);
    --functions_;
    return s;
}

void Parser::parameters(const Token& open, std::vector<Param>& params) {
    bool seen_default = false, seen_star = false;
    while (!at_op(")")) {
        const Token& start = peek();
        if (accept_op("/")) { // positional-only marker: changes nothing for a declarative reading
            if (!accept_op(",")) break;
            continue;
        }
        if (!params.empty() && params.back().prefix == "**")
            fail(start, "no parameter can follow '**" + params.back().name + "'; move it before");
        Param p;
        p.loc = loc(start);
        p.prefix = accept_op("**") ? "**" : accept_op("*") ? "*" : "";
        seen_star = seen_star || p.prefix == "*";
        if (peek().kind == TokenKind::Name)
            p.name = take().text;
        else if (p.prefix != "*")
            expected("a parameter name", opened_at("parameter list", open));
        if (!p.name.empty() && accept_op(":")) p.annotation = test().expr;
        if (p.prefix.empty() && accept_op("=")) {
            p.default_value = test().expr;
            seen_default = true;
        } else if (p.prefix.empty() && seen_default && !seen_star) {
            fail(start, "parameter '" + p.name +
                            "' without a default follows a parameter with one; "
                            "give it a default or move it before");
        }
        params.push_back(std::move(p));
        if (!accept_op(",")) break;
    }
    if (!accept_op(")")) expected("',' or ')'", opened_at("parameter list", open));
}

StmtPtr Parser::class_def(std::vector<ExprPtr> decorators) {
    const Token& word = take();
    const Token& name = peek();
    if (name.kind != TokenKind::Name) expected("a class name", "after 'class'");
    take();
    StmtPtr s = make_stmt(StmtKind::ClassDef, word);
    s->name = name.text;
    s->decorators = std::move(decorators);
    if (at_op("(")) {
        const Token& open = take();
        Deeper deeper(*this, depth_, open);
        arguments(open, "class bases", s->bases, s->class_keywords);
    }
    if (!accept_op(":")) expected("':'", "at the end of the 'class' line");
    const int functions = functions_; // a class body is not inside the function around it
    functions_ = 0;
    block(s->body, "class definition", word);
    functions_ = functions;
    return s;
}

// if/elif/else; an elif is an If alone in the orelse of the one before, as in Python's tree.
StmtPtr Parser::if_statement() {
    const Token& word = take();
    StmtPtr s = make_stmt(StmtKind::If, word);
    s->value = test().expr;
    std::string what = "'"; // built by appends: g++ 12 -O3 warns (-Wrestrict) on "'" + std::string
    what.append(word.text).append("' statement");
    if (!accept_op(":")) expected("':'", "after the " + what + "'s condition");
    block(s->body, what, word);
    if (at_keyword("elif")) {
        Deeper deeper(*this, blocks_, peek());
        s->orelse.push_back(if_statement());
    } else if (at_keyword("else")) {
        const Token& otherwise = take();
        if (!accept_op(":")) expected("':'", "after 'else'");
        block(s->orelse, "'else'", otherwise);
    }
    return s;
}

StmtPtr Parser::with_statement() {
    const Token& word = take();
    StmtPtr s = make_stmt(StmtKind::With, word);
    do {
        WithItem item;
        item.context = test().expr;
        if (accept_keyword("as")) {
            const Token& target = peek();
            if (target.kind == TokenKind::Name) take();
            if (target.kind != TokenKind::Name || at_op(".") || at_op("["))
                unsupported(target, "'with ... as' targets other than a plain name", "write 'as name'");
            item.target = target.text;
        }
        s->with_items.push_back(std::move(item));
    } while (accept_op(","));
    if (!accept_op(":")) expected("':'", "at the end of the 'with' line");
    block(s->body, "'with' statement", word);
    return s;
}

std::string Parser::dotted_name(std::string_view context) {
    if (peek().kind != TokenKind::Name) expected("a module name", context);
    std::string name(take().text);
    while (accept_op(".")) {
        if (peek().kind != TokenKind::Name) expected("a name", "after '.'");
        name.append(".").append(take().text);
    }
    return name;
}

std::string Parser::name_after(std::string_view word) {
    if (peek().kind != TokenKind::Name) expected("a name", "after '" + std::string(word) + "'");
    return std::string(take().text);
}

StmtPtr Parser::import() {
    StmtPtr s = make_stmt(StmtKind::Import, take());
    do {
        ImportName name;
        name.loc = loc(peek());
        name.name = dotted_name("after 'import'");
        if (accept_keyword("as")) name.alias = name_after("as");
        s->names.push_back(std::move(name));
    } while (accept_op(","));
    return s;
}

// from [dots][module] import names | (names,) | *
StmtPtr Parser::import_from() {
    StmtPtr s = make_stmt(StmtKind::ImportFrom, take());
    for (;;) {
        if (accept_op("."))
            s->name += ".";
        else if (accept_op("..."))
            s->name += "...";
        else
            break;
    }
    if (peek().kind == TokenKind::Name || s->name.empty()) s->name += dotted_name("after 'from'");
    if (!accept_keyword("import")) expected("'import'", "after the module name");
    if (at_op("*")) {
        s->names.push_back(ImportName{"*", "", loc(take())});
        return s;
    }
    const Token* open = at_op("(") ? &take() : nullptr;
    do {
        if (open != nullptr && at_op(")") && !s->names.empty()) break; // a trailing comma
        const Token& t = peek();
        if (t.kind != TokenKind::Name) expected("a name to import");
        take();
        ImportName name{std::string(t.text), "", loc(t)};
        if (accept_keyword("as")) name.alias = name_after("as");
        s->names.push_back(std::move(name));
    } while (accept_op(","));
    if (open != nullptr && !accept_op(")")) expected("',' or ')'", opened_at("import list", *open));
    return s;
}

} // namespace

Module parse(std::string_view source, const std::string& path) {
    const std::vector<Token> tokens = tokenize(source, path);
    return Parser(tokens, path).module();
}

} // namespace revlab::py
