// The resolver: decides, once per file, where every name lives, as CPython's symtable does, so
// that the interpreter reads a local from a numbered slot instead of looking a string up in a map.
//
// Python's rules, in short: a name bound anywhere in a function (assigned, a `for` target, a
// parameter, an import, a def or class) is local to the whole function unless declared `global`
// or `nonlocal`; a name only read is looked up in the enclosing functions (a closure: the binding
// there becomes a shared cell), then in the module's globals, then in the builtins. Class bodies
// are not enclosing scopes for the functions inside them. Comprehensions and lambdas are scopes of
// their own; a `:=` inside a comprehension binds in the function around it.
#pragma once

#include "ast.hpp"

namespace revlab::py {

// Annotates `module` in place: every Name expression and binding statement gets its NameScope and
// slot, and every function, lambda, comprehension and class its CodeInfo. Throws a located
// revlab::Error for what Python rejects at compile time (a `nonlocal` name with no binding
// outside, a name used before its `global` declaration, ...).
void resolve(Module& module);

} // namespace revlab::py
