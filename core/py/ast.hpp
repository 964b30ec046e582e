// The syntax tree of the declarative Python subset that revision scripts and models.py are written
// in. It is a tree of values and calls, never executed: the interpreters in operations/ and (later)
// models/ walk it and give each call its meaning.
#pragma once

#include "error.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace revlab::py {

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;

struct Keyword {
    std::string name; // empty for **kwargs
    ExprPtr value;
    SourceLocation loc;
};

enum class ExprKind {
    Name,      // text = identifier
    Attribute, // object.text
    Call,      // object(args..., keywords...)
    Subscript, // object[items...]  (a tuple index is flattened into items)
    String,    // text = decoded value (adjacent literals already joined)
    Bytes,     // text = raw bytes
    Int,       // int_value
    Float,     // float_value
    None,
    True,
    False,
    Ellipsis,
    List,      // [items...]
    Tuple,     // (items...)
    Dict,      // {items[i]: values[i]}
    Set,       // {items...}
    UnaryOp,   // text = "-", "+", "not", "~"; items[0] = operand
    BinOp,     // text = operator ("+", "|", ...); items[0] op items[1]
    Compare,   // text = operator ("==", "is", ...); items[0] op items[1]
    BoolOp,    // text = "and"/"or"; items...
    Lambda,    // params in lambda_params; items[0] = body
    Starred,   // *items[0] (in call args)
};

struct Expr {
    ExprKind kind;
    SourceLocation loc;
    std::string text;
    std::int64_t int_value = 0;
    double float_value = 0;
    ExprPtr object;                 // Attribute, Call, Subscript
    std::vector<ExprPtr> items;     // sequence elements, call positional args, dict keys, operands
    std::vector<ExprPtr> values;    // dict values
    std::vector<Keyword> keywords;  // call keyword args
    std::vector<std::string> lambda_params;

    Expr(ExprKind k, SourceLocation l) : kind(k), loc(std::move(l)) {}

    // "sa.Column" for a chain of Names/Attributes; empty for anything else.
    std::string dotted_name() const;
};

struct Param {
    std::string name;
    ExprPtr annotation; // may be null
    ExprPtr default_value; // may be null
    std::string prefix;  // "", "*" or "**"
    SourceLocation loc;
};

struct ImportName {
    std::string name;  // dotted for `import a.b`
    std::string alias; // empty when no `as`
    SourceLocation loc;
};

struct WithItem {
    ExprPtr context;
    std::string target; // empty when no `as`
};

enum class StmtKind {
    Expr,       // value
    Assign,     // targets = value (targets may be Name, Attribute, Subscript or Tuple)
    AnnAssign,  // targets[0]: annotation = value (value may be null)
    AugAssign,  // targets[0] text= value
    Import,     // names
    ImportFrom, // from module import names (module may start with dots)
    FunctionDef,
    ClassDef,
    With,
    If,         // value = test; body; orelse
    Return,     // value may be null
    Pass,
};

struct Stmt {
    StmtKind kind;
    SourceLocation loc;
    std::string name;          // function/class name; module for ImportFrom; operator for AugAssign
    std::vector<ExprPtr> targets;
    ExprPtr value;             // expression, assigned value, if-test, return value
    ExprPtr annotation;        // AnnAssign annotation, function return annotation
    std::vector<ImportName> names;
    std::vector<Param> params;          // FunctionDef
    std::vector<ExprPtr> bases;         // ClassDef positional bases
    std::vector<Keyword> class_keywords;// ClassDef keywords (metaclass=...)
    std::vector<ExprPtr> decorators;    // FunctionDef, ClassDef
    std::vector<WithItem> with_items;
    std::vector<StmtPtr> body;
    std::vector<StmtPtr> orelse;

    Stmt(StmtKind k, SourceLocation l) : kind(k), loc(std::move(l)) {}

    // The docstring of a function/class body, if its first statement is a string literal.
    const Expr* docstring() const;
};

struct Module {
    std::string path;
    std::vector<StmtPtr> body;

    // The module docstring, or nullptr.
    const Expr* docstring() const;
};

} // namespace revlab::py
