// Helpers shared by the files of the object protocol: finding and calling the dunder methods of
// classes written in Python, and reaching the builtin value inside an instance of a builtin's
// subclass. Internal to runtime/.
#pragma once

#include "py/runtime/interp.hpp"

#include <initializer_list>
#include <string_view>

namespace revlab::py {

// The dunder `name` as defined by a class written in Python (or a host class) along the MRO of
// v's class; nullptr when only the builtin types (or nobody) define it.
const Value* user_dunder(Interp& I, const Value& v, std::string_view name);
// Calls such a dunder with `self` as its first argument.
Value call_dunder(Interp& I, const Value& f, const Value& self, std::initializer_list<Value> rest);
// The builtin value inside an instance of a builtin's subclass, or v itself.
const Value& unwrap(const Value& v);
// What looking up `attr` (found in a class) on `self` gives: a bound method for a function, the
// function of a staticmethod, a method bound to the class for a classmethod, the attribute itself
// otherwise.
Value bind_descriptor(Interp& I, const Value& attr, const Value& self);
// object.__setattr__: assignment without a class's own __setattr__.
void generic_setattr(Interp& I, const Value& obj, std::string_view name, Value value);
// a | b, a & b, a - b, a ^ b for sets and dict views (a new set of a's kind).
Value set_operation(Interp& I, Op op, const Value& a, const Value& b);
// a <= b for sets.
bool set_subset(Interp& I, SetObj& a, SetObj& b);

} // namespace revlab::py
