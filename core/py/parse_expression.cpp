// Expressions: everything from `lambda` and conditional expressions down to atoms. The binary
// operators are one precedence-climbing function over Python's table, so that a bracket nests
// only a few stack frames deep whatever the operators between.
#include "parser_state.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <version>

namespace revlab::py::detail {

namespace {

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

// An operator between two operands: its level, its Op, the text for messages, and how many tokens
// it takes ("not in" and "is not" take two).
struct Infix {
    int precedence = kNone;
    Op op = Op::None;
    std::string_view text;
    int tokens = 1;
};

// Called after every operand, so it decides on the first character and the length alone
// wherever it can (the lexer only makes Op tokens of valid operators).
Infix infix(const Token& t, const Token& after) {
    const std::string_view s = t.text;
    if (t.kind == TokenKind::Keyword) {
        const bool then = after.kind == TokenKind::Keyword;
        if (same_text(s, "or")) return {kOr, Op::Or, s};
        if (same_text(s, "and")) return {kAnd, Op::And, s};
        if (same_text(s, "in")) return {kCompare, Op::In, s};
        if (same_text(s, "is") && then && same_text(after.text, "not")) return {kCompare, Op::IsNot, "is not", 2};
        if (same_text(s, "is")) return {kCompare, Op::Is, s};
        if (same_text(s, "not") && then && same_text(after.text, "in")) return {kCompare, Op::NotIn, "not in", 2};
        return {};
    }
    if (t.kind != TokenKind::Op) return {};
    const bool single = s.size() == 1;
    switch (s[0]) {
    case '=':
        return same_text(s, "==") ? Infix{kCompare, Op::Eq, s} : Infix{};
    case '!':
        return same_text(s, "!=") ? Infix{kCompare, Op::NotEq, s} : Infix{};
    case '<':
        if (same_text(s, "<<")) return {kShift, Op::LShift, s};
        if (same_text(s, "<=")) return {kCompare, Op::LtE, s};
        return single ? Infix{kCompare, Op::Lt, s} : Infix{};
    case '>':
        if (same_text(s, ">>")) return {kShift, Op::RShift, s};
        if (same_text(s, ">=")) return {kCompare, Op::GtE, s};
        return single ? Infix{kCompare, Op::Gt, s} : Infix{};
    case '|':
        return single ? Infix{kBitOr, Op::BitOr, s} : Infix{};
    case '^':
        return single ? Infix{kBitXor, Op::BitXor, s} : Infix{};
    case '&':
        return single ? Infix{kBitAnd, Op::BitAnd, s} : Infix{};
    case '+':
        return single ? Infix{kSum, Op::Add, s} : Infix{};
    case '-':
        return single ? Infix{kSum, Op::Sub, s} : Infix{};
    case '*':
        if (single) return {kProduct, Op::Mult, s};
        return same_text(s, "**") ? Infix{kPower, Op::Pow, s} : Infix{};
    case '/':
        if (single) return {kProduct, Op::Div, s};
        return same_text(s, "//") ? Infix{kProduct, Op::FloorDiv, s} : Infix{};
    case '%':
        return single ? Infix{kProduct, Op::Mod, s} : Infix{};
    case '@':
        return single ? Infix{kProduct, Op::MatMult, s} : Infix{};
    default:
        return {};
    }
}

bool is_comprehension_start(const Token& t) {
    return t.kind == TokenKind::Keyword && (same_text(t.text, "for") || same_text(t.text, "async"));
}

} // namespace

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
    case ExprKind::JoinedStr:
        return "a literal";
    case ExprKind::Dict:
        return "a dict";
    case ExprKind::Set:
        return "a set";
    case ExprKind::Lambda:
        return "a lambda";
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
        return "a comprehension";
    case ExprKind::GeneratorExp:
        return "a generator expression";
    case ExprKind::IfExp:
        return "a conditional expression";
    case ExprKind::Compare:
        return "a comparison";
    case ExprKind::NamedExpr:
        return "a named expression";
    default:
        return "an expression";
    }
}

Parsed Parser::starred(const Token& star, Parsed operand) const {
    ExprPtr e = make(ExprKind::Starred, star);
    e->items.push_back(std::move(operand.expr));
    return node(std::move(e), operand.height);
}

Parsed Parser::test() {
    if (at_keyword("lambda")) return lambda(true);
    Parsed body = expression(kOr);
    if (!at_keyword("if")) return body;
    // body if test else orelse
    take();
    Deeper deeper(*this, depth_, peek());
    Parsed condition = expression(kOr);
    if (!accept_keyword("else")) expected("'else'", "in the conditional expression");
    Parsed orelse = test();
    ExprPtr e = make(ExprKind::IfExp, body.expr->loc);
    const int height = std::max({body.height, condition.height, orelse.height});
    e->items.push_back(std::move(body.expr));
    e->items.push_back(std::move(condition.expr));
    e->items.push_back(std::move(orelse.expr));
    return node(std::move(e), height);
}

Parsed Parser::test_no_cond() {
    if (at_keyword("lambda")) return lambda(false);
    return expression(kOr);
}

// `name := value` where Python accepts it (conditions, call arguments, displays, brackets).
Parsed Parser::named_test() {
    if (peek().kind == TokenKind::Name && peek(1).kind == TokenKind::Op && same_text(peek(1).text, ":=")) {
        const Token& name = take();
        take();
        Deeper deeper(*this, depth_, name);
        Parsed value = test();
        ExprPtr target = make(ExprKind::Name, name);
        target->text = name.text;
        ExprPtr e = make(ExprKind::NamedExpr, name);
        e->items.push_back(std::move(target));
        e->items.push_back(std::move(value.expr));
        return node(std::move(e), value.height);
    }
    Parsed e = test();
    if (at_op(":="))
        fail(peek(), "cannot use ':=' with " + what_is(*e.expr) + "; only a plain name can be assigned with ':='");
    return e;
}

// lambda [params]: body
Parsed Parser::lambda(bool allow_conditional) {
    const Token& word = take();
    Deeper deeper(*this, depth_, word);
    ExprPtr e = make(ExprKind::Lambda, word);
    int height = parameters(e->params, ":", word, false);
    if (!accept_op(":")) expected("':'", "after the lambda's parameters");
    Parsed body = allow_conditional ? test() : test_no_cond();
    height = std::max(height, body.height);
    e->items.push_back(std::move(body.expr));
    return node(std::move(e), height);
}

// Everything from `or` down to unary operators, by precedence climbing.
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
    } else if (first.kind == TokenKind::Keyword && first.text == "await") {
        unsupported(first, "'await' expressions", "call the function directly");
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
            e->op = op.op;
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
        if (op.precedence == kCompare) { // a < b < c is one Compare with two operators
            ExprPtr e = make(ExprKind::Compare, left.expr->loc);
            e->text = op.text;
            int height = left.height;
            e->items.push_back(std::move(left.expr));
            Infix next = op;
            for (;;) {
                e->ops.push_back(next.op);
                Parsed right = expression(kCompare + 1);
                height = std::max(height, right.height);
                e->items.push_back(std::move(right.expr));
                next = infix(peek(), peek(1));
                if (next.precedence != kCompare) break;
                for (int i = 0; i < next.tokens; ++i)
                    take();
            }
            e->op = e->ops.front();
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
        ExprPtr e = make(ExprKind::BinOp, left.expr->loc);
        e->text = op.text;
        e->op = op.op;
        const int height = std::max(left.height, right.height);
        e->items.push_back(std::move(left.expr));
        e->items.push_back(std::move(right.expr));
        left = node(std::move(e), height);
    }
}

Parsed Parser::unary(const Token& op, Parsed operand) const {
    ExprPtr e = make(ExprKind::UnaryOp, op);
    e->text = op.text;
    e->op = op.text == "not" ? Op::Not : op.text == "-" ? Op::USub : op.text == "+" ? Op::UAdd : Op::Invert;
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
            const int height = std::max(e.height, arguments(open, "call", call->items, call->keywords, true));
            e = node(std::move(call), height);
        } else if (at_op("[")) {
            e = subscript(std::move(e));
        } else {
            return e;
        }
    }
}

Parsed Parser::subscript(Parsed object) {
    const Token& open = take();
    Deeper deeper(*this, depth_, open);
    ExprPtr e = make(ExprKind::Subscript, object.expr->loc);
    e->object = std::move(object.expr);
    int height = object.height;
    if (at_op("]")) expected("an index", "inside '[]'");
    for (;;) {
        Parsed item = slice_item();
        height = std::max(height, item.height);
        e->items.push_back(std::move(item.expr));
        if (!accept_op(",")) break;
        e->tuple_index = true;
        if (at_op("]")) break;
    }
    if (!accept_op("]")) expected("',' or ']'", opened_at("subscript", open));
    return node(std::move(e), height);
}

// One index: an expression, a starred expression, or a slice lower:upper:step.
Parsed Parser::slice_item() {
    const Token& start = peek();
    if (!at_op(":")) {
        Parsed value = at_op("*") ? star_or_test() : named_test();
        if (!at_op(":")) return value;
        ExprPtr s = make(ExprKind::Slice, start);
        s->items.push_back(std::move(value.expr));
        return slice_rest(std::move(s), value.height);
    }
    ExprPtr s = make(ExprKind::Slice, start);
    s->items.push_back(nullptr);
    return slice_rest(std::move(s), -1);
}

// After the lower bound of a slice, at its first ':'.
Parsed Parser::slice_rest(ExprPtr s, int height) {
    take(); // ':'
    auto bound = [&]() -> ExprPtr {
        if (at_op(":") || at_op(",") || at_op("]")) return nullptr;
        Parsed p = test();
        height = std::max(height, p.height);
        return std::move(p.expr);
    };
    s->items.push_back(bound());
    if (accept_op(":"))
        s->items.push_back(bound());
    else
        s->items.push_back(nullptr);
    return node(std::move(s), height);
}

// The arguments of a call or a class statement, after the '('; consumes the ')'. Returns the
// height of the tallest argument, -1 when there is none.
int Parser::arguments(const Token& open, std::string_view what, std::vector<ExprPtr>& positional,
                      std::vector<Keyword>& keywords, bool allow_generator) {
    int height = -1;
    bool keyword_seen = false, unpacked_keywords = false;
    while (!at_op(")")) {
        const Token& start = peek();
        if (accept_op("*")) {
            if (unpacked_keywords)
                fail(start, "iterable argument unpacking follows keyword argument unpacking; move the *args first");
            Parsed arg = starred(start, test());
            height = std::max(height, arg.height);
            positional.push_back(std::move(arg.expr));
        } else if (accept_op("**")) {
            Parsed arg = test();
            height = std::max(height, arg.height);
            keywords.push_back(Keyword{"", std::move(arg.expr), loc(start)});
            keyword_seen = unpacked_keywords = true;
        } else if (start.kind == TokenKind::Name && peek(1).kind == TokenKind::Op && peek(1).text == "=") {
            take();
            take();
            for (const Keyword& k : keywords)
                if (k.name == start.text)
                    fail(start, "keyword argument repeated: " + printable(start.text) + "; give it once");
            Parsed arg = test();
            height = std::max(height, arg.height);
            keywords.push_back(Keyword{std::string(start.text), std::move(arg.expr), loc(start)});
            keyword_seen = true;
        } else {
            if (keyword_seen && starts_expression(start))
                fail(start, unpacked_keywords
                                ? "positional argument follows keyword argument unpacking; put the positional "
                                  "arguments first"
                                : "positional argument follows keyword argument; put the positional arguments "
                                  "first");
            Parsed arg = named_test();
            if (is_comprehension_start(peek())) {
                // f(x for x in y): a generator expression is the only argument, without brackets
                if (!allow_generator || !positional.empty() || !keywords.empty())
                    fail(peek(), "a generator expression must be parenthesized when it is not the only argument");
                ExprPtr g = make(ExprKind::GeneratorExp, arg.expr->loc);
                g->items.push_back(std::move(arg.expr));
                arg.height = comprehension(*g, arg.height);
                arg.expr = std::move(g);
                if (!at_op(")"))
                    fail(peek(), "a generator expression must be parenthesized when it is not the only argument");
            }
            height = std::max(height, arg.height);
            positional.push_back(std::move(arg.expr));
        }
        if (!accept_op(",")) break;
    }
    if (!accept_op(")")) expected("',' or ')'", opened_at(what, open));
    return height;
}

// Parameters of a def (annotations allowed, closed by ')') or of a lambda (closed by ':'), as
// Python's grammar orders them: positional-only before '/', then positional, then '*' or '*args',
// then keyword-only, then '**kwargs'. Consumes nothing of the closing token. Returns the height of
// the tallest default or annotation, -1 when there is none.
int Parser::parameters(std::vector<Param>& params, std::string_view close, const Token& open, bool annotations) {
    int height = -1;
    bool seen_default = false, seen_star = false, seen_slash = false;
    auto context = [&]() { return annotations ? opened_at("parameter list", open) : std::string("in the lambda"); };
    while (!at_op(close)) {
        const Token& start = peek();
        if (accept_op("/")) {
            if (seen_slash) fail(start, "'/' may appear only once in a parameter list");
            if (seen_star || params.empty()) fail(start, "'/' must follow at least one positional parameter");
            seen_slash = true;
            for (Param& p : params)
                p.positional_only = true;
            if (!accept_op(",")) break;
            continue;
        }
        if (!params.empty() && params.back().prefix == "**")
            fail(start, "no parameter can follow '**" + params.back().name + "'; move it before");
        Param p;
        p.loc = loc(start);
        p.prefix = accept_op("**") ? "**" : accept_op("*") ? "*" : "";
        if (p.prefix == "*") {
            if (seen_star) fail(start, "'*' may appear only once in a parameter list");
            seen_star = true;
        }
        if (peek().kind == TokenKind::Name)
            p.name = take().text;
        else if (p.prefix != "*")
            expected("a parameter name", context());
        else if (!at_op(","))
            fail(peek(), "named arguments must follow a bare '*'");
        for (const Param& other : params)
            if (!p.name.empty() && other.name == p.name)
                fail(start, "duplicate argument '" + p.name + "' in function definition; rename one of them");
        p.keyword_only = p.prefix.empty() && seen_star;
        if (annotations && !p.name.empty() && accept_op(":")) {
            Parsed a = test();
            height = std::max(height, a.height);
            p.annotation = std::move(a.expr);
        }
        if (p.prefix.empty() && accept_op("=")) {
            Parsed d = test();
            height = std::max(height, d.height);
            p.default_value = std::move(d.expr);
            if (!p.keyword_only) seen_default = true;
        } else if (p.prefix.empty() && seen_default && !p.keyword_only) {
            fail(start, "parameter '" + p.name +
                            "' without a default follows a parameter with one; give it a default or move it before");
        }
        params.push_back(std::move(p));
        if (!accept_op(",")) break;
    }
    if (!params.empty() && params.back().prefix == "*" && params.back().name.empty())
        fail(params.back().loc, "named arguments must follow a bare '*'");
    return height;
}

// The `for ... in ... if ...` clauses after a comprehension's element, into e.generators.
int Parser::comprehension(Expr& e, int height) {
    while (at_keyword("for") || at_keyword("async")) {
        if (at_keyword("async")) unsupported(peek(), "asynchronous comprehensions", "use a plain 'for'");
        const Token& word = take();
        Deeper deeper(*this, depth_, word);
        Comprehension c;
        Parsed target = target_list();
        check_target(*target.expr, true);
        c.target = std::move(target.expr);
        if (!accept_keyword("in")) expected("'in'", "after the comprehension's target");
        Parsed iter = expression(kOr);
        height = std::max({height, target.height, iter.height});
        c.iter = std::move(iter.expr);
        while (at_keyword("if")) {
            take();
            Parsed cond = test_no_cond();
            height = std::max(height, cond.height);
            c.ifs.push_back(std::move(cond.expr));
        }
        e.generators.push_back(std::move(c));
    }
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
            const ExprKind kind = t.text == "None" ? ExprKind::None : t.text == "True" ? ExprKind::True : ExprKind::False;
            return {make(kind, t), 0};
        }
        refuse_keyword(t);
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

// Adjacent literals are one value, as in Python: 'a' "b" is 'ab', and 'a' f'{b}' is an f-string.
Parsed Parser::strings() {
    const Token& first = peek();
    std::vector<Parsed> parts;
    bool formatted = false;
    while (peek().kind == TokenKind::String) {
        const Token& t = take();
        if (t.is_bytes != first.is_bytes)
            fail(t, "cannot join a bytes literal and a string literal; make both the same kind");
        if (is_fstring(t)) {
            formatted = true;
            parts.push_back(fstring(t));
        } else {
            ExprPtr s = make(t.is_bytes ? ExprKind::Bytes : ExprKind::String, t);
            append_string_value(t, s->text);
            parts.push_back({std::move(s), 0});
        }
    }
    if (!formatted) {
        ExprPtr e = std::move(parts.front().expr);
        for (std::size_t i = 1; i < parts.size(); ++i)
            e->text += parts[i].expr->text;
        return {std::move(e), 0};
    }
    // Several pieces, some formatted: one JoinedStr of all their parts, adjacent strings merged.
    ExprPtr joined = make(ExprKind::JoinedStr, first);
    int height = 0;
    for (Parsed& p : parts) {
        height = std::max(height, p.height);
        std::vector<ExprPtr> pieces;
        if (p.expr->kind == ExprKind::JoinedStr)
            pieces = std::move(p.expr->items);
        else
            pieces.push_back(std::move(p.expr));
        for (ExprPtr& piece : pieces) {
            if (piece->kind == ExprKind::String && !joined->items.empty() &&
                joined->items.back()->kind == ExprKind::String)
                joined->items.back()->text += piece->text;
            else
                joined->items.push_back(std::move(piece));
        }
    }
    return node(std::move(joined), height);
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
#if defined(__cpp_lib_to_chars)
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        // Python reads 1e999 as inf; from_chars says out of range.
        if (error == std::errc::result_out_of_range) value = std::strtod(digits.c_str(), nullptr);
        (void)end;
#else
        // libc++ (the wasm build) has no floating-point from_chars; its locale is always "C" there,
        // so strtod reads exactly Python's float syntax as the lexer let it through.
        value = std::strtod(digits.c_str(), nullptr);
#endif
        ExprPtr e = make(ExprKind::Float, t);
        e->float_value = value;
        return {std::move(e), 0};
    }
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t value = 0;
    ExprPtr e = make(ExprKind::Int, t);
    for (; i < s.size(); ++i) {
        if (s[i] == '_') continue;
        const char c = static_cast<char>(s[i] | 0x20);
        const int digit = c >= 'a' ? c - 'a' + 10 : c - '0';
        if (value > (kMax - digit) / base) { // beyond 64 bits: the interpreter makes a big int of the text
            e->big = true;
            e->text = s;
            return {std::move(e), 0};
        }
        value = value * base + digit;
    }
    e->int_value = value;
    return {std::move(e), 0};
}

// ( ) is the empty tuple, (x) is x, (x,) and (x, y) are tuples, (x for ...) a generator.
Parsed Parser::parenthesized() {
    const Token& open = take();
    Deeper deeper(*this, depth_, open);
    if (accept_op(")")) return {make(ExprKind::Tuple, open), 0};
    if (at_keyword("yield")) {
        Parsed y = yield_expression();
        if (!accept_op(")")) expected("')'", opened_at("parenthesis", open));
        return y;
    }
    Parsed first = at_op("*") ? star_or_test() : named_test();
    if (is_comprehension_start(peek())) {
        ExprPtr g = make(ExprKind::GeneratorExp, open);
        g->items.push_back(std::move(first.expr));
        const int height = comprehension(*g, first.height);
        if (!accept_op(")")) expected("')'", opened_at("generator expression", open));
        return node(std::move(g), height);
    }
    if (!at_op(",")) {
        if (first.expr->kind == ExprKind::Starred)
            fail(first.expr->loc, "a starred expression cannot stand alone in parentheses; add a ',' after it");
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
        Parsed item = at_op("*") ? star_or_test() : named_test();
        if (e->items.empty() && is_comprehension_start(peek())) {
            if (item.expr->kind == ExprKind::Starred)
                fail(item.expr->loc, "iterable unpacking cannot be used in a comprehension");
            e->kind = ExprKind::ListComp;
            e->items.push_back(std::move(item.expr));
            height = comprehension(*e, item.height);
            if (!accept_op("]")) expected("']'", opened_at("list comprehension", open));
            return node(std::move(e), height);
        }
        height = std::max(height, item.height);
        e->items.push_back(std::move(item.expr));
        if (!accept_op(",")) break;
    }
    if (!accept_op("]")) expected("',' or ']'", opened_at("list", open));
    return node(std::move(e), height);
}

// {} is an empty dict; {k: v, **d, ...} a dict; {a, *b} a set; and their comprehensions.
Parsed Parser::braced() {
    const Token& open = take();
    Deeper deeper(*this, depth_, open);
    ExprPtr e = make(ExprKind::Dict, open);
    int height = -1;
    if (accept_op("}")) return {std::move(e), 0};
    // A dict: key: value and **mapping items.
    auto dict_item = [&](bool first) {
        if (accept_op("**")) {
            Parsed mapping = expression(kBitOr);
            height = std::max(height, mapping.height);
            e->items.push_back(nullptr);
            e->values.push_back(std::move(mapping.expr));
            return;
        }
        (void)first;
        Parsed key = test();
        if (!accept_op(":")) expected("':'", "after the dict key");
        Parsed value = test();
        height = std::max({height, key.height, value.height});
        e->items.push_back(std::move(key.expr));
        e->values.push_back(std::move(value.expr));
    };
    if (at_op("**")) {
        dict_item(true);
        while (accept_op(",") && !at_op("}"))
            dict_item(false);
        if (!accept_op("}")) expected("',' or '}'", opened_at("dict", open));
        return node(std::move(e), height);
    }
    Parsed first = at_op("*") ? star_or_test() : named_test();
    if (accept_op(":")) {
        if (first.expr->kind == ExprKind::Starred) fail(first.expr->loc, "a starred expression cannot be a dict key");
        Parsed value = test();
        if (is_comprehension_start(peek())) {
            e->kind = ExprKind::DictComp;
            e->items.push_back(std::move(first.expr));
            e->items.push_back(std::move(value.expr));
            height = comprehension(*e, std::max(first.height, value.height));
            if (!accept_op("}")) expected("'}'", opened_at("dict comprehension", open));
            return node(std::move(e), height);
        }
        height = std::max(first.height, value.height);
        e->items.push_back(std::move(first.expr));
        e->values.push_back(std::move(value.expr));
        while (accept_op(",") && !at_op("}"))
            dict_item(false);
        if (!accept_op("}")) expected("',' or '}'", opened_at("dict", open));
        return node(std::move(e), height);
    }
    e->kind = ExprKind::Set;
    if (is_comprehension_start(peek())) {
        if (first.expr->kind == ExprKind::Starred)
            fail(first.expr->loc, "iterable unpacking cannot be used in a comprehension");
        e->kind = ExprKind::SetComp;
        e->items.push_back(std::move(first.expr));
        height = comprehension(*e, first.height);
        if (!accept_op("}")) expected("'}'", opened_at("set comprehension", open));
        return node(std::move(e), height);
    }
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
// yield [value] and yield from value, inside a def.
Parsed Parser::yield_expression() {
    const Token& word = take();
    if (functions_ == 0) fail(word, "'yield' outside function");
    Deeper deeper(*this, depth_, word);
    if (accept_keyword("from")) {
        Parsed value = test();
        ExprPtr e = make(ExprKind::YieldFrom, word);
        e->items.push_back(std::move(value.expr));
        return node(std::move(e), value.height);
    }
    ExprPtr e = make(ExprKind::Yield, word);
    int height = 0;
    if (starts_expression(peek()) && !at_keyword("yield")) {
        Parsed value = testlist();
        height = value.height;
        e->items.push_back(std::move(value.expr));
    }
    return node(std::move(e), height);
}

Parsed Parser::testlist() {
    if (at_keyword("yield")) return yield_expression();
    Parsed first = star_or_test();
    if (!at_op(",")) return first;
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

// The target of a `for` (statement or comprehension): like testlist, but its items stop before
// `in`, which would otherwise read as a comparison.
Parsed Parser::target_list() {
    auto one = [&]() -> Parsed {
        if (at_op("*")) {
            const Token& star = take();
            return starred(star, expression(kBitOr));
        }
        return expression(kBitOr);
    };
    Parsed first = one();
    if (!at_op(",")) return first;
    ExprPtr tuple = make(ExprKind::Tuple, first.expr->loc);
    int height = first.height;
    tuple->items.push_back(std::move(first.expr));
    while (accept_op(",") && !at_keyword("in")) {
        Parsed item = one();
        height = std::max(height, item.height);
        tuple->items.push_back(std::move(item.expr));
    }
    return node(std::move(tuple), height);
}

Parsed Parser::lone_expression() {
    Parsed e = testlist();
    if (peek().kind == TokenKind::Newline) take();
    if (peek().kind != TokenKind::EndOfFile) expected("'}'", "after the expression in the f-string");
    return e;
}

} // namespace revlab::py::detail
