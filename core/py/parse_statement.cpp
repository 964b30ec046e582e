// Statements and blocks, following Python 3's grammar. Constructs Revlab does not run (async code,
// generators, `match`) are refused here with their place and what to do instead, never skipped.
#include "parser_state.hpp"

#include <algorithm>

namespace revlab::py::detail {

namespace {

bool is_augmented_assignment(const Token& t) {
    if (t.kind != TokenKind::Op || t.text.size() < 2 || t.text.back() != '=') return false;
    return t.text != "==" && t.text != "<=" && t.text != ">=" && t.text != "!=" && t.text != ":=";
}

Op augmented_op(std::string_view s) {
    const std::string_view o = s.substr(0, s.size() - 1);
    if (o == "+") return Op::Add;
    if (o == "-") return Op::Sub;
    if (o == "*") return Op::Mult;
    if (o == "@") return Op::MatMult;
    if (o == "/") return Op::Div;
    if (o == "//") return Op::FloorDiv;
    if (o == "%") return Op::Mod;
    if (o == "**") return Op::Pow;
    if (o == "<<") return Op::LShift;
    if (o == ">>") return Op::RShift;
    if (o == "|") return Op::BitOr;
    if (o == "^") return Op::BitXor;
    return Op::BitAnd;
}

} // namespace

void Parser::fail(const SourceLocation& where, std::string message) const {
    throw Error(where, std::move(message));
}

void Parser::expected(std::string_view what, std::string_view context) const {
    std::string message = "expected ";
    message += what;
    if (!context.empty()) message.append(" ").append(context);
    fail(peek(), message + ", found " + describe(peek()));
}

void Parser::unsupported(const SourceLocation& where, std::string_view what, std::string_view advice) const {
    std::string message = "unsupported Python: Revlab does not run ";
    message.append(what).append("; ").append(advice);
    fail(where, std::move(message));
}

void Parser::too_deep(const SourceLocation& where) const {
    fail(where, "nested too deeply: more than 100 levels of brackets, operators or blocks; "
                "split it into simpler statements");
}

std::string Parser::opened_at(std::string_view what, const Token& open) {
    return "to close the " + std::string(what) + " opened at line " + std::to_string(open.line);
}

// Keywords that start something Revlab's interpreter does not run, or that cannot start an
// expression where they stand.
void Parser::refuse_keyword(const Token& t) const {
    if (t.kind != TokenKind::Keyword) return;
    if (t.text == "await") unsupported(t, "'await' expressions", "call the function directly");
    if (t.text == "async") unsupported(t, "asynchronous code ('async')", "write a plain 'def' and plain calls");
}

Module Parser::module() {
    Module m;
    m.path = *file_;
    while (peek().kind != TokenKind::EndOfFile)
        statement(m.body);
    return m;
}

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
        if (t.text == "while") return body.push_back(while_statement());
        if (t.text == "for") return body.push_back(for_statement());
        if (t.text == "try") return body.push_back(try_statement());
        if (t.text == "with") return body.push_back(with_statement());
        if (t.text == "async") refuse_keyword(t);
        if (t.text == "elif" || t.text == "else")
            fail(t, "'" + std::string(t.text) + "' without a matching 'if'; line it up with its 'if'");
        if (t.text == "except" || t.text == "finally")
            fail(t, "'" + std::string(t.text) + "' without a matching 'try'; line it up with its 'try'");
    }
    if (t.kind == TokenKind::Name && t.text == "match" && peek(1).kind != TokenKind::Op &&
        peek(1).kind != TokenKind::Newline) {
        // `match x:` (soft keyword); `match = ...` and `match(...)` stay names
        std::size_t k = 1;
        while (peek(k).kind != TokenKind::Newline && peek(k).kind != TokenKind::EndOfFile)
            ++k;
        if (peek(k - 1).kind == TokenKind::Op && peek(k - 1).text == ":")
            unsupported(t, "'match' statements", "write the cases as if/elif");
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
        refuse_keyword(t);
        if (t.text == "pass") return make_stmt(StmtKind::Pass, take());
        if (t.text == "break" || t.text == "continue") {
            take();
            if (loops_ == 0)
                fail(t, "'" + std::string(t.text) + "' outside a loop; it can only be used inside 'for' or 'while'");
            return make_stmt(t.text == "break" ? StmtKind::Break : StmtKind::Continue, t);
        }
        if (t.text == "import") return import();
        if (t.text == "from") return import_from();
        if (t.text == "return") {
            take();
            if (functions_ == 0) fail(t, "'return' outside a function; remove it");
            StmtPtr s = make_stmt(StmtKind::Return, t);
            if (starts_expression(peek())) s->value = testlist().expr;
            return s;
        }
        if (t.text == "raise") {
            take();
            StmtPtr s = make_stmt(StmtKind::Raise, t);
            if (starts_expression(peek())) {
                s->value = test().expr;
                if (accept_keyword("from")) s->cause = test().expr;
            }
            return s;
        }
        if (t.text == "assert") {
            take();
            StmtPtr s = make_stmt(StmtKind::Assert, t);
            s->value = test().expr;
            if (accept_op(",")) s->cause = test().expr;
            return s;
        }
        if (t.text == "del") {
            take();
            StmtPtr s = make_stmt(StmtKind::Delete, t);
            Parsed targets = testlist();
            if (targets.expr->kind == ExprKind::Tuple && !at_op(",")) {
                for (ExprPtr& item : targets.expr->items) {
                    check_delete_target(*item);
                    s->targets.push_back(std::move(item));
                }
            } else {
                check_delete_target(*targets.expr);
                s->targets.push_back(std::move(targets.expr));
            }
            return s;
        }
        if (t.text == "global" || t.text == "nonlocal") {
            take();
            StmtPtr s = make_stmt(t.text == "global" ? StmtKind::Global : StmtKind::Nonlocal, t);
            if (t.text == "nonlocal" && functions_ == 0)
                fail(t, "nonlocal declaration not allowed at module level");
            do
                s->idents.push_back(name_after(t.text));
            while (accept_op(","));
            return s;
        }
        if (t.text == "def" || t.text == "class" || t.text == "if" || t.text == "with" || t.text == "for" ||
            t.text == "while" || t.text == "try")
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
        s->op = augmented_op(s->name);
        s->targets.push_back(std::move(first.expr));
        s->value = testlist().expr;
        return s;
    }
    if (at_op("=")) {
        StmtPtr s = make_stmt(StmtKind::Assign, start);
        Parsed current = std::move(first);
        while (accept_op("=")) {
            check_target(*current.expr, false);
            s->targets.push_back(std::move(current.expr));
            current = testlist();
        }
        if (current.expr->kind == ExprKind::Starred)
            fail(current.expr->loc, "can't use starred expression here; add a ',' after it to make a tuple");
        s->value = std::move(current.expr);
        return s;
    }
    if (first.expr->kind == ExprKind::Starred)
        fail(first.expr->loc, "can't use starred expression here; add a ',' after it to make a tuple");
    StmtPtr s = make_stmt(StmtKind::Expr, start);
    s->value = std::move(first.expr);
    return s;
}

// Assignment targets: names, attributes, subscripts, and tuples or lists of them, with at most one
// starred target per tuple. `allow_star` is whether this one may itself be starred.
void Parser::check_target(Expr& e, bool allow_star) const {
    switch (e.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        return;
    case ExprKind::List:
    case ExprKind::Tuple: {
        int stars = 0;
        for (ExprPtr& item : e.items) {
            if (item->kind == ExprKind::Starred && ++stars > 1)
                fail(item->loc, "multiple starred expressions in assignment; keep one '*'");
            check_target(*item, true);
        }
        return;
    }
    case ExprKind::Starred:
        if (!allow_star) fail(e.loc, "starred assignment target must be in a list or tuple");
        check_target(*e.items[0], false);
        return;
    default:
        fail(e.loc, "cannot assign to " + what_is(e) +
                        "; only names, attributes, subscripts and tuples of them can be assigned");
    }
}

void Parser::check_delete_target(Expr& e) const {
    switch (e.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        return;
    case ExprKind::List:
    case ExprKind::Tuple:
        for (ExprPtr& item : e.items)
            check_delete_target(*item);
        return;
    default:
        fail(e.loc, "cannot delete " + what_is(e) + "; only names, attributes and subscripts can be deleted");
    }
}

StmtPtr Parser::decorated() {
    std::vector<ExprPtr> decorators;
    while (accept_op("@")) {
        decorators.push_back(named_test().expr);
        if (peek().kind != TokenKind::Newline) expected("end of line", "after the decorator");
        take();
    }
    if (at_keyword("def")) return function(std::move(decorators));
    if (at_keyword("class")) return class_def(std::move(decorators));
    refuse_keyword(peek());
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
    {
        Deeper deeper(*this, depth_, open);
        parameters(s->params, ")", open, true);
        if (!accept_op(")")) expected("',' or ')'", opened_at("parameter list", open));
    }
    if (accept_op("->")) s->annotation = test().expr;
    if (!accept_op(":")) expected("':'", "at the end of the 'def' line");
    const int loops = loops_;
    loops_ = 0; // a loop around the def does not make 'break' valid inside it
    ++functions_;
    block(s->body, "function definition", word);
    --functions_;
    loops_ = loops;
    return s;
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
        arguments(open, "class bases", s->bases, s->class_keywords, false);
    }
    if (!accept_op(":")) expected("':'", "at the end of the 'class' line");
    const int functions = functions_, loops = loops_; // a class body is not inside the function around it
    functions_ = loops_ = 0;
    block(s->body, "class definition", word);
    functions_ = functions;
    loops_ = loops;
    return s;
}

// if/elif/else; an elif is an If alone in the orelse of the one before, as in Python's tree.
StmtPtr Parser::if_statement() {
    const Token& word = take();
    StmtPtr s = make_stmt(StmtKind::If, word);
    s->value = named_test().expr;
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

StmtPtr Parser::while_statement() {
    const Token& word = take();
    StmtPtr s = make_stmt(StmtKind::While, word);
    s->value = named_test().expr;
    if (!accept_op(":")) expected("':'", "after the 'while' statement's condition");
    ++loops_;
    block(s->body, "'while' statement", word);
    --loops_;
    if (at_keyword("else")) {
        const Token& otherwise = take();
        if (!accept_op(":")) expected("':'", "after 'else'");
        block(s->orelse, "'else'", otherwise);
    }
    return s;
}

StmtPtr Parser::for_statement() {
    const Token& word = take();
    StmtPtr s = make_stmt(StmtKind::For, word);
    Parsed target = target_list();
    check_target(*target.expr, false);
    s->targets.push_back(std::move(target.expr));
    if (!accept_keyword("in")) expected("'in'", "after the 'for' statement's target");
    s->value = testlist().expr;
    if (!accept_op(":")) expected("':'", "at the end of the 'for' line");
    ++loops_;
    block(s->body, "'for' statement", word);
    --loops_;
    if (at_keyword("else")) {
        const Token& otherwise = take();
        if (!accept_op(":")) expected("':'", "after 'else'");
        block(s->orelse, "'else'", otherwise);
    }
    return s;
}

StmtPtr Parser::try_statement() {
    const Token& word = take();
    StmtPtr s = make_stmt(StmtKind::Try, word);
    if (!accept_op(":")) expected("':'", "after 'try'");
    block(s->body, "'try' statement", word);
    while (at_keyword("except")) {
        const Token& clause = take();
        if (at_op("*")) unsupported(peek(), "exception groups ('except*')", "catch the exception with 'except'");
        Handler h;
        h.loc = loc(clause);
        if (!at_op(":")) {
            if (!s->handlers.empty() && !s->handlers.back().type)
                fail(clause, "default 'except:' must be last; move it after the others");
            h.type = test().expr;
            if (at_op(",")) { // except A, B: (Python 2)
                fail(peek(), "multiple exception types must be parenthesized: write 'except (A, B):'");
            }
            if (accept_keyword("as")) h.name = name_after("as");
        } else if (!s->handlers.empty() && !s->handlers.back().type) {
            fail(clause, "default 'except:' must be last; move it after the others");
        }
        if (!accept_op(":")) expected("':'", "at the end of the 'except' line");
        block(h.body, "'except' statement", clause);
        s->handlers.push_back(std::move(h));
    }
    if (at_keyword("else")) {
        const Token& otherwise = take();
        if (s->handlers.empty()) fail(otherwise, "'else' after 'try' needs an 'except' clause before it");
        if (!accept_op(":")) expected("':'", "after 'else'");
        block(s->orelse, "'else'", otherwise);
    }
    if (at_keyword("finally")) {
        const Token& finally = take();
        if (!accept_op(":")) expected("':'", "after 'finally'");
        block(s->finalbody, "'finally' statement", finally);
    }
    if (s->handlers.empty() && s->finalbody.empty())
        fail(peek(), "expected 'except' or 'finally' block after 'try', found " + describe(peek()));
    return s;
}

StmtPtr Parser::with_statement() {
    const Token& word = take();
    StmtPtr s = make_stmt(StmtKind::With, word);
    // with (a as b, c as d): is Python 3.10's parenthesized form: an 'as' inside the brackets,
    // and the ':' right after them. with (a) as b: and with (a, b): are plain expressions.
    bool parenthesized = false;
    if (at_op("(")) {
        int depth = 0;
        bool as_inside = false;
        for (std::size_t k = 0;; ++k) {
            const Token& t = peek(k);
            if (t.kind == TokenKind::EndOfFile || t.kind == TokenKind::Newline) break;
            if (t.kind == TokenKind::Keyword && t.text == "as" && depth == 1) as_inside = true;
            if (t.kind != TokenKind::Op) continue;
            if (t.text == "(" || t.text == "[" || t.text == "{") ++depth;
            if ((t.text == ")" || t.text == "]" || t.text == "}") && --depth == 0) {
                parenthesized = as_inside && peek(k + 1).kind == TokenKind::Op && peek(k + 1).text == ":";
                break;
            }
        }
    }
    const Token* open = parenthesized ? &take() : nullptr;
    do {
        if (open != nullptr && at_op(")")) break;
        WithItem item;
        item.context = test().expr;
        if (accept_keyword("as")) {
            Parsed target = target_list();
            check_target(*target.expr, false);
            item.target = std::move(target.expr);
        }
        s->with_items.push_back(std::move(item));
    } while (accept_op(","));
    if (open != nullptr && !accept_op(")")) expected("',' or ')'", opened_at("'with' items", *open));
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
            s->name += ".", ++s->level;
        else if (accept_op("..."))
            s->name += "...", s->level += 3;
        else
            break;
    }
    if (peek().kind == TokenKind::Name || s->name.empty()) s->name += dotted_name("after 'from'");
    if (!accept_keyword("import")) expected("'import'", "after the module name");
    if (at_op("*")) {
        if (functions_ > 0) fail(peek(), "'import *' is only allowed at module level");
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

} // namespace revlab::py::detail
