// The recursive-descent parser's state, shared by the files that implement it:
// parse_expression.cpp (expressions, by precedence climbing), parse_statement.cpp (statements and
// blocks) and parse_fstring.cpp (the inside of f-strings). Internal to core/py: everyone else
// calls parse() from parser.hpp.
//
// Two limits keep the stack safe on any input: every recursion that nests (brackets, unary
// operators, lambdas, blocks) passes through a Deeper guard, and every expression carries the
// height of its tree, because chains such as a.b.c... or a + b + c ... deepen the tree in a loop
// without recursing. Whoever walks the tree later can recurse without a guard of their own.
#pragma once

#include "ast.hpp"
#include "lexer.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace revlab::py::detail {

// An expression under construction, with the height of its tree (0 for a leaf).
struct Parsed {
    ExprPtr expr;
    int height = 0;
};

class Parser {
  public:
    Parser(const std::vector<Token>& tokens, std::shared_ptr<const std::string> file)
        : toks_(tokens), file_(std::move(file)) {}

    Module module();
    // The whole token list as one expression (an f-string's replacement field).
    Parsed lone_expression();

  private:
    friend class FStringParser;
    const std::vector<Token>& toks_;
    std::shared_ptr<const std::string> file_; // shared by every node's location
    std::size_t pos_ = 0;
    int depth_ = 0;     // nested expressions
    int blocks_ = 0;    // nested blocks; each elif counts as one
    int functions_ = 0; // enclosing defs, for 'return'
    int loops_ = 0;     // enclosing loops in the current function, for 'break'/'continue'

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
    ExprPtr make(ExprKind kind, const SourceLocation& where) const { return std::make_unique<Expr>(kind, where); }
    StmtPtr make_stmt(StmtKind kind, const Token& t) const { return std::make_unique<Stmt>(kind, loc(t)); }

    // A new node over children whose tallest is `child_height` (-1 for none).
    Parsed node(ExprPtr e, int child_height) const {
        if (child_height + 1 > kMaxNesting) too_deep(e->loc);
        return {std::move(e), child_height + 1};
    }
    Parsed starred(const Token& star, Parsed operand) const;

    // --- errors -------------------------------------------------------------------------------

    [[noreturn]] void fail(const SourceLocation& where, std::string message) const;
    [[noreturn]] void fail(const Token& t, std::string message) const { fail(loc(t), std::move(message)); }
    [[noreturn]] void expected(std::string_view what, std::string_view context = {}) const;
    [[noreturn]] void unsupported(const SourceLocation& where, std::string_view what, std::string_view advice) const;
    [[noreturn]] void unsupported(const Token& t, std::string_view what, std::string_view advice) const {
        unsupported(loc(t), what, advice);
    }
    [[noreturn]] void too_deep(const SourceLocation& where) const;
    static std::string opened_at(std::string_view what, const Token& open);
    void refuse_keyword(const Token& t) const;

    // --- expressions (parse_expression.cpp) ------------------------------------------------------

    Parsed test();           // a full expression: lambda, conditional, `:=` where Python allows it
    Parsed test_no_cond();   // an expression without a conditional (comprehension `if` clauses)
    Parsed named_test();     // test, or name := test
    Parsed lambda(bool allow_conditional);
    Parsed expression(int min_precedence);
    Parsed unary(const Token& op, Parsed operand) const;
    Parsed primary();
    Parsed subscript(Parsed object);
    Parsed slice_item();
    Parsed slice_rest(ExprPtr slice, int height);
    Parsed atom();
    Parsed strings();
    Parsed number(const Token& t) const;
    Parsed parenthesized();
    Parsed list();
    Parsed braced();
    Parsed star_or_test();
    Parsed testlist();
    Parsed target_list(); // the target of a `for`: stops before `in`
    int comprehension(Expr& e, int height);
    int arguments(const Token& open, std::string_view what, std::vector<ExprPtr>& positional,
                  std::vector<Keyword>& keywords, bool allow_generator);
    int parameters(std::vector<Param>& params, std::string_view close, const Token& open, bool annotations);
    Parsed fstring(const Token& t);
    Parsed yield_expression();

    // --- statements (parse_statement.cpp) ------------------------------------------------------

    void statement(std::vector<StmtPtr>& body);
    void simple_line(std::vector<StmtPtr>& body);
    void block(std::vector<StmtPtr>& body, std::string_view what, const Token& header);
    StmtPtr small_statement();
    StmtPtr expression_statement();
    void check_target(Expr& e, bool allow_star) const;
    void check_delete_target(Expr& e) const;
    StmtPtr decorated();
    StmtPtr function(std::vector<ExprPtr> decorators);
    StmtPtr class_def(std::vector<ExprPtr> decorators);
    StmtPtr if_statement();
    StmtPtr while_statement();
    StmtPtr for_statement();
    StmtPtr try_statement();
    StmtPtr with_statement();
    StmtPtr import();
    StmtPtr import_from();
    std::string dotted_name(std::string_view context);
    std::string name_after(std::string_view word);
};

// Whether a String token is an f-string.
inline bool is_fstring(const Token& t) { return t.is_formatted; }

// Whether a token can begin an expression: used where a trailing comma may end a list of them.
bool starts_expression(const Token& t);

// How a message names a node: "a function call", "a literal", ...
std::string what_is(const Expr& e);

} // namespace revlab::py::detail
