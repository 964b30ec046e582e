// The syntax tree of a Python 3 file: revision scripts, models.py, env.py and the project's own
// modules. The parser (parser.hpp) builds it; the resolver (resolver.hpp) then annotates every
// name with where it lives (a local slot, a cell, a global), and the interpreter (runtime/) walks
// it. One generic node type per category (Expr, Stmt) keeps the tree small to read: a node's
// `kind` says which of its fields are in use, as the comment on each kind spells out.
#pragma once

#include "error.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace revlab::py {

struct Expr;
struct Stmt;
struct CodeInfo;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;

struct Keyword {
    std::string name; // empty for **kwargs
    ExprPtr value;
    SourceLocation loc;
};

// One `for target in iter if cond...` clause of a comprehension.
struct Comprehension {
    ExprPtr target;
    ExprPtr iter;
    std::vector<ExprPtr> ifs;
};

enum class ExprKind : std::uint8_t {
    Name,         // text = identifier (resolved: scope, slot)
    Attribute,    // object.text
    Call,         // object(items..., keywords...)
    Subscript,    // object[items...]; several items (or tuple_index) mean a tuple index
    Slice,        // items = {lower, upper, step}, each may be null
    String,       // text = decoded value (adjacent literals already joined)
    Bytes,        // text = raw bytes
    Int,          // int_value; a literal beyond 64 bits has big = true and its digits in text
    Float,        // float_value
    None,
    True,
    False,
    Ellipsis,
    List,         // [items...]
    Tuple,        // (items...)
    Dict,         // {items[i]: values[i]}; a null key means **values[i]
    Set,          // {items...}
    UnaryOp,      // op (text = "-", "+", "not", "~"); items[0] = operand
    BinOp,        // op (text = "+", "|", ...); items[0] op items[1]
    Compare,      // items[0] ops[0] items[1] ops[1] items[2] ...; text = the first operator
    BoolOp,       // text = "and"/"or"; items...
    IfExp,        // items = {body, test, orelse}
    Lambda,       // params; items[0] = body; code = resolver's info
    Starred,      // *items[0] (in calls, displays and assignment targets)
    NamedExpr,    // items[0] (a Name) := items[1]
    ListComp,     // [items[0] generators...]; code = the comprehension's own scope
    SetComp,      // {items[0] generators...}
    DictComp,     // {items[0]: items[1] generators...}
    GeneratorExp, // (items[0] generators...)
    JoinedStr,    // f-string: items = String and FormattedValue parts
    FormattedValue, // {items[0]!conversion:format_spec}; format_spec is a JoinedStr or null
    Yield,        // yield items[0] (items empty: yield None)
    YieldFrom,    // yield from items[0]
};

// Operators, decided once by the parser so that the interpreter switches on a number.
enum class Op : std::uint8_t {
    None,
    Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, // binary
    Not, Invert, USub, UAdd,                                                                // unary
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn,                                      // compare
    And, Or,                                                                                // boolean
};

// Where a name lives, as the resolver decided it.
enum class NameScope : std::uint8_t {
    Unresolved, // not yet resolved (or a tree the interpreter never runs)
    Local,      // slot in the frame
    Cell,       // slot in the frame holding a cell, shared with inner functions
    Free,       // slot in the function's closure
    Global,     // the module's globals, then builtins
    ClassBody,  // the class namespace being built, then globals and builtins
    ClassFree,  // the class namespace, then a closure cell (a class body inside a function)
};

struct Param {
    std::string name;
    ExprPtr annotation;    // may be null
    ExprPtr default_value; // may be null
    std::string prefix;    // "", "*" or "**"
    bool keyword_only = false;
    bool positional_only = false;
    SourceLocation loc;
};

struct Expr {
    ExprKind kind;
    Op op = Op::None;
    NameScope scope = NameScope::Unresolved; // Name, and NamedExpr's target
    bool big = false;         // Int: the value is in text
    bool tuple_index = false; // Subscript: a[x,] (a trailing comma makes a tuple)
    bool yields = false;      // holds a yield of the generator it is in (yield_marks.hpp sets it)
    int slot = -1;            // Name: the local, cell or free slot
    SourceLocation loc;
    std::string text;
    std::int64_t int_value = 0;
    double float_value = 0;
    ExprPtr object;                       // Attribute, Call, Subscript; FormattedValue: format_spec
    std::vector<ExprPtr> items;           // elements, call positional args, dict keys, operands
    std::vector<ExprPtr> values;          // dict values
    std::vector<Keyword> keywords;        // call keyword args
    std::vector<Op> ops;                  // Compare
    std::vector<Param> params;            // Lambda
    std::vector<Comprehension> generators; // comprehensions
    std::shared_ptr<CodeInfo> code;       // Lambda and comprehensions: their scope

    Expr(ExprKind k, SourceLocation l) : kind(k), loc(std::move(l)) {}

    // "sa.Column" for a chain of Names/Attributes; empty for anything else.
    std::string dotted_name() const;
};

struct ImportName {
    std::string name;  // dotted for `import a.b`
    std::string alias; // empty when no `as`
    SourceLocation loc;
    NameScope scope = NameScope::Unresolved; // where the bound name lives
    int slot = -1;
};

struct WithItem {
    ExprPtr context;
    ExprPtr target; // null when no `as`
};

// One `except [type [as name]]:` clause.
struct Handler {
    ExprPtr type; // null for a bare `except:`
    std::string name;
    int slot = -1; // resolved like a Name target
    NameScope scope = NameScope::Unresolved;
    std::vector<StmtPtr> body;
    SourceLocation loc;
};

enum class StmtKind : std::uint8_t {
    Expr,        // value
    Assign,      // targets = value (targets may be Name, Attribute, Subscript, Starred or Tuple)
    AnnAssign,   // targets[0]: annotation = value (value may be null)
    AugAssign,   // targets[0] op= value (name = the operator's text)
    Import,      // names
    ImportFrom,  // from module import names (module may start with dots)
    FunctionDef, // name, params, decorators, annotation = return annotation, body; code
    ClassDef,    // name, bases, class_keywords, decorators, body; code
    With,        // with_items; body
    If,          // value = test; body; orelse
    For,         // targets[0] = target, value = iterable; body; orelse
    While,       // value = test; body; orelse
    Try,         // body; handlers; orelse; finalbody
    Raise,       // value = exception (may be null: re-raise), cause (may be null)
    Assert,      // value = test, cause = message (may be null)
    Delete,      // targets
    Global,      // idents
    Nonlocal,    // idents
    Return,      // value may be null
    Break,
    Continue,
    Pass,
};

struct Stmt {
    StmtKind kind;
    SourceLocation loc;
    std::string name;           // function/class name; module for ImportFrom; operator for AugAssign
    Op op = Op::None;           // AugAssign
    int level = 0;              // ImportFrom: the number of leading dots
    bool yields = false;        // holds a yield of the generator it is in (yield_marks.hpp sets it)
    std::vector<ExprPtr> targets;
    ExprPtr value;              // expression, assigned value, test, iterable, exception, return value
    ExprPtr annotation;         // AnnAssign annotation, function return annotation
    ExprPtr cause;              // Raise: `from` part; Assert: message
    std::vector<ImportName> names;
    std::vector<std::string> idents;     // Global, Nonlocal
    std::vector<Param> params;           // FunctionDef
    std::vector<ExprPtr> bases;          // ClassDef positional bases
    std::vector<Keyword> class_keywords; // ClassDef keywords (metaclass=...)
    std::vector<ExprPtr> decorators;     // FunctionDef, ClassDef
    std::vector<WithItem> with_items;
    std::vector<Handler> handlers;       // Try
    std::vector<StmtPtr> body;
    std::vector<StmtPtr> orelse;
    std::vector<StmtPtr> finalbody;      // Try
    std::shared_ptr<CodeInfo> code;      // FunctionDef, ClassDef: the resolver's scope
    // Name target of a FunctionDef/ClassDef/Import binding: where the bound name lives.
    NameScope bind_scope = NameScope::Unresolved;
    int bind_slot = -1;

    Stmt(StmtKind k, SourceLocation l) : kind(k), loc(std::move(l)) {}

    // The docstring of a function/class body, if its first statement is a string literal.
    const Expr* docstring() const;
};

struct Module {
    std::string path;
    std::vector<StmtPtr> body;
    std::shared_ptr<CodeInfo> code; // set by the resolver

    // The module docstring, or nullptr.
    const Expr* docstring() const;
};

// What the resolver learns about one scope (a module, a function, a lambda, a comprehension or a
// class body): the frame layout the interpreter allocates when it runs it.
struct CodeInfo {
    enum class Kind : std::uint8_t { Module, Function, Lambda, Comprehension, Class };
    Kind kind = Kind::Function;
    std::string name;     // "<module>", the function's name, "<lambda>", "<listcomp>", the class's
    std::string qualname; // "Outer.method.<locals>.inner"
    std::vector<std::string> slots; // locals (parameters first, in order), including cells
    std::vector<bool> is_cell;      // per slot: captured by an inner scope
    std::vector<std::string> free;  // names taken from enclosing scopes, in closure order
    // Where each free name comes from in the enclosing scope: (scope, slot) there, so that making
    // the closure is a copy of cells.
    std::vector<std::pair<NameScope, int>> free_from;
    int positional = 0;     // parameters that may be given by position (incl. positional-only)
    int positional_only = 0;
    int keyword_only = 0;   // follow the positional ones in `slots`
    int star_slot = -1;     // *args
    int kwstar_slot = -1;   // **kwargs
    bool is_generator = false;   // a def whose body yields
    bool pauses_in_cleanup = false; // ... inside a try or with (closing it paused there runs code)
    bool has_class_cell = false; // a method that uses super() or __class__: slot of __class__
    int class_cell_slot = -1;
    SourceLocation loc;
};

} // namespace revlab::py
