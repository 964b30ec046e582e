// What an expression in a revision script evaluates to. Nothing is executed: `sa.Column('id',
// sa.Integer(), nullable=False)` becomes a Call value named "sqlalchemy.Column" holding its
// arguments, and the builders (builders.hpp) turn such values into schema objects, checking every
// argument on the way so that a typo is reported at its line and column.
#pragma once

#include "error.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace revlab::operations {

struct Value;
using ValuePtr = std::shared_ptr<const Value>;

struct Value {
    enum class Kind {
        None,
        Bool,
        Int,
        Float,
        Str,
        Bytes,
        List,
        Tuple,
        Dict,
        Ref,    // a module, class or function by qualified name: "sqlalchemy.Integer", "alembic.op"
        Call,   // the result of calling a Ref: name + args + kwargs ("sqlalchemy.Column", ...)
        Object, // a runtime object the script was handed: a batch operation, the bind connection
    };

    Kind kind = Kind::None;
    SourceLocation loc;
    bool b = false;
    std::int64_t i = 0;
    double f = 0;
    std::string s;                                        // Str/Bytes value; Ref/Call/Object name
    std::vector<ValuePtr> items;                          // List/Tuple elements, Call args, Dict keys
    std::vector<ValuePtr> values;                         // Dict values
    std::vector<std::pair<std::string, ValuePtr>> kwargs; // Call keyword arguments
    int object_id = -1;                                   // Object: which batch, etc.
    ValuePtr receiver;                                    // Ref/Call on a call's result: text(...).bindparams

    // The short name users wrote, for messages: "sa.Column" is shown as "Column(...)".
    std::string describe() const;
    // The last component of a Ref/Call name ("Column" for "sqlalchemy.Column").
    std::string short_name() const;

    const Value* kwarg(const std::string& name) const;
};

ValuePtr make_none(SourceLocation loc);
ValuePtr make_bool(bool v, SourceLocation loc);
ValuePtr make_int(std::int64_t v, SourceLocation loc);
ValuePtr make_str(std::string v, SourceLocation loc);

// Accessors that raise a located Error naming `what` when the value has another kind.
std::string expect_str(const Value& v, const std::string& what);
bool expect_bool(const Value& v, const std::string& what);
std::int64_t expect_int(const Value& v, const std::string& what);
std::vector<ValuePtr> expect_sequence(const Value& v, const std::string& what);
std::optional<std::string> expect_optional_str(const Value& v, const std::string& what);

// A Call's arguments matched to a signature, as Python binds them: positional parameters first,
// then keywords; unknown or duplicate arguments are located errors.
class Arguments {
public:
    // `signature` lists parameter names in positional order; names after "*" are keyword-only;
    // a trailing "*args" collects extra positionals; a trailing "**kw" accepts unknown keywords.
    Arguments(const Value& call, const std::vector<std::string>& signature, const std::string& callable);

    const Value* get(const std::string& name) const;
    bool has(const std::string& name) const { return get(name) != nullptr; }
    const std::vector<ValuePtr>& rest() const { return rest_; }
    const std::vector<std::pair<std::string, ValuePtr>>& extra_keywords() const { return extra_; }
    // Raises "missing required argument 'x' to callable" at the call.
    const Value& require(const std::string& name) const;
    const SourceLocation& loc() const { return loc_; }

private:
    std::vector<std::pair<std::string, ValuePtr>> bound_;
    std::vector<ValuePtr> rest_;
    std::vector<std::pair<std::string, ValuePtr>> extra_;
    std::string callable_;
    SourceLocation loc_;
};

} // namespace revlab::operations
