// Reading the arguments of a function written in C++, with the error messages CPython's builtins
// give. A signature is a list of parameter specs:
//   "x"    required, by position or keyword       "x="   optional, by position or keyword
//   "/"    the parameters before are positional-only
//   "$x"   keyword-only, optional                   "$x!"  keyword-only, required
//   "*"    extra positional arguments are collected (rest())
//   "**"   unknown keywords are collected (extra())
// A missing optional argument reads as Value::unbound().
#pragma once

#include "py/runtime/interp.hpp"

#include <initializer_list>
#include <string_view>

namespace revlab::py {

class Args {
public:
    Args(Interp& I, CallArgs& args, std::string_view function, std::initializer_list<std::string_view> signature);

    const Value& operator[](std::size_t i) const { return values_[i]; }
    bool has(std::size_t i) const { return !values_[i].is_unbound(); }
    // The argument, or `fallback` when it was not given.
    Value get(std::size_t i, Value fallback = {}) const { return has(i) ? values_[i] : fallback; }
    std::vector<Value>& rest() { return rest_; }
    std::vector<std::pair<std::string, Value>>& extra() { return extra_; }

private:
    std::vector<Value> values_;
    std::vector<Value> rest_;
    std::vector<std::pair<std::string, Value>> extra_;
};

// For functions that take no arguments at all: "f() takes no arguments (1 given)".
void no_args(Interp& I, const CallArgs& args, std::string_view function);

// The builtin value of `self` for a method of a builtin type called on an instance of a subclass.
const Value& builtin_self(const Value& self);

} // namespace revlab::py
