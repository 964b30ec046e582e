// Classes: building one (the `class` statement and type(name, bases, ns)), its MRO (C3, as
// Python), and calling one (a metaclass's __call__, else __new__ then __init__).
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

// Makes a class as type.__new__ does: MRO, the builtin layout it extends, __module__/__qualname__,
// __hash__ = None when __eq__ is defined alone, __set_name__ and __init_subclass__.
Ref<ClassObj> make_class(Interp& I, Ref<ClassObj> metaclass, const std::string& name, std::vector<Ref<ClassObj>> bases,
                         Ref<DictObj> ns, std::vector<std::pair<std::string, Value>> kwargs);

// The metaclass for a class statement: the explicit one, else the most derived of the bases'.
Ref<ClassObj> pick_metaclass(Interp& I, Ref<ClassObj> explicit_meta, const std::vector<Ref<ClassObj>>& bases);

// Calling a class: C(*args, **kwargs).
Value instantiate(Interp& I, Ref<ClassObj> cls, CallArgs& args);

// A builtin type (made in setup, never changed by scripts).
Ref<ClassObj> make_builtin_type(Interp& I, const std::string& name, Ref<ClassObj> base, Builtin layout);

// Adds a native method to a builtin or host class.
void add_method(Interp& I, ClassObj& cls, const std::string& name, NativeFn fn, Value data = {});
void add_classmethod(Interp& I, ClassObj& cls, const std::string& name, NativeFn fn);
void add_staticmethod(Interp& I, ClassObj& cls, const std::string& name, NativeFn fn);

// An attribute found on super(type, self): the next class after `type` in self's MRO.
std::optional<Value> super_lookup(Interp& I, SuperObj& s, std::string_view name);

} // namespace revlab::py
